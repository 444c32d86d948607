#pragma once

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/group_activity.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/person.h"
#include "passerelle/domain/student.h"

#include <QHash>
#include <QList>

namespace passerelle {

// Every record of a database or an exchange file, in memory: what export writes, import reads and the rules
// module checks as a whole.
struct Dataset {
    QList<Organisation> organisations;
    QList<Person> people;
    QList<Student> students;
    QList<Agreement> agreements;
    QList<Measure> measures;
    QList<GroupActivity> groups;

    qsizetype recordCount() const;
    friend bool operator==(const Dataset&, const Dataset&) = default;
};

// Look-ups by id over a Dataset, built once (the Dataset must outlive the index).
class DatasetIndex {
public:
    explicit DatasetIndex(const Dataset& dataset);

    const Organisation* organisation(const QString& id) const { return m_organisations.value(id); }
    const Person* person(const QString& id) const { return m_people.value(id); }
    const Student* student(const QString& id) const { return m_students.value(id); }
    const Agreement* agreement(const QString& id) const { return m_agreements.value(id); }

private:
    QHash<QString, const Organisation*> m_organisations;
    QHash<QString, const Person*> m_people;
    QHash<QString, const Student*> m_students;
    QHash<QString, const Agreement*> m_agreements;
};

}  // namespace passerelle
