// The fields of a clause text (issue 12): « {ville} » and the like, filled in from the agreement's record
// when the document is made; a missing party prints a blank, an unknown name stays as typed.
#include "clause_fields.h"
#include "passerelle/documents/documents.h"

#include "document_fixtures.h"
#include "pdf_tools.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::documents;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kBlank = u"…………………………"_s;

PartyDetails party(OrganisationKind kind, const QString& name, const QString& address = {}) {
    PartyDetails details;
    details.organisation.kind = kind;
    details.organisation.name = name;
    details.organisation.address = address;
    return details;
}

AgreementContext rouen() {
    AgreementContext context;
    context.parties = {party(OrganisationKind::Town, u"Ville de Rouen"_s,
                             u"Place du Général de Gaulle, 76037 Rouen Cedex 1"_s),
                       party(OrganisationKind::School, u"Collège Fontenelle"_s),
                       party(OrganisationKind::Association, u"APRE"_s),
                       party(OrganisationKind::Association, u"Seconde association"_s),
                       party(OrganisationKind::Host, u"Jardins partagés"_s)};
    context.agreement.start = QDate(2026, 9, 1);
    context.agreement.durationYears = 3;
    context.agreement.noticeMonths = 6;
    context.agreement.groupSize = GroupSize{7, 9};
    return context;
}

}  // namespace

TEST(ClauseFields, FillsThePartiesNames) {
    const AgreementContext context = rouen();
    EXPECT_EQ(fillClauseFields(u"La {ville}, dans le cadre de sa politique"_s, context),
              u"La Ville de Rouen, dans le cadre de sa politique"_s);
    EXPECT_EQ(fillClauseFields(u"soumis au Tribunal administratif de {commune}."_s, context),
              u"soumis au Tribunal administratif de Rouen."_s);
    EXPECT_EQ(fillClauseFields(u"le {établissement} et {association} ({structure})"_s, context),
              u"le Collège Fontenelle et APRE (Jardins partagés)"_s);
}

TEST(ClauseFields, FillsTheAgreementsValues) {
    AgreementContext context = rouen();
    EXPECT_EQ(fillClauseFields(u"une durée de {durée}, un préavis de {préavis}"_s, context),
              u"une durée de trois ans, un préavis de six mois"_s);
    EXPECT_EQ(fillClauseFields(u"un groupe de {effectif} élèves"_s, context), u"un groupe de 7 à 9 élèves"_s);
    // No end of its own: the last day of its three years.
    EXPECT_EQ(fillClauseFields(u"fin le {fin}"_s, context), u"fin le 31 août 2029"_s);
    context.agreement.end = QDate(2023, 6, 16);
    EXPECT_EQ(fillClauseFields(u"jusqu'au {jour de fin}"_s, context), u"jusqu'au vendredi 16 juin 2023"_s);
    context.agreement.durationYears = 1;
    context.agreement.noticeMonths = 1;
    context.agreement.groupSize = GroupSize{0, 8};
    EXPECT_EQ(fillClauseFields(u"{durée}, {préavis}, {effectif}"_s, context), u"un an, un mois, 8"_s);
}

TEST(ClauseFields, AMissingPartyOrValuePrintsABlank) {
    AgreementContext context;
    context.parties = {party(OrganisationKind::School, u"Collège Molière"_s),
                       party(OrganisationKind::Town, u"Ville d'Ivry-sur-Seine"_s)};
    EXPECT_EQ(fillClauseFields(u"avec {association}."_s, context), u"avec "_s + kBlank + u"."_s);
    EXPECT_EQ(fillClauseFields(u"{structure}"_s, context), kBlank);
    // The town has no address: its place is not known.
    EXPECT_EQ(fillClauseFields(u"le CMPP de {commune}"_s, context), u"le CMPP de "_s + kBlank);
    EXPECT_EQ(fillClauseFields(u"une période de {durée}, un préavis de {préavis}"_s, context),
              u"une période de "_s + kBlank + u" ans, un préavis de "_s + kBlank + u" mois"_s);
    EXPECT_EQ(fillClauseFields(u"le {fin}, {jour de fin}, {effectif}"_s, context),
              u"le "_s + kBlank + u", "_s + kBlank + u", "_s + kBlank);
}

TEST(ClauseFields, DeLeAndLaElideBeforeAVowel) {
    AgreementContext context;
    context.parties = {party(OrganisationKind::Town, u"Eurométropole"_s, u"94200 Ivry-sur-Seine"_s),
                       party(OrganisationKind::School, u"Institut Saint-Joseph"_s),
                       party(OrganisationKind::Association, u"Horizons"_s)};
    EXPECT_EQ(fillClauseFields(u"le CMPP de {commune}, la {ville}, Le {établissement}"_s, context),
              u"le CMPP d'Ivry-sur-Seine, l'Eurométropole, L'Institut Saint-Joseph"_s);
    // Not before a consonant or an h, nor after a word merely ending in « de ».
    EXPECT_EQ(fillClauseFields(u"de {association}, monde {commune}, (de {ville})"_s, context),
              u"de Horizons, monde Ivry-sur-Seine, (l'Eurométropole)"_s.replace(u"(l'"_s, u"(d'"_s));
    // A blank never elides.
    context.parties.removeFirst();
    EXPECT_EQ(fillClauseFields(u"de {commune}"_s, context), u"de "_s + kBlank);
}

TEST(ClauseFields, AnUnknownFieldStaysAsTyped) {
    const AgreementContext context = rouen();
    EXPECT_EQ(fillClauseFields(u"{maire} de la {ville} {"_s, context), u"{maire} de la Ville de Rouen {"_s);
    EXPECT_EQ(fillClauseFields(u"{ {ville}}"_s, context), u"{ Ville de Rouen}"_s);
    EXPECT_EQ(fillClauseFields(u"{}"_s, context), u"{}"_s);
    EXPECT_EQ(fillClauseFields(u"Sans champ."_s, context), u"Sans champ."_s);
    EXPECT_EQ(clauseFieldNames().size(), 10);
    for (const QString& name : clauseFieldNames())
        EXPECT_FALSE(fillClauseFields(u"{%1}"_s.arg(name), context).contains(u'{')) << name.toStdString();
}

TEST(ClauseFields, TheDocumentPrintsTheFilledText) {
    AgreementContext context = agreementOf(AgreementKind::ExclusionAlternative);
    context.agreement.noticeMonths = 6;
    const QString text = pdfText(renderAgreementDocument(context)->pdf);
    EXPECT_CONTAINS(text, u"entre la Commune de Choisy-le-Roi et l'établissement scolaire"_s);
    EXPECT_CONTAINS(text, u"moyennant un délai de préavis de six mois."_s);
    EXPECT_CONTAINS(text, u"Tribunal administratif de Choisy-le-Roi."_s);
    EXPECT_FALSE(text.contains(u"{ville}"_s));
}
