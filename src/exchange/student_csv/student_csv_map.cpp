// From a read CSV sheet to students (student_csv.h): the columns mapped to student fields, the values
// checked, and the plan of what an import would change (through planSiecleImport's matching).
#include "passerelle/exchange/student_csv.h"

#include "passerelle/domain/input_limits.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::exchange {
namespace {

QString shortened(const QString& text) {
    return text.size() > 40 ? text.left(40) + u'…' : text;
}

std::optional<QDate> parseDate(const QString& text) {
    static const QRegularExpression dayFirst(
        u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$"_s);
    static const QRegularExpression iso(
        u"^(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s]\\d{1,2}:\\d{2}(?::\\d{2})?)?$"_s);
    QDate date;
    if (const QRegularExpressionMatch match = dayFirst.match(text); match.hasMatch())
        date = QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    else if (const QRegularExpressionMatch isoMatch = iso.match(text); isoMatch.hasMatch())
        date =
            QDate(isoMatch.captured(1).toInt(), isoMatch.captured(2).toInt(), isoMatch.captured(3).toInt());
    if (!date.isValid() || date.year() < input::kFirstYear || date.year() > input::kLastYear)
        return std::nullopt;
    return date;
}

// Header spellings, as nameKey() reduces them, best first: « Nom d'usage » is the name used, before « Nom ».
const QList<QStringList>& headerAliases() {
    static const QList<QStringList> aliases{
        {u"nom d usage"_s, u"nom usage"_s, u"nom"_s, u"nom eleve"_s, u"nom de l eleve"_s, u"last name"_s,
         u"lastname"_s, u"surname"_s},
        {u"prenom"_s, u"prenom 1"_s, u"premier prenom"_s, u"prenom eleve"_s, u"prenom de l eleve"_s,
         u"first name"_s, u"firstname"_s},
        {u"ne e le"_s, u"ne le"_s, u"nee le"_s, u"date de naissance"_s, u"date naissance"_s, u"naissance"_s,
         u"date naiss"_s, u"ne e"_s, u"birth date"_s, u"birthdate"_s, u"date of birth"_s},
        {u"classe"_s, u"classes"_s, u"classe s"_s, u"division"_s, u"code structure"_s, u"class"_s},
        {u"ine"_s, u"n ine"_s, u"no ine"_s, u"numero ine"_s, u"id national"_s, u"identifiant national"_s,
         u"ine eleve"_s},
        {u"nom de famille"_s, u"nom de naissance"_s, u"nom patronymique"_s, u"family name"_s},
        {u"date de sortie"_s, u"date sortie"_s, u"sortie le"_s, u"sorti e le"_s, u"left on"_s},
    };
    return aliases;
}

void restoreField(Student& student, const Student& stored, const QString& field) {
    if (field == u"familyName"_s)
        student.familyName = stored.familyName;
    else if (field == u"ine"_s)
        student.ine = stored.ine;
    else if (field == u"siecleId"_s)
        student.siecleId = stored.siecleId;
    else if (field == u"className"_s)
        student.className = stored.className;
    else if (field == u"birthDate"_s)
        student.birthDate = stored.birthDate;
    else if (field == u"leftOn"_s)
        student.leftOn = stored.leftOn;
}

}  // namespace

QString studentFieldKey(StudentField field) {
    switch (field) {
        case StudentField::LastName:
            return u"lastName"_s;
        case StudentField::FirstName:
            return u"firstName"_s;
        case StudentField::BirthDate:
            return u"birthDate"_s;
        case StudentField::ClassName:
            return u"className"_s;
        case StudentField::Ine:
            return u"ine"_s;
        case StudentField::FamilyName:
            return u"familyName"_s;
        case StudentField::LeftOn:
            return u"leftOn"_s;
    }
    return {};
}

std::optional<StudentField> studentFieldFromKey(const QString& key) {
    for (const StudentField field : kStudentFields) {
        if (studentFieldKey(field) == key)
            return field;
    }
    return std::nullopt;
}

CsvMapping guessMapping(const QStringList& headers) {
    QStringList keys;
    for (const QString& header : headers)
        keys.append(nameKey(header));
    CsvMapping mapping;
    QSet<int> taken;
    // The most specific names first, so that « Nom de famille » is never taken for « Nom ».
    const std::array<StudentField, kStudentFieldCount> order{
        StudentField::FamilyName, StudentField::LastName,  StudentField::FirstName, StudentField::BirthDate,
        StudentField::LeftOn,     StudentField::ClassName, StudentField::Ine};
    for (const StudentField field : order) {
        for (const QString& alias : headerAliases().at(static_cast<qsizetype>(field))) {
            const int column = static_cast<int>(keys.indexOf(alias));
            if (column >= 0 && !taken.contains(column)) {
                mapping.set(field, column);
                taken.insert(column);
                break;
            }
        }
    }
    return mapping;
}

QList<StudentField> missingRequired(const CsvMapping& mapping) {
    QList<StudentField> missing;
    if (!mapping.has(StudentField::LastName) && !mapping.has(StudentField::FamilyName))
        missing.append(StudentField::LastName);
    if (!mapping.has(StudentField::FirstName))
        missing.append(StudentField::FirstName);
    if (!mapping.has(StudentField::BirthDate) && !mapping.has(StudentField::Ine))
        missing.append(StudentField::BirthDate);
    return missing;
}

CsvStudents studentsFromCsv(const CsvSheet& sheet, const CsvMapping& mapping) {
    CsvStudents result;
    auto header = [&](StudentField field) {
        const int column = mapping.column(field);
        const QString text = sheet.headers.value(column);
        return text.isEmpty() ? u"column %1"_s.arg(column + 1) : text;
    };
    QSet<QString> seenIne;
    QSet<QString> seenPerson;
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        const QStringList& row = sheet.rows.at(r);
        const int line = sheet.lines.value(r);
        auto cell = [&](StudentField field) {
            const int column = mapping.column(field);
            return column >= 0 ? row.value(column).trimmed() : QString();
        };
        const bool blank = std::all_of(kStudentFields.cbegin(), kStudentFields.cend(),
                                       [&](StudentField field) { return cell(field).isEmpty(); });
        if (blank)
            continue;  // a line of other columns only (a total, a comment)

        Student student;
        student.lastName = cell(StudentField::LastName);
        const QString family = cell(StudentField::FamilyName);
        if (student.lastName.isEmpty())
            student.lastName = family;  // « Nom d'usage » is often empty when it is the family name
        else if (family.compare(student.lastName, Qt::CaseInsensitive) != 0)
            student.familyName = family;
        student.firstName = cell(StudentField::FirstName);
        student.className = cell(StudentField::ClassName);
        student.ine = cell(StudentField::Ine);
        const QString person = QString(student.lastName + u' ' + student.firstName).trimmed();
        const qsizetype errorsBefore = result.errors.size();
        auto error = [&](CsvProblem problem, StudentField field, const QString& value = {}) {
            result.errors.append(
                {problem, line, mapping.has(field) ? header(field) : QString(), person, value});
        };

        if (student.lastName.isEmpty())
            error(CsvProblem::NoLastName,
                  mapping.has(StudentField::LastName) ? StudentField::LastName : StudentField::FamilyName);
        if (student.firstName.isEmpty())
            error(CsvProblem::NoFirstName, StudentField::FirstName);
        for (const StudentField field : {StudentField::LastName, StudentField::FirstName,
                                         StudentField::FamilyName, StudentField::ClassName}) {
            if (cell(field).size() > input::kMaxNameLength)
                error(CsvProblem::ValueTooLong, field, QString::number(input::kMaxNameLength));
        }
        if (student.ine.size() > input::kMaxIneLength)
            error(CsvProblem::ValueTooLong, StudentField::Ine, QString::number(input::kMaxIneLength));
        for (const StudentField field : {StudentField::BirthDate, StudentField::LeftOn}) {
            const QString text = cell(field);
            if (text.isEmpty())
                continue;
            const std::optional<QDate> date = parseDate(text);
            if (!date)
                error(CsvProblem::BadDate, field, shortened(text));
            else if (field == StudentField::BirthDate)
                student.birthDate = *date;
            else
                student.leftOn = *date;
        }
        if (result.errors.size() != errorsBefore)
            continue;

        const QString personKey = nameKey(student.lastName) + u'|' + nameKey(student.firstName) + u'|' +
                                  student.birthDate.toString(Qt::ISODate);
        const bool twice = (!student.ine.isEmpty() && seenIne.contains(student.ine.toUpper())) ||
                           seenPerson.contains(personKey);
        if (twice) {
            result.warnings.append({CsvProblem::Duplicate, line, {}, person, {}});
            continue;
        }
        if (!student.ine.isEmpty())
            seenIne.insert(student.ine.toUpper());
        seenPerson.insert(personKey);
        result.students.append(std::move(student));
        result.lines.append(line);
    }
    return result;
}

SiecleImportPlan planCsvImport(const CsvStudents& students, const QList<Student>& existing,
                               const QString& schoolId) {
    SiecleData data;
    data.students = students.students;
    data.hasStudents = true;
    data.hasRepresentatives = false;
    SiecleImportPlan plan = planSiecleImport(data, existing, schoolId);

    QHash<QString, qsizetype> storedById;
    for (qsizetype i = 0; i < existing.size(); ++i)
        storedById.insert(existing.at(i).id, i);
    QList<PlannedUpdate> updated;
    for (PlannedUpdate& update : plan.updated) {
        const qsizetype index = storedById.value(update.student.id, -1);
        if (index < 0) {
            updated.append(std::move(update));
            continue;
        }
        const Student& stored = existing.at(index);
        // An empty cell (or a column the sheet lacks, such as SIECLE's id) keeps what is stored.
        QList<FieldChange> kept;
        for (const FieldChange& change : std::as_const(update.changes)) {
            if (change.after.isEmpty())
                restoreField(update.student, stored, change.field);
            else
                kept.append(change);
        }
        if (kept.isEmpty()) {
            plan.unchanged.append(stored);
        } else {
            update.changes = std::move(kept);
            updated.append(std::move(update));
        }
    }
    plan.updated = std::move(updated);
    return plan;
}

}  // namespace passerelle::exchange
