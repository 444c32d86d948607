#pragma once

// The agreements' coming deadlines (DEADLINE-DENOUNCE, DEADLINE-EXPIRY, DEADLINE-REVIEW): for
// `passerelle-cli deadlines`, the dashboard, and checkAgreement.

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/dataset.h"
#include "passerelle/rules/finding.h"
#include "passerelle/rules/settings.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle::rules {

struct Deadline {
    QDate date;    // the day that matters (last day to denounce, expiry, review due)
    QString rule;  // id::DeadlineDenounce, id::DeadlineExpiry or id::DeadlineReview
    QString agreementId;
    QString title;                       // the agreement's title
    QString message;                     // French, with the dates and the days left
    QString reference;                   // the agreement's clause, or the convention type
    Severity severity = Severity::Info;  // warning within settings.deadlineWarningDays, or when overdue
    // The agreement's mark when the deadline was handled (only listed with DeadlineOptions::includeHandled);
    // a handled deadline asks for nothing more, so its severity is then Info.
    std::optional<HandledDeadline> handled;

    int daysFrom(const QDate& today) const { return int(today.daysTo(date)); }
    friend bool operator==(const Deadline&, const Deadline&) = default;
};

struct DeadlineOptions {
    // Also list the deadlines the agreement marks handled (Agreement::handledDeadlines, matched by rule and
    // date), with Deadline::handled set: a list shows them on demand. Left out by default, as on the
    // dashboard and in checkAgreement's findings.
    bool includeHandled = false;
};

// The rules whose deadlines can be marked handled: DEADLINE-DENOUNCE, DEADLINE-EXPIRY, DEADLINE-REVIEW (the
// values of HandledDeadline::rule the exchange format accepts).
QStringList deadlineRuleIds();

// Which stored agreements can have a deadline at all, so that a reader reads only those (issue 14:
// storage/deadline_reads.h filters on it in SQL; the rules alone say which they are).
struct DeadlineCriteria {
    QList<AgreementStatus> statuses;  // an agreement in another status has no deadline
};
DeadlineCriteria deadlineCriteria();

// The deadlines of one agreement that fall from today to today + days inclusive, plus overdue reviews (a
// review stays due until it is held). Only signed agreements have deadlines; terminated ones have none.
// Whether the agreement has a deadline, and its date, rule and severity, come from its own fields, its
// reviews' dates and its handledDeadlines alone: its clauses only word the reference (clauseReference) and
// its other lists (parties, signatures, amendments ...) are not read. A reader may therefore find the
// agreements with deadlines without their clauses, then read the clauses of those few (issue 14:
// storage::storedDeadlines).
QList<Deadline> agreementDeadlines(const Agreement& agreement, const QDate& today, int days,
                                   const RuleSettings& settings = {}, const DeadlineOptions& options = {});

// The deadlines of all the agreements, soonest first (then by rule, then by agreement id).
QList<Deadline> upcomingDeadlines(const QList<Agreement>& agreements, const QDate& today, int days,
                                  const RuleSettings& settings = {}, const DeadlineOptions& options = {});
QList<Deadline> upcomingDeadlines(const Dataset& dataset, const QDate& today, int days,
                                  const RuleSettings& settings = {}, const DeadlineOptions& options = {});

// A deadline as a finding on its agreement (entity "agreement", the date kept).
Finding toFinding(const Deadline& deadline);

}  // namespace passerelle::rules
