#pragma once

// Records modelled on the seeds (Collège Henri Matisse in Choisy-le-Roi, the ALCEJ, the town's youth
// service), with accented names on purpose: Hélène, Lætitia, « Cœur ».

#include "passerelle/documents/document_context.h"

namespace passerelle::test {

Organisation matisseCollege();
Person headOfSchool();  // Cécile Ancher, Principale du collège
Student helene();       // Hélène Dupré-Lefèvre, a minor, with her legal representative
documents::MeasureContext responsibilityMeasure();
documents::MeasureContext exclusionAlternative();
documents::AgreementContext agreementOf(AgreementKind kind);  // three parties for the workshop, two otherwise
documents::GroupSessionContext workshopSession();
documents::LetterContext letterAboutWorkshop();

}  // namespace passerelle::test
