#pragma once

// The rule identifiers. They are a contract (issue 3): outside test suites, the CLI's JSON output and the UI
// match on them, so they never change.

#include <QString>
#include <QStringList>

namespace passerelle::rules::id {

inline const QString RespTotalHours = QStringLiteral("RESP-TOTAL-HOURS");
inline const QString RespConsent = QStringLiteral("RESP-CONSENT");
inline const QString RespDailyHours = QStringLiteral("RESP-DAILY-HOURS");
inline const QString RespWeeklyDays = QStringLiteral("RESP-WEEKLY-DAYS");
inline const QString RespTeachingHours = QStringLiteral("RESP-TEACHING-HOURS");
inline const QString RespRequiredFields = QStringLiteral("RESP-REQUIRED-FIELDS");
inline const QString RespInsurance = QStringLiteral("RESP-INSURANCE");
inline const QString MeasureDates = QStringLiteral("MEASURE-DATES");
inline const QString MeasureSlots = QStringLiteral("MEASURE-SLOTS");
inline const QString MeasureAgreement = QStringLiteral("MEASURE-AGREEMENT");
inline const QString MinorRepresentative = QStringLiteral("MINOR-REPRESENTATIVE");
inline const QString MeasureSignatures = QStringLiteral("MEASURE-SIGNATURES");
inline const QString ExclusionDuration = QStringLiteral("EXCLUSION-DURATION");
inline const QString ExclusionConsent = QStringLiteral("EXCLUSION-CONSENT");
inline const QString AgreementParties = QStringLiteral("AGREEMENT-PARTIES");
inline const QString AgreementDates = QStringLiteral("AGREEMENT-DATES");
inline const QString GroupSize = QStringLiteral("GROUP-SIZE");
inline const QString PartnerNotice = QStringLiteral("PARTNER-NOTICE");
inline const QString ImageConsent = QStringLiteral("IMAGE-CONSENT");
inline const QString HostReportMissing = QStringLiteral("HOST-REPORT-MISSING");
inline const QString IncidentNotNotified = QStringLiteral("INCIDENT-NOT-NOTIFIED");
// Issue 11: dates that cannot be true (plausibility), each an error.
inline const QString IncidentChronology = QStringLiteral("INCIDENT-CHRONOLOGY");
inline const QString AttendanceDate = QStringLiteral("ATTENDANCE-DATE");
inline const QString SignatureDate = QStringLiteral("SIGNATURE-DATE");
inline const QString HostReportDate = QStringLiteral("HOST-REPORT-DATE");
inline const QString AgreementSignatures = QStringLiteral("AGREEMENT-SIGNATURES");
inline const QString DeadlineDenounce = QStringLiteral("DEADLINE-DENOUNCE");
inline const QString DeadlineExpiry = QStringLiteral("DEADLINE-EXPIRY");
inline const QString DeadlineReview = QStringLiteral("DEADLINE-REVIEW");

}  // namespace passerelle::rules::id

namespace passerelle::rules {

// Every rule id, in the order of issue 3's table with issue 11's plausibility rules before the deadlines (the
// order findings of one record come in).
QStringList allRuleIds();

// A short French title per rule ("Durée totale de la mesure"), for lists and the CLI; empty for an unknown
// id.
QString ruleTitle(const QString& ruleId);

}  // namespace passerelle::rules
