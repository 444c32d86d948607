#include "passerelle/exchange/siecle.h"

#include <QHash>
#include <QSet>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::exchange {
namespace {

QString personKey(const QString& lastName, const QString& firstName, const QDate& birthDate) {
    return nameKey(lastName) + u'|' + nameKey(firstName) + u'|' + birthDate.toString(Qt::ISODate);
}

QString describeRepresentatives(const QList<LegalRepresentative>& representatives) {
    QStringList names;
    for (const LegalRepresentative& representative : representatives)
        names.append(representative.fullName().trimmed());
    return names.join(u", "_s);
}

// The stored text when it equals the file's ignoring case (a name typed « Dupont » stays when SIECLE says
// « DUPONT »), otherwise the file's.
QString keepCase(const QString& stored, const QString& file) {
    return stored.compare(file, Qt::CaseInsensitive) == 0 ? stored : file;
}

LegalRepresentative mergeRepresentative(const LegalRepresentative& stored, const LegalRepresentative& file) {
    LegalRepresentative merged = file;
    merged.firstName = keepCase(stored.firstName, file.firstName);
    merged.lastName = keepCase(stored.lastName, file.lastName);
    merged.email = keepCase(stored.email, file.email);
    return merged;
}

// The representatives after the import: those typed in Passerelle stay (one with the same name as a SIECLE
// one becomes it), those from SIECLE are replaced, in place, by the file's, the file's new ones follow.
QList<LegalRepresentative> mergeRepresentatives(const QList<LegalRepresentative>& stored,
                                                const QList<LegalRepresentative>& file) {
    QHash<QString, qsizetype> bySiecleId;
    QHash<QString, qsizetype> byName;
    for (qsizetype i = 0; i < file.size(); ++i) {
        bySiecleId.insert(file.at(i).siecleId, i);
        byName.insert(nameKey(file.at(i).lastName) + u'|' + nameKey(file.at(i).firstName), i);
    }
    QSet<qsizetype> placed;
    QList<LegalRepresentative> merged;
    for (const LegalRepresentative& representative : stored) {
        qsizetype match = -1;
        if (!representative.siecleId.isEmpty())
            match = bySiecleId.value(representative.siecleId, -1);
        else
            match =
                byName.value(nameKey(representative.lastName) + u'|' + nameKey(representative.firstName), -1);
        if (match >= 0 && !placed.contains(match)) {
            placed.insert(match);
            merged.append(mergeRepresentative(representative, file.at(match)));
        } else if (representative.siecleId.isEmpty()) {
            merged.append(representative);  // typed in Passerelle: stays
        }
        // else: from SIECLE and no longer a legal representative there: dropped
    }
    for (qsizetype i = 0; i < file.size(); ++i) {
        if (!placed.contains(i))
            merged.append(file.at(i));
    }
    return merged;
}

void compare(QList<FieldChange>& changes, const QString& field, const QString& before, const QString& after) {
    if (before != after)
        changes.append({field, before, after});
}

QString isoDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

}  // namespace

SiecleImportPlan planSiecleImport(const SiecleData& data, const QList<Student>& existing,
                                  const QString& schoolId) {
    SiecleImportPlan plan;
    QHash<QString, qsizetype> byIne;
    QHash<QString, qsizetype> bySiecleId;
    QMultiHash<QString, qsizetype> byName;
    for (qsizetype i = existing.size() - 1; i >= 0; --i) {  // backwards: the first stored one wins
        const Student& student = existing.at(i);
        if (!student.ine.isEmpty())
            byIne.insert(student.ine.toUpper(), i);
        if (!student.siecleId.isEmpty())
            bySiecleId.insert(student.siecleId, i);
        byName.insert(personKey(student.lastName, student.firstName, student.birthDate), i);
    }

    // Level-1 representatives per student, in file order.
    QHash<QString, QList<LegalRepresentative>> representatives;
    QSet<QString> inFile;
    for (const Student& student : data.students)
        inFile.insert(student.siecleId);
    for (const SiecleLink& link : data.links) {
        if (!inFile.contains(link.studentSiecleId) && !bySiecleId.contains(link.studentSiecleId)) {
            plan.skipped.append(
                {link.studentSiecleId, link.representative.fullName().trimmed(),
                 u"the student %1 is neither in the files nor in the database"_s.arg(link.studentSiecleId)});
            continue;
        }
        QList<LegalRepresentative>& list = representatives[link.studentSiecleId];
        const bool twice = std::any_of(list.cbegin(), list.cend(), [&](const LegalRepresentative& r) {
            return r.siecleId == link.representative.siecleId;
        });
        if (!twice)
            list.append(link.representative);
    }

    QSet<qsizetype> matched;
    auto find = [&](const Student& file) -> qsizetype {
        auto free = [&](qsizetype index) { return index >= 0 && !matched.contains(index) ? index : -1; };
        if (!file.ine.isEmpty()) {
            if (const qsizetype index = free(byIne.value(file.ine.toUpper(), -1)); index >= 0)
                return index;
        }
        if (const qsizetype index = free(bySiecleId.value(file.siecleId, -1)); index >= 0)
            return index;
        QStringList keys{personKey(file.lastName, file.firstName, file.birthDate)};
        if (!file.familyName.isEmpty())
            keys.append(personKey(file.familyName, file.firstName, file.birthDate));
        for (const QString& key : keys) {
            const QList<qsizetype> candidates = byName.values(key);
            for (auto it = candidates.crbegin(); it != candidates.crend(); ++it) {  // insertion order
                if (!matched.contains(*it))
                    return *it;
            }
        }
        return -1;
    };

    auto applyFile = [&](Student& student, const Student& file) {
        student.firstName = keepCase(student.firstName, file.firstName);
        student.lastName = keepCase(student.lastName, file.lastName);
        student.familyName = keepCase(student.familyName, file.familyName);
        if (!file.ine.isEmpty())
            student.ine = file.ine;
        student.siecleId = file.siecleId;
        if (file.birthDate.isValid())
            student.birthDate = file.birthDate;
        if (!file.className.isEmpty())
            student.className = file.className;
        student.leftOn = file.leftOn;
        if (data.hasRepresentatives)
            student.legalRepresentatives =
                mergeRepresentatives(student.legalRepresentatives, representatives.value(file.siecleId));
    };

    auto changesBetween = [](const Student& before, const Student& after) {
        QList<FieldChange> changes;
        compare(changes, u"firstName"_s, before.firstName, after.firstName);
        compare(changes, u"lastName"_s, before.lastName, after.lastName);
        compare(changes, u"familyName"_s, before.familyName, after.familyName);
        compare(changes, u"ine"_s, before.ine, after.ine);
        compare(changes, u"siecleId"_s, before.siecleId, after.siecleId);
        compare(changes, u"birthDate"_s, isoDate(before.birthDate), isoDate(after.birthDate));
        compare(changes, u"className"_s, before.className, after.className);
        compare(changes, u"leftOn"_s, isoDate(before.leftOn), isoDate(after.leftOn));
        if (before.legalRepresentatives != after.legalRepresentatives)
            changes.append({u"legalRepresentatives"_s, describeRepresentatives(before.legalRepresentatives),
                            describeRepresentatives(after.legalRepresentatives)});
        return changes;
    };

    for (const Student& file : data.students) {
        const qsizetype index = find(file);
        Student result;
        if (index < 0) {
            result.schoolId = schoolId;
            applyFile(result, file);
            result.lastName = file.lastName;
            result.firstName = file.firstName;
            result.familyName = file.familyName;
            plan.added.append(result);
        } else {
            matched.insert(index);
            const Student& stored = existing.at(index);
            result = stored;
            applyFile(result, file);
            const QList<FieldChange> changes = changesBetween(stored, result);
            if (changes.isEmpty())
                plan.unchanged.append(stored);
            else
                plan.updated.append({result, changes});
        }
        if (file.leftOn.isValid())
            plan.leavers.append(result);
    }

    // A Responsables file alone: its links update the stored students by their SIECLE id.
    QSet<QString> done = inFile;
    for (const SiecleLink& link : data.links) {
        if (done.contains(link.studentSiecleId) || !bySiecleId.contains(link.studentSiecleId))
            continue;
        done.insert(link.studentSiecleId);
        const qsizetype index = bySiecleId.value(link.studentSiecleId);
        matched.insert(index);
        const Student& stored = existing.at(index);
        Student result = stored;
        result.legalRepresentatives =
            mergeRepresentatives(stored.legalRepresentatives, representatives.value(link.studentSiecleId));
        const QList<FieldChange> changes = changesBetween(stored, result);
        if (changes.isEmpty())
            plan.unchanged.append(stored);
        else
            plan.updated.append({result, changes});
    }

    if (data.hasStudents) {
        for (qsizetype i = 0; i < existing.size(); ++i) {
            if (!matched.contains(i))
                plan.absent.append(existing.at(i));
        }
    }
    return plan;
}

Dataset importChanges(SiecleImportPlan& plan) {
    Dataset changes;
    for (Student& student : plan.added) {
        if (student.id.isEmpty())
            student.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        changes.students.append(student);
    }
    for (const PlannedUpdate& update : std::as_const(plan.updated))
        changes.students.append(update.student);
    return changes;
}

}  // namespace passerelle::exchange
