#pragma once

#include "passerelle/domain/enums.h"

#include <QList>
#include <QTime>

namespace passerelle {

// A weekly recurring period: "le mardi de 14 h à 16 h". Used for a school's teaching hours and a measure's
// timetable (the annex of seed 004: Monday to Saturday, "de ... à ...").
struct TimeSlot {
    Weekday day = Weekday::Monday;
    QTime start;
    QTime end;

    // Length in minutes; 0 when the slot is empty or inverted (the rules module reports those).
    int minutes() const;
    bool isMorning() const { return start.isValid() && start < QTime(12, 0); }
    bool overlaps(const TimeSlot& other) const;

    friend bool operator==(const TimeSlot&, const TimeSlot&) = default;
};

using TimeSlots = QList<TimeSlot>;

// Minutes of the slots that fall on the given weekday.
int minutesOn(const TimeSlots& slots, Weekday day);

}  // namespace passerelle
