#pragma once

// Fields an agreement's clause text may name, filled in when the document is made from the agreement's
// record (so that correcting a party's name corrects every article): « la {ville} » prints « la Ville de
// Rouen ». The editor shows the text as typed; docs/documents.md lists the fields.
//
// From the parties (the first party whose organisation is of that kind):
//   {ville}          the Town party's name                      « Ville de Rouen »
//   {commune}        the place the Town party's address names   « Rouen » (townFromAddress)
//   {établissement}  the School party's name                    « Collège Henri Matisse »
//   {association}    the first Association party's name         « ALCEJ »
//   {structure}      the first Host party's name                « Restaurant d'application »
// From the agreement:
//   {fin}            its last day (Agreement::effectiveEnd)     « 16 juin 2023 »
//   {jour de fin}    the same with the weekday                  « vendredi 16 juin 2023 »
//   {effectif}       its group size                             « 7 à 9 »
//   {durée}          its duration                               « trois ans »
//   {préavis}        its notice for a denunciation              « six mois »
// A field whose party or value is missing prints a blank to fill in by hand (« ………… ans » for a duration);
// any other « {x} » stays as typed.

#include "passerelle/documents/document_context.h"

#include <QString>
#include <QStringList>

namespace passerelle::documents {

QString fillClauseFields(const QString& text, const AgreementContext& context);

// The field names fillClauseFields() knows, in the order above (for the editor's help and the docs).
QStringList clauseFieldNames();

}  // namespace passerelle::documents
