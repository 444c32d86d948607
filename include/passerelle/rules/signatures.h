#pragma once

// Who must sign an agreement or a measure's document, who has not yet, and what that means for the
// agreement's status (issue 5). Pure functions: the UI, the CLI and the document archive ask here instead of
// counting signatures themselves. A signature counts only when it has a date; how it was given (paper or
// digital) does not matter here.

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/enums.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/student.h"

#include <QList>
#include <QStringList>

namespace passerelle::rules {

// The organisation ids of the agreement's parties that have no dated signature, in the parties' order, each
// once. A party without an organisation cannot sign and is not listed (AGREEMENT-PARTIES reports it).
QStringList missingSignatories(const Agreement& agreement);

// The agreement's status once its signatures are taken into account:
// - draft or awaiting signature, with at least one party and every party signed: signed;
// - draft with some party signed: awaiting signature;
// - anything else stays as it is: a terminated agreement stays terminated, a signed one is not taken back to
//   a draft because a signature was removed (that is the user's decision, not a consequence).
AgreementStatus statusAfterSignatures(const Agreement& agreement);

// The roles whose signature blocks the measure's own document carries, i.e. the signatures MEASURE-SIGNATURES
// asks for (the same computation as requiredSignatureRoles in measure_facts.h, so the two never disagree):
// - responsibility: seed 004's « document précisant les modalités » (resources/templates/measure.html) signed
//   by « le chef d'établissement, le responsable de la structure accueillante, l'élève ou son représentant
//   légal s'il est mineur » (convention type, art. 2): head-of-school, host-manager, and legal-representative
//   for a minor or student for an adult;
// - exclusion alternative: seed 001's contrat d'engagement (commitment.html), « signé par le chef
//   d'établissement, le Service Jeunesse, l'élève et son représentant légal » (art. 3): head-of-school,
//   youth-service, student and legal-representative, the last one not for a student known to be adult;
// - follow-up: none. Its document is the host's report form (host_report.html), which the host fills in and
//   signs on paper; no seed has a follow-up document signed by the school, the student or the family.
// Without `student` (or its birth date) the age is unknown and counts as minor, as in MEASURE-SIGNATURES.
// Minority is judged on the measure's first day.
QList<SignatureRole> requiredSignatures(const Measure& measure, const Student* student = nullptr);
// The required roles without a dated signature, in the enumeration's order.
QList<SignatureRole> missingSignatures(const Measure& measure, const Student* student = nullptr);
// No required signature is missing (true for a follow-up, which needs none).
bool isFullySigned(const Measure& measure, const Student* student = nullptr);

// The measure's status once its signatures are taken into account: a planned measure whose document needs
// signatures and has them all is signed; anything else stays as it is (a follow-up needs no signature and is
// never "signed" by this; a measure under way or ended keeps its status; a signed one is not taken back to
// planned because a signature was removed, as for agreements).
MeasureStatus statusAfterSignatures(const Measure& measure, const Student* student = nullptr);

}  // namespace passerelle::rules
