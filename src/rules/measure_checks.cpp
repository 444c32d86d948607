// checkMeasure: runs the measure rules in the order of the rules table.
#include "passerelle/rules/checks.h"

#include "measure_rules.h"
#include "passerelle/rules/references.h"

namespace passerelle::rules {

namespace detail {

void MeasureReport::add(const QString& rule, Severity severity, const QString& field, const QString& message,
                        const QString& reference) {
    using namespace Qt::Literals::StringLiterals;
    m_findings.append(Finding{rule, severity, u"measure"_s, m_measure.id, field, message, reference, {}});
}

QString measureDocumentReference(MeasureKind kind) {
    return kind == MeasureKind::ExclusionAlternative ? reference::ExclusionAlternativeContract
                                                     : reference::ModelAgreementArt2;
}

bool hostIsStudentSchool(const MeasureInput& input) {
    const QString& hostId = input.measure.hostId;
    if (hostId.isEmpty())
        return false;
    if (input.context.student)
        return hostId == input.context.student->schoolId;
    return input.context.school && hostId == input.context.school->id;
}

}  // namespace detail

MeasureContext contextFor(const Measure& measure, const DatasetIndex& index) {
    MeasureContext context;
    context.student = index.student(measure.studentId);
    context.school = context.student ? index.organisation(context.student->schoolId) : nullptr;
    context.host = index.organisation(measure.hostId);
    context.agreement = index.agreement(measure.agreementId);
    return context;
}

Findings checkMeasure(const Measure& measure, const MeasureContext& context, const QDate& today,
                      const RuleSettings& settings) {
    Q_UNUSED(
        settings)  // no measure rule depends on a setting yet; kept so callers need not change when one does
    using namespace detail;
    Findings findings;
    MeasureReport report(measure, findings);
    const MeasureInput input{measure, context, today, plannedMinutesPerDay(measure.slots)};

    if (measure.kind == MeasureKind::Responsibility) {
        checkTotalHours(input, report);
        checkConsent(input, report);
        checkDailyHours(input, report);
        checkWeeklyDays(input, report);
        checkTeachingHours(input, report);
        checkRequiredFields(input, report);
        checkInsurance(input, report);
    }
    checkDates(input, report);
    checkSlots(input, report);
    checkAgreementLink(input, report);
    checkMinorRepresentative(input, report);
    checkSignatures(input, report);
    checkExclusionDuration(input, report);
    checkExclusionConsent(input, report);
    if (measure.kind == MeasureKind::Responsibility)
        checkHostReport(input, report);
    checkIncidents(input, report);
    checkIncidentChronology(input, report);
    checkAttendanceDates(input, report);
    checkSignatureDates(input, report);
    checkHostReportDate(input, report);
    return findings;
}

}  // namespace passerelle::rules
