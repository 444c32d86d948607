#include "passerelle/rules/measure_facts.h"

#include "french_text.h"
#include "passerelle/rules/limits.h"
#include "role_set.h"

#include <QSet>

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

int doneTotalMinutes(const Measure& measure) {
    if (!measure.start.isValid() || !measure.end.isValid() || measure.end < measure.start)
        return 0;
    const WeeklyMinutes week = plannedMinutesPerDay(measure.slots);
    // Two entries for one day (a hand-edited file) are still one session; the set allocates only once a
    // present day is found, so a measure without attendance costs nothing on each keystroke.
    QSet<QDate> counted;
    int total = 0;
    for (const AttendanceEntry& entry : measure.attendance) {
        if (entry.status != AttendanceStatus::Present || entry.date < measure.start ||
            entry.date > measure.end)
            continue;
        const std::optional<Weekday> day = weekdayFromQt(entry.date.dayOfWeek());
        if (!day || counted.contains(entry.date))
            continue;
        counted.insert(entry.date);
        total += week.on(*day);
    }
    return total;
}

namespace {

using namespace Qt::Literals::StringLiterals;

// French puts the participle in the plural from two on: « 1 h 30 faite », « 2 h faites », « 45 min faites ».
QString agreed(int minutes, const QString& participle) {
    const bool plural = minutes >= 120 || (minutes >= 2 && minutes < 60);
    return french::duration(minutes) + u' ' + participle + (plural ? u"s"_s : QString());
}

}  // namespace

QString hoursDoneSummary(const Measure& measure) {
    return agreed(doneTotalMinutes(measure), u"faite"_s) + u" sur "_s +
           agreed(plannedTotalMinutes(measure), u"prévue"_s);
}

bool hasEnded(const Measure& measure, const QDate& today) {
    return measure.end.isValid() && today.isValid() && measure.end < today;
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
