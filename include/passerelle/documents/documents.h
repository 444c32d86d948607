#pragma once

// Every document Passerelle prints. prepare*() fills the document's template (for a print preview);
// render*() also lays it out into a PDF with its SHA-256. Templates: resources/templates, docs/documents.md.

#include "passerelle/documents/document_context.h"
#include "passerelle/documents/pdf_output.h"
#include "passerelle/domain/result.h"

namespace passerelle::documents {

// a) The agreement, following its seed: title, parties, preamble, its own clauses, « Fait à », signatures.
Result<PreparedDocument> prepareAgreementDocument(const AgreementContext& context);
// b) « Document précisant les modalités de réalisation d'une mesure de responsabilisation » (seed 004).
Result<PreparedDocument> prepareMeasureDocument(const MeasureContext& context);
// c) The exclusion alternative's contrat d'engagement (seed 001) and the livret d'accueil page.
Result<PreparedDocument> prepareCommitmentContract(const MeasureContext& context);
Result<PreparedDocument> prepareWelcomeBooklet(const MeasureContext& context);
// d) The host's compte rendu form, and the feuille d'émargement of a group session.
Result<PreparedDocument> prepareHostReportForm(const MeasureContext& context);
Result<PreparedDocument> prepareAttendanceSheet(const GroupSessionContext& context);
// e) Letters with dates computed by the rules module.
Result<PreparedDocument> prepareFormalNotice(const FormalNoticeContext& context);
Result<PreparedDocument> prepareTerminationNotice(const TerminationNoticeContext& context);
// f) The council's deliberation approving the agreement (seed 002): exposé des motifs, « LE CONSEIL ...
// DÉLIBÈRE ... ARTICLE UNIQUE », the prefecture's dates. Made from approvingDeliberation(); an error for
// an agreement without a deliberation.
Result<PreparedDocument> prepareDeliberationDocument(const AgreementContext& context);
// g) « Annexe – Les ressources locales » (seed 003): the table of Agreement::resources, its header repeated
// on every page; an error for an agreement without resources.
Result<PreparedDocument> prepareAnnexDocument(const AgreementContext& context);

// The deliberation the deliberation document prints: the agreement's first whose body names a « conseil
// municipal », else its first; nullptr when it has none.
const Deliberation* approvingDeliberation(const Agreement& agreement);

Result<RenderedDocument> renderAgreementDocument(const AgreementContext& context,
                                                 const RenderOptions& options = {});
Result<RenderedDocument> renderMeasureDocument(const MeasureContext& context,
                                               const RenderOptions& options = {});
Result<RenderedDocument> renderCommitmentContract(const MeasureContext& context,
                                                  const RenderOptions& options = {});
Result<RenderedDocument> renderWelcomeBooklet(const MeasureContext& context,
                                              const RenderOptions& options = {});
Result<RenderedDocument> renderHostReportForm(const MeasureContext& context,
                                              const RenderOptions& options = {});
Result<RenderedDocument> renderAttendanceSheet(const GroupSessionContext& context,
                                               const RenderOptions& options = {});
Result<RenderedDocument> renderFormalNotice(const FormalNoticeContext& context,
                                            const RenderOptions& options = {});
Result<RenderedDocument> renderTerminationNotice(const TerminationNoticeContext& context,
                                                 const RenderOptions& options = {});
Result<RenderedDocument> renderDeliberationDocument(const AgreementContext& context,
                                                    const RenderOptions& options = {});
Result<RenderedDocument> renderAnnexDocument(const AgreementContext& context,
                                             const RenderOptions& options = {});

}  // namespace passerelle::documents
