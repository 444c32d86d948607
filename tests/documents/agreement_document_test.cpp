// a) The agreement of each kind, following its seed's structure.
#include "document_fixtures.h"
#include "passerelle/documents/documents.h"
#include "pdf_tools.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace passerelle;
using namespace passerelle::documents;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

TEST(AgreementDocument, EveryKindHasPartiesClausesAndOneSignatureBlockPerParty) {
    for (const QString& name : allKeys<AgreementKind>()) {
        const AgreementContext context = agreementOf(*parseKey<AgreementKind>(name));
        const auto rendered = renderAgreementDocument(context);
        ASSERT_TRUE(rendered.ok()) << name.toStdString() << ": " << rendered.error().message.toStdString();
        keepForInspection(u"agreement-"_s + name, rendered->pdf);
        const QString text = pdfText(rendered->pdf);
        SCOPED_TRACE(name.toStdString());
        EXPECT_CONTAINS(text, u"Entre les soussignés :"_s);
        EXPECT_CONTAINS(text, u"d'une part,"_s);
        EXPECT_CONTAINS(text, u"d'autre part,"_s);
        EXPECT_CONTAINS(text, u"Il est convenu ce qui suit :"_s);
        EXPECT_CONTAINS(text, u"Préambule"_s);
        for (const Clause& clause : context.agreement.clauses) {
            const QString label = clause.number == 1 ? u"Article 1er"_s : u"Article %1"_s.arg(clause.number);
            EXPECT_CONTAINS(text, label + u" – "_s + clause.title);
        }
        EXPECT_CONTAINS(text, u"Fait à Choisy-le-Roi, le 15 septembre 2026, en "_s);
        // The participle agrees with the organisation, as in the seeds; « Pour » takes its article.
        const QHash<QString, std::pair<QString, QString>> grammar{
            {u"Commune de Choisy-le-Roi"_s, {u"La Commune de Choisy-le-Roi"_s, u"représentée"_s}},
            {u"Collège Henri Matisse"_s, {u"Le Collège Henri Matisse"_s, u"représenté"_s}},
            {u"ALCEJ"_s, {u"L'ALCEJ"_s, u"représentée"_s}},  // an association
        };
        for (const PartyDetails& party : context.parties) {
            const auto [name, represented] = grammar.value(party.organisation.name);
            ASSERT_FALSE(name.isEmpty()) << party.organisation.name.toStdString();
            EXPECT_CONTAINS(text, name + u", "_s + party.organisation.address + u", "_s + represented +
                                      u" par "_s + party.representative.fullName() +
                                      u", en sa qualité de "_s + party.representative.role);
            const QString blocks = text.mid(text.indexOf(u"Fait à"_s));
            EXPECT_WORDS_IN_ORDER(blocks, u"Pour "_s + name.left(1).toLower() + name.mid(1) + u' ' +
                                              party.representative.fullName() + u' ' +
                                              party.representative.role);
        }
    }
}

TEST(AgreementDocument, WorkshopOfSeed000HasThreePartiesTheDeliberationAndThreeCopies) {
    const QString text =
        pdfText(renderAgreementDocument(agreementOf(AgreementKind::RemobilisationWorkshop))->pdf);
    EXPECT_CONTAINS(text,
                    u"Convention de partenariat entre le collège Henri Matisse, l'ALCEJ et la commune de "
                    u"Choisy-le-Roi"_s);
    EXPECT_CONTAINS(text,
                    u"La Commune de Choisy-le-Roi, Place Gabriel Péri, 94600 Choisy-le-Roi, représentée par "
                    u"Tonino Panetta, en sa qualité de Maire de la ville de Choisy-le-Roi,"_s);
    EXPECT_CONTAINS(text, u"Ci-après dénommée « la Ville », d'une part, Et : Le Collège Henri Matisse"_s);
    EXPECT_CONTAINS(text, u"Et : L'ALCEJ"_s);
    EXPECT_CONTAINS(text, u"Vu la délibération du Conseil municipal n° 2023-14 du 22 mars 2023"_s);
    EXPECT_CONTAINS(text, u"en trois exemplaires."_s);
    EXPECT_CONTAINS(text, u"a minima 48 h avant l'intervention"_s);
}

TEST(AgreementDocument, PrintsTheAgreementsOwnClausesNotTheTemplate) {
    AgreementContext context = agreementOf(AgreementKind::ResponsibilityMeasures);
    context.agreement.clauses[8].text = u"La présente convention est signée pour une durée de cinq ans."_s;
    context.agreement.clauses << Clause{10, u"Clause ajoutée « Cœur »"_s,
                                        u"- premier point\n- second point"_s};
    context.agreement.amendments << Amendment{1, QDate(2027, 1, 5),
                                              u"Le jardin devient un lieu d'accueil."_s};
    const QString text = pdfText(renderAgreementDocument(context)->pdf);
    EXPECT_CONTAINS(text, u"pour une durée de cinq ans."_s);
    EXPECT_FALSE(text.contains(u"pour une durée de trois ans"_s));
    EXPECT_CONTAINS(text, u"Article 10 – Clause ajoutée « Cœur » – premier point – second point"_s);
    EXPECT_CONTAINS(text, u"Avenant n° 1 du 5 janvier 2027 Le jardin devient un lieu d'accueil."_s);
    EXPECT_CONTAINS(text, u"en deux exemplaires."_s);
}

TEST(AgreementDocument, RefusesAnAgreementWithASingleParty) {
    AgreementContext context = agreementOf(AgreementKind::Generic);
    context.parties.removeLast();
    const auto rendered = renderAgreementDocument(context);
    ASSERT_FALSE(rendered.ok());
    EXPECT_EQ(rendered.error().field, u"parties"_s);
}

// Seed 001's wording: the deputy mayor signs under a delegation, « Ci-après dénommée « la Ville » », « P. le
// Maire de Rouen »; the civility gives « Madame », the participle agrees with the organisation.
TEST(AgreementDocument, CivilityDelegationDesignationAndSignatureMentionAsInSeed001) {
    AgreementContext context = agreementOf(AgreementKind::ExclusionAlternative);
    PartyDetails& town = context.parties[0];
    town.organisation.name = u"Ville de Rouen"_s;
    town.organisation.address = u"2 place du Général de Gaulle, 76000 Rouen"_s;
    town.representative.civility = u"Mme"_s;
    town.representative.firstName = u"Elizabeth"_s;
    town.representative.lastName = u"Labaye"_s;
    town.representative.role = u"Adjointe au Maire chargée des Écoles"_s;
    town.delegation =
        u"agissant au nom et pour le compte de ladite Ville en exécution de la délibération du Conseil "
        u"Municipal en date du 30 avril 2026, et en vertu de l'arrêté de Monsieur le Maire en date du 2 avril 2026"_s;
    town.designation = u"la Ville"_s;
    town.signatureMention = u"P. le Maire de Rouen"_s;
    PartyDetails& school = context.parties[1];
    school.representative.civility = u"Mme"_s;
    school.designation = u"L'établissement scolaire"_s;

    const QString text = pdfText(renderAgreementDocument(context)->pdf);
    EXPECT_CONTAINS(
        text,
        u"La Ville de Rouen, 2 place du Général de Gaulle, 76000 Rouen, représentée par Madame "
        u"Elizabeth Labaye, en sa qualité d'Adjointe au Maire chargée des Écoles, agissant au nom "
        u"et pour le compte de ladite Ville en exécution de la délibération du Conseil Municipal "
        u"en date du 30 avril 2026, et en vertu de l'arrêté de Monsieur le Maire en date du 2 "
        u"avril 2026, Ci-après dénommée « la Ville »,"_s);
    EXPECT_CONTAINS(text,
                    u"Le Collège Henri Matisse, 14 rue Armand Noblet, 94600 Choisy-le-Roi, représenté par "
                    u"Madame Cécile Ancher, en sa qualité de Principale du collège, Ci-après dénommé « "
                    u"L'établissement scolaire »"_s);
    const QString blocks = text.mid(text.indexOf(u"Fait à"_s));
    EXPECT_WORDS_IN_ORDER(blocks, u"P. le Maire de Rouen Pour le Collège Henri Matisse"_s);
    EXPECT_FALSE(text.contains(u"représenté(e)"_s));
    EXPECT_FALSE(text.contains(u"Pour Ville"_s));
}

// Seed 004's « La structure d'accueil (nom, raison sociale et adresse) »: the host's « raison sociale » in
// brackets after its name; nothing when it has none or when it only repeats the name.
TEST(AgreementDocument, TheHostsLegalNameFollowsItsName) {
    AgreementContext context = agreementOf(AgreementKind::RemobilisationWorkshop);
    const auto host = std::find_if(context.parties.begin(), context.parties.end(),
                                   [](const PartyDetails& p) { return p.organisation.name == u"ALCEJ"_s; });
    ASSERT_NE(host, context.parties.end());
    ASSERT_TRUE(host->organisation.legalName.isEmpty());
    const QString without = pdfText(renderAgreementDocument(context)->pdf);
    EXPECT_CONTAINS(without, u"L'ALCEJ, 2 avenue des Chalets, 94600 Choisy-le-Roi, représentée par"_s);
    EXPECT_FALSE(without.contains(u"("_s + u"Association"_s)) << without.toStdString();

    host->organisation.legalName = u"Association Loisirs Culture Enfance Jeunesse"_s;
    const auto rendered = renderAgreementDocument(context);
    ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    keepForInspection(u"agreement-legal-name"_s, rendered->pdf);
    const QString text = pdfText(rendered->pdf);
    EXPECT_CONTAINS(text,
                    u"L'ALCEJ (Association Loisirs Culture Enfance Jeunesse), 2 avenue des Chalets, 94600 "
                    u"Choisy-le-Roi, représentée par Nicolas Dequatremare"_s);
    // Only in the parties' paragraph: the signature block keeps the usual name.
    EXPECT_EQ(text.count(u"Association Loisirs Culture Enfance Jeunesse"_s), 1) << text.toStdString();
    EXPECT_WORDS_IN_ORDER(text.mid(text.indexOf(u"Fait à"_s)), u"Pour l'ALCEJ Nicolas Dequatremare"_s);

    // A legal name that repeats the name (spaces and case aside) is not printed twice...
    host->organisation.legalName = u"  alcej "_s;
    const QString repeated = pdfText(renderAgreementDocument(context)->pdf);
    EXPECT_CONTAINS(repeated, u"L'ALCEJ, 2 avenue des Chalets"_s);
    EXPECT_FALSE(repeated.contains(u"(alcej)"_s, Qt::CaseInsensitive));
    // Nor one the name holds already.
    host->organisation.name = u"Association Loisirs Culture Enfance Jeunesse (ALCEJ)"_s;
    host->organisation.legalName = u"Association Loisirs Culture Enfance Jeunesse"_s;
    const QString held = pdfText(renderAgreementDocument(context)->pdf);
    EXPECT_CONTAINS(held, u"L'Association Loisirs Culture Enfance Jeunesse (ALCEJ), 2 avenue des Chalets"_s);
    EXPECT_FALSE(held.contains(u"(Association Loisirs Culture Enfance Jeunesse)"_s)) << held.toStdString();
}

TEST(FormalNotice, AddressesTheRepresentativeByCivilityAndQuality) {
    LetterContext letter = letterAboutWorkshop();
    letter.recipients = {letter.recipients.front()};  // the town alone
    letter.recipients.front().representative.civility = u"M."_s;
    const auto rendered = renderFormalNotice({letter, u"Absences répétées."_s, QDate(2026, 12, 31)});
    ASSERT_TRUE(rendered.ok());
    const QString text = pdfText(rendered->pdf);
    EXPECT_CONTAINS(text, u"À l'attention de Monsieur Tonino Panetta"_s);
    EXPECT_CONTAINS(text, u"Monsieur le Maire,"_s);
    EXPECT_CONTAINS(text, u"Nous vous prions d'agréer, Monsieur le Maire, l'expression"_s);
}
