#include "passerelle/rules/measure_facts.h"

#include "passerelle/rules/limits.h"
#include "role_set.h"

namespace passerelle::rules {

int WeeklyMinutes::on(Weekday day) const {
    const int index = static_cast<int>(day) - 1;
    return index >= 0 && index < int(perDay.size()) ? perDay[std::size_t(index)] : 0;
}

int WeeklyMinutes::daysWithSlots() const {
    int count = 0;
    for (const int minutes : perDay)
        count += minutes > 0 ? 1 : 0;
    return count;
}

int WeeklyMinutes::perWeek() const {
    int total = 0;
    for (const int minutes : perDay)
        total += minutes;
    return total;
}

WeeklyMinutes plannedMinutesPerDay(const TimeSlots& slots) {
    WeeklyMinutes week;
    for (const TimeSlot& slot : slots) {
        const int index = static_cast<int>(slot.day) - 1;
        if (index >= 0 && index < int(week.perDay.size()))
            week.perDay[std::size_t(index)] += slot.minutes();
    }
    return week;
}

int plannedDaysPerWeek(const TimeSlots& slots) {
    return plannedMinutesPerDay(slots).daysWithSlots();
}

int plannedTotalMinutes(const Measure& measure) {
    if (!measure.start.isValid() || !measure.end.isValid() || measure.end < measure.start)
        return 0;
    const WeeklyMinutes week = plannedMinutesPerDay(measure.slots);
    // Whole weeks hold each weekday once; the remaining days are walked (at most six).
    const qint64 days = measure.start.daysTo(measure.end) + 1;
    qint64 total = (days / 7) * week.perWeek();
    const int remaining = int(days % 7);
    int dayOfWeek = measure.start.dayOfWeek();  // 1 = Monday ... 7 = Sunday
    for (int step = 0; step < remaining; ++step) {
        if (dayOfWeek <= 6)
            total += week.perDay[std::size_t(dayOfWeek - 1)];
        dayOfWeek = dayOfWeek % 7 + 1;
    }
    return int(total);
}

QList<QDate> expectedSessionDates(const Measure& measure) {
    return measure.expectedDates();
}

std::optional<bool> isMinorOn(const Student& student, const QDate& date) {
    const std::optional<int> age = student.ageOn(date);
    if (!age)
        return std::nullopt;
    return *age < limits::kAgeOfMajority;
}

QDate minorityReferenceDate(const Measure& measure, const QDate& today) {
    return measure.start.isValid() ? measure.start : today;
}

QList<SignatureRole> requiredSignatureRoles(const Measure& measure, const Student* student,
                                            const QDate& today) {
    return requiredRoles(measure, student, today).toList();
}

QList<SignatureRole> missingSignatureRoles(const Measure& measure, const Student* student,
                                           const QDate& today) {
    return missingRoles(measure, student, today).toList();
}

bool signaturesComplete(const Measure& measure, const Student* student, const QDate& today) {
    return missingRoles(measure, student, today).isEmpty();
}

}  // namespace passerelle::rules
