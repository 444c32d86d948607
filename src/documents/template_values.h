#pragma once

// The maps templates read: one function per domain value, so every template names fields the same way
// ({{school.name}}, {{student.lastName}}, {{hostTutor.role}} ...). Empty fields become blanks to fill in.

#include "passerelle/documents/document_context.h"

#include <QVariantList>
#include <QVariantMap>

namespace passerelle::documents {

QVariantMap organisationValues(const Organisation& organisation);
QVariantMap personValues(const Person& person);
QVariantMap studentValues(const Student& student, const QDate& on);
QVariantMap representativeValues(const LegalRepresentative& representative);
QVariantMap partyValues(const PartyDetails& party);
// Free text split into paragraphs; lines starting with "- " or "― " become indented items.
QVariantList paragraphs(const QString& text);
// The « Fait à ..., le ... » line's parts; hasPlace is false when no town is known (« Fait le ... »).
QVariantMap signingPlace(const QString& place, const QDate& date);

}  // namespace passerelle::documents
