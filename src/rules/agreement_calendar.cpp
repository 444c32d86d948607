#include "passerelle/rules/agreement_calendar.h"

#include "passerelle/rules/limits.h"

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

int noticeMonthsOf(const Agreement& agreement) {
    return std::max(0, agreement.noticeMonths.value_or(limits::kDefaultNoticeMonths));
}

QDate lastDayToDenounceBefore(const Agreement& agreement, const QDate& schoolYearStart) {
    return schoolYearStart.addMonths(-noticeMonthsOf(agreement)).addDays(-1);
}

DenounceDeadline nextDenounceDeadline(const Agreement& agreement, const QDate& today,
                                      const RuleSettings& settings) {
    QDate schoolYearStart = nextSchoolYearStart(today, settings);
    if (!schoolYearStart.isValid())
        return {};
    // The nearest rentrée may already be too close to give notice for it: then the next one counts.
    while (lastDayToDenounceBefore(agreement, schoolYearStart) < today) {
        schoolYearStart = schoolYearStartIn(schoolYearStart.year() + 1, settings);
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
    return sentOn.addMonths(
        std::max(0, agreement.breachNoticeMonths.value_or(limits::kDefaultBreachNoticeMonths)));
}

std::optional<QDate> nextReviewDue(const Agreement& agreement) {
    if (!agreement.reviewEveryMonths || *agreement.reviewEveryMonths <= 0)
        return std::nullopt;
    QDate last;
    for (const Review& review : agreement.reviews) {
        if (review.date.isValid() && (!last.isValid() || review.date > last))
            last = review.date;
    }
    if (!last.isValid()) {
        const std::optional<QDate> start = agreementStart(agreement);
        if (!start)
            return std::nullopt;
        last = *start;
    }
    return last.addMonths(*agreement.reviewEveryMonths);
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
    QDate periodEnd = end;
    while (periodEnd < today) {
        const QDate nextStart = periodEnd.addDays(1);
        if (agreement.durationYears && *agreement.durationYears > 0) {
            periodEnd = nextStart.addYears(*agreement.durationYears).addDays(-1);
        } else if (wholeMonths) {
            periodEnd = nextStart.addMonths(spanMonths).addDays(-1);
        } else {
            periodEnd = nextStart.addDays(spanDays - 1);
        }
    }
    return periodEnd;
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
