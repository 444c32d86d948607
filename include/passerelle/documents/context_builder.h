#pragma once

// Resolves a record's references into the context its documents print, from records already in memory (a
// Dataset loaded by storage, or an exchange file): the CLI and the UI share this so they print the same
// thing.

#include "passerelle/documents/document_context.h"
#include "passerelle/documents/pdf_output.h"
#include "passerelle/domain/dataset.h"
#include "passerelle/domain/result.h"

namespace passerelle::documents {

// The town an organisation's address names, for « Fait à ... » (issue 12: the school's town): what follows
// a 5-digit French postcode (« 12 rue des Écoles, 76000 Rouen » → « Rouen »), as written but without a
// « CEDEX n » (a postal routing mark, not a place); with no postcode, the last comma-separated part; empty
// when the address is empty.
QString townFromAddress(const QString& address);

// The letterhead of the documents a school makes (issue 12): its name, its address in lines (cut at line
// breaks, and at a comma before a 5-digit postcode: « 12 rue des Écoles, 76000 Rouen » gives two lines), its
// phone and e-mail, and the logo the preferences hold (null for none). Nothing for an organisation without a
// name (a reference that did not resolve).
std::optional<Letterhead> letterheadOf(const Organisation& school, const QImage& logo = {});

class ContextBuilder {
public:
    explicit ContextBuilder(const Dataset& dataset);  // the dataset must outlive the builder

    Result<AgreementContext> agreement(const QString& agreementId) const;
    Result<MeasureContext> measure(const QString& measureId) const;
    // The session of the group the sheet is for: the first one held on or after `from`, else the last one.
    Result<GroupSessionContext> groupSession(const QString& groupId, const QDate& from) const;

private:
    PartyDetails partyDetails(const Party& party) const;
    // The person signing for an organisation under an agreement (its party's representative).
    Person representativeOf(const Agreement* agreement, const QString& organisationId) const;

    const Dataset& m_dataset;
    DatasetIndex m_index;
};

}  // namespace passerelle::documents
