// DEADLINE-DENOUNCE, DEADLINE-EXPIRY and DEADLINE-REVIEW: dates from the agreements' own terms.
#include "passerelle/rules/deadlines.h"

#include "clause_reference.h"
#include "french_text.h"
#include "passerelle/rules/agreement_calendar.h"
#include "passerelle/rules/references.h"
#include "passerelle/rules/rule_ids.h"

#include <algorithm>

namespace passerelle::rules {

using namespace Qt::Literals::StringLiterals;

namespace {

// Drafts are not in force yet; a terminated agreement has nothing left to decide.
constexpr AgreementStatus kInForce = AgreementStatus::Signed;

QString quotedTitle(const Agreement& agreement) {
    return u"« "_s + (agreement.title.isEmpty() ? agreement.id : agreement.title) + u" »"_s;
}

QString whenText(qint64 daysLeft) {
    if (daysLeft == 0)
        return u"aujourd'hui"_s;
    if (daysLeft > 0)
        return u"dans "_s + french::days(daysLeft);
    return u"depuis "_s + french::days(-daysLeft);
}

Deadline makeDeadline(const Agreement& agreement, const QString& rule, const QDate& date, Severity severity,
                      const QString& message, const QString& reference) {
    return Deadline{date, rule, agreement.id, agreement.title, message, reference, severity, std::nullopt};
}

// Leaves out the deadlines the agreement marks handled, or keeps them marked. A mark names one date: once
// the next deadline of the same rule comes (next year's last day to denounce), it shows again.
QList<Deadline> applyHandledMarks(const Agreement& agreement, QList<Deadline> deadlines,
                                  const DeadlineOptions& options) {
    QList<Deadline> kept;
    for (Deadline& deadline : deadlines) {
        if (const HandledDeadline* mark = agreement.handled(deadline.rule, deadline.date)) {
            if (!options.includeHandled)
                continue;
            deadline.handled = *mark;
            deadline.severity = Severity::Info;
        }
        kept << deadline;
    }
    return kept;
}

// The DEADLINE-REVIEW due on `due`, counted from `held`, when it falls within the window (overdue included:
// a review stays due until it is held) and while the agreement runs. A review already handled is not said
// to be late, nor counted down: it was dealt with, maybe before its day.
std::optional<Deadline> reviewDeadline(const Agreement& agreement, const QDate& due,
                                       const std::optional<ReviewHeld>& held, bool handled,
                                       const QDate& today, int days, const RuleSettings& settings) {
    const QDate end = agreement.effectiveEnd();
    // No review is due after an agreement that is not renewed has ended.
    const bool afterEnd = !agreement.tacitRenewal && end.isValid() && due > end;
    const qint64 daysLeft = today.daysTo(due);
    if (afterEnd || daysLeft > days)
        return std::nullopt;
    const bool overdue = daysLeft < 0;
    const Severity severity =
        overdue || daysLeft <= settings.deadlineWarningDays ? Severity::Warning : Severity::Info;
    const QString since = !held ? u"aucune réunion depuis le début"_s
                          : held->mark
                              ? u"réunion précédente marquée traitée le "_s + french::date(held->date)
                              : u"dernière réunion le "_s + french::date(held->date);
    const QString verb = handled   ? u" attendue au plus tard le "_s
                         : overdue ? u" en retard : attendue au plus tard le "_s
                                   : u" à tenir au plus tard le "_s;
    const QString countdown = handled ? QString() : whenText(daysLeft) + u" ; "_s;
    return makeDeadline(
        agreement, id::DeadlineReview, due, severity,
        u"Réunion de suivi de la convention "_s + quotedTitle(agreement) + verb + french::date(due) +
            u" ("_s + countdown + u"une tous les "_s + QString::number(*agreement.reviewEveryMonths) +
            u" mois, "_s + since + u')',
        clauseReference(agreement, {u"suivi et bilan"_s, u"se réunissent"_s, u"réunion"_s, u"bilan"_s},
                        QString()));
}

}  // namespace

DeadlineCriteria deadlineCriteria() {
    return {{kInForce}};
}

QStringList deadlineRuleIds() {
    return {id::DeadlineDenounce, id::DeadlineExpiry, id::DeadlineReview};
}

QList<Deadline> agreementDeadlines(const Agreement& agreement, const QDate& today, int days,
                                   const RuleSettings& settings, const DeadlineOptions& options) {
    QList<Deadline> deadlines;
    if (agreement.status != kInForce || !today.isValid())
        return deadlines;
    const auto severityFor = [&](qint64 daysLeft) {
        return daysLeft <= settings.deadlineWarningDays ? Severity::Warning : Severity::Info;
    };

    if (agreement.tacitRenewal) {
        const DenounceDeadline next = nextDenounceDeadline(agreement, today, settings);
        const qint64 daysLeft = today.daysTo(next.lastDay);
        if (next.lastDay.isValid() && daysLeft <= days) {
            deadlines << makeDeadline(agreement, id::DeadlineDenounce, next.lastDay, severityFor(daysLeft),
                                      u"Dernier jour pour dénoncer la convention "_s +
                                          quotedTitle(agreement) + u" avant la rentrée du "_s +
                                          french::date(next.schoolYearStart) + u" : le "_s +
                                          french::date(next.lastDay) + u" ("_s + whenText(daysLeft) +
                                          u", préavis de "_s + QString::number(noticeMonthsOf(agreement)) +
                                          u" mois) ; sinon elle est reconduite tacitement"_s,
                                      clauseReference(agreement, {u"dénonc"_s, u"résili"_s, u"préavis"_s},
                                                      reference::ModelAgreementArt9));
        }
    } else if (const QDate end = agreement.effectiveEnd(); end.isValid()) {
        const qint64 daysLeft = today.daysTo(end);
        if (daysLeft >= 0 && daysLeft <= days) {
            deadlines << makeDeadline(
                agreement, id::DeadlineExpiry, end, severityFor(daysLeft),
                u"La convention "_s + quotedTitle(agreement) + u" prend fin le "_s + french::date(end) +
                    u" ("_s + whenText(daysLeft) +
                    u") sans reconduction tacite : la renouveler ou préparer la suite"_s,
                clauseReference(agreement, {u"durée"_s}, QString()));
        }
    }

    if (const std::optional<QDate> due = nextReviewDue(agreement)) {
        const std::optional<ReviewHeld> held = lastReviewHeld(agreement);
        // The handled review the next one is counted from stays listed on demand, with its mark, so that a
        // list can show it and take the mark back; an older one has been replaced, as last year's last day
        // to denounce is by this year's.
        if (options.includeHandled && held && held->mark && held->mark->due != *due) {
            if (const auto handled =
                    reviewDeadline(agreement, held->mark->due, lastReviewHeld(agreement, held->date), true,
                                   today, days, settings))
                deadlines << *handled;
        }
        if (const auto next = reviewDeadline(agreement, *due, held, false, today, days, settings))
            deadlines << *next;
    }
    return applyHandledMarks(agreement, deadlines, options);
}

QList<Deadline> upcomingDeadlines(const QList<Agreement>& agreements, const QDate& today, int days,
                                  const RuleSettings& settings, const DeadlineOptions& options) {
    QList<Deadline> deadlines;
    for (const Agreement& agreement : agreements)
        deadlines << agreementDeadlines(agreement, today, days, settings, options);
    std::stable_sort(deadlines.begin(), deadlines.end(), [](const Deadline& left, const Deadline& right) {
        if (left.date != right.date)
            return left.date < right.date;
        if (left.rule != right.rule)
            return left.rule < right.rule;
        return left.agreementId < right.agreementId;
    });
    return deadlines;
}

QList<Deadline> upcomingDeadlines(const Dataset& dataset, const QDate& today, int days,
                                  const RuleSettings& settings, const DeadlineOptions& options) {
    return upcomingDeadlines(dataset.agreements, today, days, settings, options);
}

Finding toFinding(const Deadline& deadline) {
    // The field is the agreement key the date comes from, so the UI can point at it.
    const QString field = deadline.rule == id::DeadlineDenounce ? u"noticeMonths"_s
                          : deadline.rule == id::DeadlineExpiry ? u"end"_s
                                                                : u"reviews"_s;
    return Finding{deadline.rule, deadline.severity, u"agreement"_s,     deadline.agreementId,
                   field,         deadline.message,  deadline.reference, deadline.date};
}

}  // namespace passerelle::rules
