// a) The agreement of each kind, following its seed's structure.
#include "document_fixtures.h"
#include "passerelle/documents/documents.h"
#include "pdf_tools.h"

#include <gtest/gtest.h>

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
        for (const PartyDetails& party : context.parties) {
            EXPECT_CONTAINS(text, party.organisation.name + u", "_s + party.organisation.address +
                                      u", représenté(e) par "_s + party.representative.fullName() +
                                      u", en sa qualité de "_s + party.representative.role);
            const QString blocks = text.mid(text.indexOf(u"Fait à"_s));
            EXPECT_WORDS_IN_ORDER(blocks, u"Pour "_s + party.organisation.name + u' ' +
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
                    u"Commune de Choisy-le-Roi, Place Gabriel Péri, 94600 Choisy-le-Roi, représenté(e) par "
                    u"Tonino Panetta, en sa qualité de Maire de la ville de Choisy-le-Roi,"_s);
    EXPECT_CONTAINS(text, u"ci-après dénommé(e) « la Ville », d'une part, Et : Collège Henri Matisse"_s);
    EXPECT_CONTAINS(text, u"Et : ALCEJ"_s);
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
