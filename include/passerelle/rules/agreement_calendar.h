#pragma once

// Dates an agreement's own terms give: when it starts, expires, must be reviewed, can be denounced, and when
// a denunciation or a formal notice takes effect. Pure date arithmetic, "today" always an input.

#include "passerelle/domain/agreement.h"
#include "passerelle/rules/settings.h"

#include <QDate>
#include <QList>

#include <optional>

namespace passerelle::rules {

// The school-year start (rentrée) of the given calendar year, e.g. 1 September 2027.
QDate schoolYearStartIn(int year, const RuleSettings& settings = {});

// The first school-year start on or after `date`.
QDate nextSchoolYearStart(const QDate& date, const RuleSettings& settings = {});

// A school year, from its rentrée to the day before the next one.
struct SchoolYear {
    QDate first;
    QDate last;
};
// The school year `date` belongs to (nothing for an invalid date), and the `count` school years ending with
// the one after it, newest first: the choices of a "school year" filter.
std::optional<SchoolYear> schoolYearOf(const QDate& date, const RuleSettings& settings = {});
QList<SchoolYear> schoolYearsAround(const QDate& date, int count, const RuleSettings& settings = {});

// The agreement's first day: its start, or its signature date when it runs "à compter de sa signature".
std::optional<QDate> agreementStart(const Agreement& agreement);

// The notice a denunciation needs, in months: the agreement's own, else 3 (convention type, art. 9).
int noticeMonthsOf(const Agreement& agreement);

// The last day to give notice so that the agreement stops before the given school-year start: the start minus
// the notice months, minus one day. The notice is a délai in months counted the French way (Code de procédure
// civile, art. 641): notice given on 1 June expires at the end of 1 September, i.e. not "before" a 1
// September rentrée, so with 3 months the last day is 31 May.
QDate lastDayToDenounceBefore(const Agreement& agreement, const QDate& schoolYearStart);

// The next such last day that is today or later (DEADLINE-DENOUNCE), with the school-year start it is for.
struct DenounceDeadline {
    QDate lastDay;
    QDate schoolYearStart;
};
DenounceDeadline nextDenounceDeadline(const Agreement& agreement, const QDate& today,
                                      const RuleSettings& settings = {});

// The first day the agreement no longer applies after a denunciation notified on `notifiedOn`:
// - notice anchored at notification: notifiedOn + notice months;
// - anchored at the school-year start ("la résiliation ne prend effet qu'à compter de l'année scolaire qui
//   suit", seed 003, art. 9): the first school-year start whose last day to denounce is on or after
//   notifiedOn.
// Nothing when notifiedOn is invalid.
std::optional<QDate> denunciationEffectiveDate(const Agreement& agreement, const QDate& notifiedOn,
                                               const RuleSettings& settings = {});

// The day the agreement ends by right after an unanswered formal notice (mise en demeure) sent on `sentOn`:
// sentOn + breachNoticeMonths (default 1 month, convention type, art. 9). Nothing when sentOn is invalid.
std::optional<QDate> terminationAfterFormalNotice(const Agreement& agreement, const QDate& sentOn);

// A review counted as held: one recorded in Agreement::reviews, or a DEADLINE-REVIEW marked handled, which
// counts as held on the day it was handled (issue 11). A school that marks an overdue review handled without
// recording the meeting has dealt with it; counting it keeps the next reminder coming a period later instead
// of hiding every later one.
struct ReviewHeld {
    QDate date;
    const HandledDeadline* mark =
        nullptr;  // the mark counted (in the agreement), nullptr for a recorded review
};

// The latest review held before `before` (at any date when `before` is invalid). On the day of a recorded
// review, the recorded meeting is the review, not a mark. Nothing when none is.
std::optional<ReviewHeld> lastReviewHeld(const Agreement& agreement, const QDate& before = {});

// The date the next periodic review is due: the last review held (lastReviewHeld; else the start, else the
// signature) plus reviewEveryMonths. Nothing when the agreement sets no review period or has no date to count
// from.
std::optional<QDate> nextReviewDue(const Agreement& agreement);

// The last day the agreement runs:
// - without tacit renewal: its effective end (`end`, or start + duration - 1 day);
// - with tacit renewal: the last day of the period running on `today`, each renewal lasting as long as the
// first
//   period ("renouvelable par tacite reconduction" for the same duration).
// Nothing when the agreement has neither an end nor a duration.
std::optional<QDate> expiryDate(const Agreement& agreement, const QDate& today);

// Whether the agreement is in force on every day from `from` to `to` inclusive. A tacitly renewed agreement
// is treated as open-ended: it renews itself until denounced, which the data records by its status
// `terminated`.
bool agreementCovers(const Agreement& agreement, const QDate& from, const QDate& to);

}  // namespace passerelle::rules
