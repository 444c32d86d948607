#include "passerelle/domain/time_slot.h"

namespace passerelle {

int TimeSlot::minutes() const {
    if (!start.isValid() || !end.isValid() || end <= start)
        return 0;
    return start.secsTo(end) / 60;
}

bool TimeSlot::overlaps(const TimeSlot& other) const {
    // Touching ends (10:00-12:00 and 12:00-13:00) do not overlap.
    return day == other.day && start.isValid() && end.isValid() && other.start.isValid() &&
           other.end.isValid() && start < other.end && other.start < end;
}

int minutesOn(const TimeSlots& slots, Weekday day) {
    int total = 0;
    for (const TimeSlot& slot : slots) {
        if (slot.day == day)
            total += slot.minutes();
    }
    return total;
}

}  // namespace passerelle
