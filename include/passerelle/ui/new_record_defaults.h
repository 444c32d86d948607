#pragma once

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/group_activity.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/person.h"
#include "passerelle/domain/student.h"

#include <optional>

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

// What a new record starts with (issue 11), so that the school office does not type its own school again
// and again: the school the first-start assistant created and its head, and the staff member who followed
// the last measure saved. A default is used only while the record it names exists in this database (the
// preferences are the user's, the database may be another one).
class NewRecordDefaults {
public:
    static NewRecordDefaults load(storage::Database& database);

    // A student of the home school.
    void applyTo(Student& student) const;
    // The home school as the first party, represented by its head.
    void applyTo(Agreement& agreement) const;
    // Followed by the last follower.
    void applyTo(Measure& measure) const;
    void applyTo(Organisation&) const {}
    void applyTo(GroupActivity&) const {}

    const std::optional<Organisation>& school() const { return m_school; }
    QString schoolId() const { return m_school ? m_school->id : QString(); }

    // Remembers who followed the measure just saved, for the next one.
    static void rememberFollower(const QString& personId);

private:
    std::optional<Organisation> m_school;
    std::optional<Person> m_head;
    QString m_followerId;
};

// The agreement's host structure when it names exactly one party that is not a school: a measure under it
// is hosted there. Empty when there is none or several.
QString soleHostOf(const Agreement& agreement, storage::Database& database);

}  // namespace passerelle::ui
