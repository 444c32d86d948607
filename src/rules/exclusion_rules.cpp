// The rules of alternatives to temporary exclusion (seed 001, Code de l'éducation art. R. 511-13) and the
// family's consent to a follow-up (seed 001, art. 2 and 4).
#include "clause_reference.h"
#include "french_text.h"
#include "measure_rules.h"
#include "passerelle/rules/limits.h"
#include "passerelle/rules/references.h"
#include "passerelle/rules/rule_ids.h"

namespace passerelle::rules::detail {

using namespace Qt::Literals::StringLiterals;

void checkExclusionDuration(const MeasureInput& input, MeasureReport& report) {
    const Measure& measure = input.measure;
    if (measure.kind != MeasureKind::ExclusionAlternative)
        return;
    const QString rangeText =
        u"une exclusion temporaire dure de "_s + QString::number(limits::kMinExclusionDays) + u" à "_s +
        QString::number(limits::kMaxExclusionDays) + u" jours (Code de l'éducation, art. R. 511-13)"_s;
    if (!measure.exclusionDays) {
        report.add(id::ExclusionDuration, Severity::Error, u"exclusionDays"_s,
                   u"Nombre de jours d'exclusion remplacés non renseigné : "_s + rangeText,
                   reference::CodeEducationR51113);
        return;
    }
    const int days = *measure.exclusionDays;
    if (days >= limits::kMinExclusionDays && days <= limits::kMaxExclusionDays)
        return;
    report.add(id::ExclusionDuration, Severity::Error, u"exclusionDays"_s,
               french::days(days) + u" d'exclusion : "_s + rangeText, reference::CodeEducationR51113);
}

void checkExclusionConsent(const MeasureInput& input, MeasureReport& report) {
    const Measure& measure = input.measure;
    if (measure.kind != MeasureKind::ExclusionAlternative && measure.kind != MeasureKind::FollowUp)
        return;
    const QString reference =
        input.context.agreement
            ? clauseReference(*input.context.agreement,
                              {u"accord préalable"_s, u"donnent leur accord"_s, u"recevoir son accord"_s},
                              reference::FamilyConsentToFollowUp)
            : reference::FamilyConsentToFollowUp;
    const Student* student = input.context.student;
    if (!student) {
        report.add(id::ExclusionConsent, Severity::Error, u"student"_s,
                   u"Élève introuvable : l'accord de la famille au suivi ne peut pas être vérifié"_s,
                   reference);
        return;
    }
    // Unknown age counts as minor: most students are, and the family's consent is the safe requirement.
    const bool minor = isMinorOn(*student, minorityReferenceDate(measure, input.today)).value_or(true);
    if (!minor || student->consents.followUp)
        return;
    report.add(id::ExclusionConsent, Severity::Error, u"student.consents.followUp"_s,
               u"La famille de l'élève "_s + student->fullName() +
                   u" (élève mineur) n'a pas donné son accord au suivi, préalable à toute prise en charge"_s,
               reference);
}

}  // namespace passerelle::rules::detail
