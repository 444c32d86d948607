// checkReferences: every id a record mentions must name a record of the right kind, in the file or outside
// it.
#include "passerelle/exchange/json_format.h"

#include <QSet>

#include <array>

namespace passerelle::exchange {
namespace {

using namespace Qt::Literals::StringLiterals;

QString singular(RecordKind kind) {
    switch (kind) {
        case RecordKind::Organisation:
            return u"organisation"_s;
        case RecordKind::Person:
            return u"person"_s;
        case RecordKind::Student:
            return u"student"_s;
        case RecordKind::Agreement:
            return u"agreement"_s;
        case RecordKind::Measure:
            return u"measure"_s;
        case RecordKind::Group:
            return u"group"_s;
    }
    return {};
}

template <typename T>
QSet<QString> idsOf(const QList<T>& records) {
    QSet<QString> ids;
    ids.reserve(records.size());
    for (const T& record : records)
        ids.insert(record.id);
    return ids;
}

class ReferenceChecker {
public:
    ReferenceChecker(const Dataset& file, const KnownElsewhere& knownElsewhere)
        : m_knownElsewhere(knownElsewhere)
        , m_ids{idsOf(file.organisations), idsOf(file.people),   idsOf(file.students),
                idsOf(file.agreements),    idsOf(file.measures), idsOf(file.groups)} {}

    // The record whose references come next: its kind, index in the file's list and id.
    void at(RecordKind kind, qsizetype index, const QString& id) {
        m_kind = kind;
        m_index = index;
        m_id = id;
    }

    // An empty id is an absent optional reference (required ones were reported by readDataset).
    void check(const QString& key, RecordKind kind, const QString& id) {
        if (id.isEmpty() || m_ids[static_cast<int>(kind)].contains(id))
            return;
        if (m_knownElsewhere && m_knownElsewhere(kind, id))
            return;
        // Labelled the way readDataset labels records; built only on failure, most references resolve.
        QString record = listKey(m_kind) + u'[' + QString::number(m_index) + u']';
        if (!m_id.isEmpty())
            record += u" (id \""_s + m_id + u"\")"_s;
        Issue issue{record, key,
                    u"refers to %1 \"%2\", which is neither in the file nor among the existing records"_s.arg(
                        singular(kind), id)};
        issue.recordId = m_id;
        m_issues.append(issue);
    }

    QList<Issue> issues() { return std::move(m_issues); }

private:
    const KnownElsewhere& m_knownElsewhere;
    std::array<QSet<QString>, 6> m_ids;
    RecordKind m_kind = RecordKind::Organisation;
    qsizetype m_index = 0;
    QString m_id;
    QList<Issue> m_issues;
};

QString indexed(const QString& list, qsizetype index, const QString& key) {
    return list + u'[' + QString::number(index) + u"]."_s + key;
}

}  // namespace

QList<Issue> checkReferences(const Dataset& file, const KnownElsewhere& knownElsewhere) {
    ReferenceChecker c(file, knownElsewhere);
    using K = RecordKind;
    for (qsizetype i = 0; i < file.people.size(); ++i) {
        const Person& p = file.people[i];
        c.at(K::Person, i, p.id);
        c.check(u"organisation"_s, K::Organisation, p.organisationId);
    }
    for (qsizetype i = 0; i < file.students.size(); ++i) {
        const Student& s = file.students[i];
        c.at(K::Student, i, s.id);
        c.check(u"school"_s, K::Organisation, s.schoolId);
    }
    for (qsizetype i = 0; i < file.agreements.size(); ++i) {
        const Agreement& a = file.agreements[i];
        c.at(K::Agreement, i, a.id);
        for (qsizetype j = 0; j < a.parties.size(); ++j) {
            c.check(indexed(u"parties"_s, j, u"organisation"_s), K::Organisation,
                    a.parties[j].organisationId);
            c.check(indexed(u"parties"_s, j, u"representative"_s), K::Person, a.parties[j].representativeId);
        }
        for (qsizetype j = 0; j < a.signatures.size(); ++j) {
            c.check(indexed(u"signatures"_s, j, u"organisation"_s), K::Organisation,
                    a.signatures[j].organisationId);
        }
    }
    for (qsizetype i = 0; i < file.measures.size(); ++i) {
        const Measure& m = file.measures[i];
        c.at(K::Measure, i, m.id);
        c.check(u"student"_s, K::Student, m.studentId);
        c.check(u"agreement"_s, K::Agreement, m.agreementId);
        c.check(u"host"_s, K::Organisation, m.hostId);
        c.check(u"hostTutor"_s, K::Person, m.hostTutorId);
        c.check(u"schoolFollower"_s, K::Person, m.schoolFollowerId);
    }
    for (qsizetype i = 0; i < file.groups.size(); ++i) {
        const GroupActivity& g = file.groups[i];
        c.at(K::Group, i, g.id);
        c.check(u"agreement"_s, K::Agreement, g.agreementId);
        for (qsizetype j = 0; j < g.participantIds.size(); ++j) {
            c.check(u"participants["_s + QString::number(j) + u']', K::Student, g.participantIds[j]);
        }
        for (qsizetype j = 0; j < g.sessions.size(); ++j) {
            const auto& attendance = g.sessions[j].attendance;
            for (qsizetype k = 0; k < attendance.size(); ++k) {
                c.check(indexed(u"sessions"_s, j, u"attendance["_s + QString::number(k) + u"].student"_s),
                        K::Student, attendance[k].studentId);
            }
        }
    }
    return c.issues();
}

QList<Issue> checkReferences(const Dataset& file, const Dataset* existing) {
    if (existing == nullptr)
        return checkReferences(file, KnownElsewhere{});
    const std::array<QSet<QString>, 6> stored{idsOf(existing->organisations), idsOf(existing->people),
                                              idsOf(existing->students),      idsOf(existing->agreements),
                                              idsOf(existing->measures),      idsOf(existing->groups)};
    return checkReferences(file, [&stored](RecordKind kind, const QString& id) {
        return stored[static_cast<int>(kind)].contains(id);
    });
}

}  // namespace passerelle::exchange
