// One record's documents read what they show (issue 14): each record by its id through the repositories,
// never a whole table, so the cost does not grow with the number of students.
#include "passerelle/storage/record_gathering.h"

#include "passerelle/storage/database.h"
#include "passerelle/storage/repositories.h"

#include <QSet>

#include <optional>

namespace passerelle::storage {
namespace {

// A reference that no longer resolves is a finding for the rules, not a failure here; a database that
// cannot be read is.
template <typename T>
Result<std::optional<T>> lookUp(Database& database, const QString& id) {
    if (id.isEmpty())
        return std::optional<T>();
    Result<T> found = Repository<T>(database).find(id);
    if (found)
        return std::optional<T>(std::move(found).value());
    if (found.error().kind == ErrorKind::NotFound)
        return std::optional<T>();
    return found.error();
}

// Adds each record once, in the order met.
class Gatherer {
public:
    explicit Gatherer(Database& database) : m_database(database) {}

    Status organisation(const QString& id) { return add(id, m_dataset.organisations); }
    Status person(const QString& id) { return add(id, m_dataset.people); }
    // The student and the school the documents are signed at (and whose letterhead they carry).
    Status student(const QString& id) {
        if (const Status added = add(id, m_dataset.students); !added)
            return added;
        if (m_dataset.students.isEmpty() || m_dataset.students.last().id != id)
            return success();
        return organisation(m_dataset.students.last().schoolId);
    }
    Status agreement(const QString& id) {
        if (const Status added = add(id, m_dataset.agreements); !added)
            return added;
        if (m_dataset.agreements.isEmpty() || m_dataset.agreements.last().id != id)
            return success();
        const QList<Party> parties = m_dataset.agreements.last().parties;
        for (const Party& party : parties) {
            if (const Status status = organisation(party.organisationId); !status)
                return status;
            if (const Status status = person(party.representativeId); !status)
                return status;
        }
        return success();
    }
    Dataset take() { return std::move(m_dataset); }

private:
    template <typename T>
    Status add(const QString& id, QList<T>& list) {
        if (id.isEmpty() || m_seen.contains(id))
            return success();
        m_seen.insert(id);
        const auto found = lookUp<T>(m_database, id);
        if (!found)
            return found.error();
        if (*found)
            list << **found;
        return success();
    }

    Database& m_database;
    Dataset m_dataset;
    QSet<QString> m_seen;
};

Status gatherMeasure(Database& database, Gatherer& gatherer, const QString& id, Dataset& records) {
    const auto measure = MeasureRepository(database).find(id);
    if (!measure)
        return measure.error();
    for (const Status& status :
         {gatherer.student(measure->studentId), gatherer.organisation(measure->hostId),
          gatherer.agreement(measure->agreementId), gatherer.person(measure->hostTutorId),
          gatherer.person(measure->schoolFollowerId)}) {
        if (!status)
            return status;
    }
    records = gatherer.take();
    records.measures << *measure;
    return success();
}

Status gatherGroup(Database& database, Gatherer& gatherer, const QString& id, Dataset& records) {
    const auto group = GroupRepository(database).find(id);
    if (!group)
        return group.error();
    if (const Status status = gatherer.agreement(group->agreementId); !status)
        return status;
    for (const QString& studentId : group->participantIds) {
        if (const Status status = gatherer.student(studentId); !status)
            return status;
    }
    records = gatherer.take();
    records.groups << *group;
    return success();
}

Status gatherAgreement(Database& database, Gatherer& gatherer, const QString& id, Dataset& records) {
    const auto agreement = AgreementRepository(database).find(id);
    if (!agreement)
        return agreement.error();  // NotFound for the record itself, unlike the references above
    if (const Status status = gatherer.agreement(id); !status)
        return status;
    records = gatherer.take();
    return success();
}

}  // namespace

Result<Dataset> gatherRecords(Database& database, const RecordRef& record) {
    Dataset records;
    const Status status = database.snapshot([&]() -> Status {
        Gatherer gatherer(database);
        switch (record.kind) {
            case ArchivedKind::Agreement:
                return gatherAgreement(database, gatherer, record.id, records);
            case ArchivedKind::Measure:
                return gatherMeasure(database, gatherer, record.id, records);
            case ArchivedKind::Group:
                return gatherGroup(database, gatherer, record.id, records);
        }
        return success();
    });
    if (!status)
        return status.error();
    return records;
}

}  // namespace passerelle::storage
