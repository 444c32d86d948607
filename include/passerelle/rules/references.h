#pragma once

// The legal texts the rules cite, spelt once. Documents and the UI may show them too.

#include <QString>

namespace passerelle::rules::reference {

// Code de l'éducation, art. R. 511-13: 20 hours, outside teaching hours, consent, 8 days of exclusion.
inline const QString CodeEducationR51113 = QStringLiteral("Code de l'éducation, art. R. 511-13");
// The model agreement annexed to the arrêté of 30 November 2011 (seed 004), article by article.
inline const QString ModelAgreementArt2 =
    QStringLiteral("Arrêté du 30 novembre 2011, convention type annexée, art. 2");
inline const QString ModelAgreementArt4 =
    QStringLiteral("Arrêté du 30 novembre 2011, convention type annexée, art. 4");
inline const QString ModelAgreementArt5 =
    QStringLiteral("Arrêté du 30 novembre 2011, convention type annexée, art. 2 et 5");
inline const QString ModelAgreementArt6And7 =
    QStringLiteral("Arrêté du 30 novembre 2011, convention type annexée, art. 6 et 7");
inline const QString ModelAgreementArt9 =
    QStringLiteral("Arrêté du 30 novembre 2011, convention type annexée, art. 9");
// Majority at 18.
inline const QString CodeCivilArt414 = QStringLiteral("Code civil, art. 414");
// A contract is an agreement between two or more persons.
inline const QString CodeCivilArt1101 = QStringLiteral("Code civil, art. 1101");
// The signature "manifeste son consentement aux obligations qui découlent de cet acte".
inline const QString CodeCivilArt1367 = QStringLiteral("Code civil, art. 1367");
// The right to one's image.
inline const QString CodeCivilArt9 = QStringLiteral("Code civil, art. 9");
// Seed 001 (alternative to temporary exclusion): the commitment contract and the family's consent.
inline const QString ExclusionAlternativeContract =
    QStringLiteral("Convention alternative à l'exclusion, art. 3 (contrat d'engagement)");
inline const QString FamilyConsentToFollowUp =
    QStringLiteral("Convention de persévérance éducative, art. 2 et 4 (accord préalable de la famille)");

// Issue 11's plausibility rules: no text names them, but a date that cannot be true (a signature dated
// tomorrow, a report written before the measure began) makes what it dates unreliable. Each finding cites
// this, then the text whose dates it protects.
inline const QString DatesPlausibility = QStringLiteral("Cohérence des dates");
}  // namespace passerelle::rules::reference
