// Who signs what: the agreement's parties, and the measure document's signature blocks through RoleSet, which
// MEASURE-SIGNATURES uses too.
#include "passerelle/rules/signatures.h"

#include "role_set.h"

namespace passerelle::rules {

namespace {

bool hasDatedSignature(const Agreement& agreement, const QString& organisationId) {
    for (const PartySignature& signature : agreement.signatures) {
        if (signature.organisationId == organisationId && signature.signedOn.isValid())
            return true;
    }
    return false;
}

// The measure's first day decides minority; requiredRoles falls back on its `today` argument only when the
// measure has no start, and an invalid date there leaves the age unknown (counted as minor).
RoleSet missingFor(const Measure& measure, const Student* student) {
    return missingRoles(measure, student, QDate());
}

}  // namespace

QStringList missingSignatories(const Agreement& agreement) {
    QStringList missing;
    for (const Party& party : agreement.parties) {
        if (party.organisationId.isEmpty() || missing.contains(party.organisationId))
            continue;
        if (!hasDatedSignature(agreement, party.organisationId))
            missing << party.organisationId;
    }
    return missing;
}

AgreementStatus statusAfterSignatures(const Agreement& agreement) {
    const AgreementStatus status = agreement.status;
    if (status != AgreementStatus::Draft && status != AgreementStatus::AwaitingSignature)
        return status;
    qsizetype signedParties = 0;
    qsizetype signatories = 0;
    QStringList seen;
    for (const Party& party : agreement.parties) {
        if (party.organisationId.isEmpty() || seen.contains(party.organisationId))
            continue;
        seen << party.organisationId;
        ++signatories;
        if (hasDatedSignature(agreement, party.organisationId))
            ++signedParties;
    }
    if (signatories > 0 && signedParties == signatories)
        return AgreementStatus::Signed;
    if (status == AgreementStatus::Draft && signedParties > 0)
        return AgreementStatus::AwaitingSignature;
    return status;
}

QList<SignatureRole> requiredSignatures(const Measure& measure, const Student* student) {
    return requiredRoles(measure, student, QDate()).toList();
}

QList<SignatureRole> missingSignatures(const Measure& measure, const Student* student) {
    return missingFor(measure, student).toList();
}

bool isFullySigned(const Measure& measure, const Student* student) {
    return missingFor(measure, student).isEmpty();
}

MeasureStatus statusAfterSignatures(const Measure& measure, const Student* student) {
    const bool signedByAll =
        !requiredSignatures(measure, student).isEmpty() && isFullySigned(measure, student);
    return measure.status == MeasureStatus::Planned && signedByAll ? MeasureStatus::Signed : measure.status;
}

}  // namespace passerelle::rules
