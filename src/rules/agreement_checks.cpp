// AGREEMENT-PARTIES and AGREEMENT-DATES, the dates and presence of its signatures (SIGNATURE-DATE,
// AGREEMENT-SIGNATURES), then the agreement's deadlines within the settings' horizon.
#include "passerelle/rules/checks.h"

#include "clause_reference.h"
#include "french_text.h"
#include "passerelle/rules/deadlines.h"
#include "passerelle/rules/references.h"
#include "passerelle/rules/rule_ids.h"
#include "passerelle/rules/signatures.h"

namespace passerelle::rules {

using namespace Qt::Literals::StringLiterals;

namespace {

void add(Findings& findings, const Agreement& agreement, const QString& rule, const QString& field,
         const QString& message, const QString& reference) {
    findings.append(
        Finding{rule, Severity::Error, u"agreement"_s, agreement.id, field, message, reference, {}});
}

void checkParties(const Agreement& agreement, Findings& findings) {
    if (agreement.parties.size() < 2) {
        add(findings, agreement, id::AgreementParties, u"parties"_s,
            u"La convention compte "_s + QString::number(agreement.parties.size()) +
                u" partie : il en faut au moins deux (un contrat est un accord entre deux personnes ou plus)"_s,
            reference::CodeCivilArt1101);
    }
    for (qsizetype index = 0; index < agreement.parties.size(); ++index) {
        const Party& party = agreement.parties[index];
        if (!french::isBlank(party.representativeId))
            continue;
        add(findings, agreement, id::AgreementParties, u"parties"_s,
            u"Partie n° "_s + QString::number(index + 1) + u" (« "_s + party.organisationId +
                u" ») sans représentant : indiquer la personne qui signe pour elle, et en quelle qualité"_s,
            reference::CodeCivilArt1101 +
                u" ; convention type, préambule (« représenté par ... en qualité de »)"_s);
    }
}

void checkDates(const Agreement& agreement, Findings& findings) {
    const QString reference = clauseReference(agreement, {u"durée"_s}, reference::ModelAgreementArt9);
    const QDate start = agreement.start.isValid() ? agreement.start : agreement.signedOn;
    if (agreement.end.isValid() && start.isValid() && agreement.end < start) {
        add(findings, agreement, id::AgreementDates, u"end"_s,
            u"La convention finit le "_s + french::date(agreement.end) + u", avant son début le "_s +
                french::date(start),
            reference);
    }
    if (agreement.durationYears && *agreement.durationYears <= 0) {
        add(findings, agreement, id::AgreementDates, u"durationYears"_s,
            u"Durée de "_s + QString::number(*agreement.durationYears) +
                u" an(s) : elle doit être d'au moins un an"_s,
            reference);
    } else if (!agreement.end.isValid() && !agreement.durationYears) {
        add(findings, agreement, id::AgreementDates, u"end"_s,
            u"La convention n'a ni date de fin ni durée : indiquer l'une ou l'autre"_s, reference);
    }
}

// A signature records consent given on its day (Code civil, art. 1367): a day that has not come yet is a
// typing slip, and the agreement would look signed before anyone signed it.
void checkSignatureDates(const Agreement& agreement, const QDate& today, Findings& findings) {
    if (!today.isValid())
        return;
    const QString reference = reference::DatesPlausibility + u" ; "_s + reference::CodeCivilArt1367;
    const QString afterToday = u", après aujourd'hui ("_s + french::date(today) + u")"_s;
    if (agreement.signedOn.isValid() && agreement.signedOn > today) {
        add(findings, agreement, id::SignatureDate, u"signedOn"_s,
            u"Convention signée le "_s + french::date(agreement.signedOn) + afterToday, reference);
    }
    for (const PartySignature& signature : agreement.signatures) {
        if (!signature.signedOn.isValid() || signature.signedOn <= today)
            continue;
        add(findings, agreement, id::SignatureDate, u"signatures."_s + signature.organisationId,
            u"Signature de la partie « "_s + signature.organisationId + u" » datée du "_s +
                french::date(signature.signedOn) + afterToday,
            reference);
    }
}

// "Signed" is what lets measures rely on the agreement (MEASURE-AGREEMENT); it must mean every party signed.
void checkSignedByEveryParty(const Agreement& agreement, Findings& findings) {
    if (agreement.status != AgreementStatus::Signed)
        return;
    const QStringList missing = missingSignatories(agreement);
    if (missing.isEmpty())
        return;
    QStringList names;
    for (const QString& organisationId : missing)
        names << u"« "_s + organisationId + u" »"_s;
    add(findings, agreement, id::AgreementSignatures, u"signatures"_s,
        u"Convention au statut « signée » sans la signature datée "_s +
            (missing.size() > 1 ? u"des parties "_s : u"de la partie "_s) + french::list(names) +
            u" : dater chaque signature, ou revenir au statut « en attente de signature »"_s,
        reference::CodeCivilArt1367);
}

}  // namespace

Findings checkAgreement(const Agreement& agreement, const QDate& today, const RuleSettings& settings) {
    Findings findings;
    checkParties(agreement, findings);
    checkDates(agreement, findings);
    checkSignatureDates(agreement, today, findings);
    checkSignedByEveryParty(agreement, findings);
    for (const Deadline& deadline :
         agreementDeadlines(agreement, today, settings.deadlineHorizonDays, settings)) {
        findings << toFinding(deadline);
    }
    return findings;
}

}  // namespace passerelle::rules
