#pragma once

// Fields an agreement's clause text may name, filled in when the document is made from the agreement's
// parties (so that correcting a party's name corrects every article): « {ville} » prints « Ville de Rouen ».
// The editor shows the text as typed; docs/documents.md lists the fields.

#include "passerelle/documents/document_context.h"

#include <QString>

namespace passerelle::documents {

QString fillClauseFields(const QString& text, const AgreementContext& context);

}  // namespace passerelle::documents
