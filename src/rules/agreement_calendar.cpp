#include "passerelle/rules/agreement_calendar.h"

#include "passerelle/domain/input_limits.h"
#include "passerelle/rules/limits.h"
#include "passerelle/rules/rule_ids.h"

#include <algorithm>

namespace passerelle::rules {

QDate schoolYearStartIn(int year, const RuleSettings& settings) {
    const QDate start(year, settings.schoolYearStartMonth, settings.schoolYearStartDay);
    // A setting such as 31 September is out of range: fall back to the month's first day rather than nothing.
    return start.isValid() ? start : QDate(year, std::clamp(settings.schoolYearStartMonth, 1, 12), 1);
}

QDate nextSchoolYearStart(const QDate& date, const RuleSettings& settings) {
    if (!date.isValid())
        return {};
    const QDate thisYear = schoolYearStartIn(date.year(), settings);
    return thisYear >= date ? thisYear : schoolYearStartIn(date.year() + 1, settings);
}

std::optional<SchoolYear> schoolYearOf(const QDate& date, const RuleSettings& settings) {
    if (!date.isValid())
        return std::nullopt;
    const QDate thisYear = schoolYearStartIn(date.year(), settings);
    const QDate first = thisYear <= date ? thisYear : schoolYearStartIn(date.year() - 1, settings);
    return SchoolYear{first, schoolYearStartIn(first.year() + 1, settings).addDays(-1)};
}

QList<SchoolYear> schoolYearsAround(const QDate& date, int count, const RuleSettings& settings) {
    QList<SchoolYear> years;
    const std::optional<SchoolYear> current = schoolYearOf(date, settings);
    std::optional<SchoolYear> year =
        current ? schoolYearOf(current->last.addDays(1), settings) : std::nullopt;
    for (int i = 0; i < count && year; ++i) {
        years.append(*year);
        year = schoolYearOf(year->first.addDays(-1), settings);
    }
    return years;
}

std::optional<QDate> agreementStart(const Agreement& agreement) {
    if (agreement.start.isValid())
        return agreement.start;
    if (agreement.signedOn.isValid())
        return agreement.signedOn;
    return std::nullopt;
}

namespace {

// A number of months as the calendar may use it. QDate::addMonths itself counts the months off a year at a
// time, so 2,147,483,647 months take it seconds: values past the exchange format's bound (which the reader
// and the editors already refuse) are held to it here too, so that no stored value can make a check spin.
int boundedMonths(std::optional<int> months, int fallback) {
    return std::clamp(months.value_or(fallback), input::kMonths.min, input::kMonths.max);
}

}  // namespace

int noticeMonthsOf(const Agreement& agreement) {
    return boundedMonths(agreement.noticeMonths, limits::kDefaultNoticeMonths);
}

QDate lastDayToDenounceBefore(const Agreement& agreement, const QDate& schoolYearStart) {
    return schoolYearStart.addMonths(-noticeMonthsOf(agreement)).addDays(-1);
}

DenounceDeadline nextDenounceDeadline(const Agreement& agreement, const QDate& today,
                                      const RuleSettings& settings) {
    const QDate nearest = nextSchoolYearStart(today, settings);
    if (!nearest.isValid())
        return {};
    // The first rentrée far enough away to give notice for lies near today + the notice: start from the
    // rentrée after that date, then step by a year at most a few times (addMonths clamps to the month's end,
    // so the estimate is off by days, never by years). A walk from today, year by year, would take as many
    // steps as the notice has years: a file could make it spin.
    const auto givesNotice = [&](const QDate& rentree) {
        return lastDayToDenounceBefore(agreement, rentree) >= today;
    };
    const QDate estimate = today.addDays(1).addMonths(noticeMonthsOf(agreement));
    QDate schoolYearStart = std::max(nearest, nextSchoolYearStart(estimate.addYears(-1), settings));
    for (int step = 0; step < 3 && !givesNotice(schoolYearStart); ++step)
        schoolYearStart = schoolYearStartIn(schoolYearStart.year() + 1, settings);
    for (int step = 0; step < 3; ++step) {
        const QDate earlier = schoolYearStartIn(schoolYearStart.year() - 1, settings);
        if (earlier < nearest || !givesNotice(earlier))
            break;
        schoolYearStart = earlier;
    }
    return {lastDayToDenounceBefore(agreement, schoolYearStart), schoolYearStart};
}

std::optional<QDate> denunciationEffectiveDate(const Agreement& agreement, const QDate& notifiedOn,
                                               const RuleSettings& settings) {
    if (!notifiedOn.isValid())
        return std::nullopt;
    if (agreement.noticeAnchor == NoticeAnchor::Notification)
        return notifiedOn.addMonths(noticeMonthsOf(agreement));
    return nextDenounceDeadline(agreement, notifiedOn, settings).schoolYearStart;
}

std::optional<QDate> terminationAfterFormalNotice(const Agreement& agreement, const QDate& sentOn) {
    if (!sentOn.isValid())
        return std::nullopt;
    return sentOn.addMonths(boundedMonths(agreement.breachNoticeMonths, limits::kDefaultBreachNoticeMonths));
}

std::optional<ReviewHeld> lastReviewHeld(const Agreement& agreement, const QDate& before) {
    const auto counts = [&](const QDate& date) {
        return date.isValid() && (!before.isValid() || date < before);
    };
    std::optional<ReviewHeld> last;
    for (const Review& review : agreement.reviews) {
        if (counts(review.date) && (!last || review.date > last->date))
            last = ReviewHeld{review.date, nullptr};
    }
    for (const HandledDeadline& mark : agreement.handledDeadlines) {
        // Strictly later than the recorded reviews: a mark on a recorded meeting's day adds nothing to it.
        if (mark.rule == id::DeadlineReview && counts(mark.on) && (!last || mark.on > last->date))
            last = ReviewHeld{mark.on, &mark};
    }
    return last;
}

std::optional<QDate> nextReviewDue(const Agreement& agreement) {
    if (!agreement.reviewEveryMonths || *agreement.reviewEveryMonths <= 0)
        return std::nullopt;
    QDate last;
    if (const std::optional<ReviewHeld> held = lastReviewHeld(agreement))
        last = held->date;
    if (!last.isValid()) {
        const std::optional<QDate> start = agreementStart(agreement);
        if (!start)
            return std::nullopt;
        last = *start;
    }
    return last.addMonths(boundedMonths(agreement.reviewEveryMonths, 0));
}

std::optional<QDate> expiryDate(const Agreement& agreement, const QDate& today) {
    const QDate end = agreement.effectiveEnd();
    if (!end.isValid())
        return std::nullopt;
    if (!agreement.tacitRenewal || !today.isValid() || end >= today)
        return end;
    // Each renewal lasts as long as the first period: its duration in years, else the span from start to end,
    // in whole months when it is one (1 January - 30 June renews as 1 July - 31 December), else in days.
    const std::optional<QDate> start = agreementStart(agreement);
    if (!start || *start > end)
        return end;
    const QDate afterFirst = end.addDays(1);
    const int spanMonths = (afterFirst.year() - start->year()) * 12 + afterFirst.month() - start->month();
    const bool wholeMonths = spanMonths > 0 && start->addMonths(spanMonths) == afterFirst;
    const qint64 spanDays = start->daysTo(afterFirst);
    // Renewal n (from 1) ends the day before afterFirst + n periods, each counted from afterFirst so that
    // short months never make the anniversaries drift. The first n whose end reaches today is found from an
    // estimate and a few steps, never by walking period after period (a one-day agreement signed in 1900
    // would take 46,000 steps).
    const int years = std::clamp(agreement.durationYears.value_or(0), 0, input::kDurationYears.max);
    const auto endOfRenewal = [&](qint64 n) -> QDate {
        if (years > 0)
            return afterFirst.addYears(static_cast<int>(n * years)).addDays(-1);
        if (wholeMonths)
            return afterFirst.addMonths(static_cast<int>(n * spanMonths)).addDays(-1);
        return afterFirst.addDays(n * spanDays - 1);
    };
    // Average lengths (365.2425 days a year, a twelfth of it a month) put the estimate within a period of the
    // answer; the steps below only correct it.
    const double periodDays = years > 0     ? years * 365.2425
                              : wholeMonths ? spanMonths * 365.2425 / 12
                                            : static_cast<double>(std::max<qint64>(1, spanDays));
    qint64 n = std::max<qint64>(1, static_cast<qint64>(afterFirst.daysTo(today) / periodDays));
    for (int step = 0; step < 4 && n > 1 && endOfRenewal(n - 1) >= today; ++step)
        --n;
    for (int step = 0; step < 4 && endOfRenewal(n) < today; ++step)
        ++n;
    return endOfRenewal(n);
}

bool agreementCovers(const Agreement& agreement, const QDate& from, const QDate& to) {
    const std::optional<QDate> start = agreementStart(agreement);
    if (!start || !from.isValid() || from < *start)
        return false;
    if (agreement.tacitRenewal)
        return true;
    const QDate end = agreement.effectiveEnd();
    // An agreement with no end is an AGREEMENT-DATES finding of its own; it does not make every measure
    // wrong.
    if (!end.isValid())
        return true;
    return (to.isValid() ? to : from) <= end;
}

}  // namespace passerelle::rules
