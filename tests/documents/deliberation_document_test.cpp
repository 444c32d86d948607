// f) and g): the council's deliberation approving an agreement (seed 002) and the annex of local resources
// (seed 003), read back with pdftotext; DocumentMaker offers each only to an agreement that has one.
#include "document_fixtures.h"
#include "passerelle/documents/agreement_templates.h"
#include "passerelle/documents/document_maker.h"
#include "passerelle/documents/documents.h"
#include "pdf_tools.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::documents;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

PartyDetails partyOf(const QString& id, OrganisationKind kind, const QString& name, const QString& address,
                     const QString& civility, const QString& firstName, const QString& lastName,
                     const QString& role) {
    PartyDetails party;
    party.organisation.id = id;
    party.organisation.kind = kind;
    party.organisation.name = name;
    party.organisation.address = address;
    party.representative.id = u"p-"_s + id;
    party.representative.organisationId = id;
    party.representative.civility = civility;
    party.representative.firstName = firstName;
    party.representative.lastName = lastName;
    party.representative.role = role;
    return party;
}

// Seed 002: the Ville d'Ivry-sur-Seine's talking groups with the collège Molière, run by its CMPP; the
// council's deliberation of 16 November 2009, back from the prefecture.
AgreementContext ivryTalkingGroups() {
    AgreementContext context;
    Agreement& agreement = context.agreement;
    agreement.id = u"a-ivry"_s;
    agreement.kind = AgreementKind::TalkingGroups;
    agreement.title = u"Groupes de parole à l'atelier relais du collège Molière"_s;
    agreement.start = QDate(2009, 12, 1);
    agreement.durationYears = 1;
    agreement.clauses = defaultClauses(agreement.kind).value();
    agreement.deliberations << Deliberation{u"Conseil municipal d'Ivry-sur-Seine"_s,
                                            u"2009-245"_s,
                                            QDate(2009, 11, 16),
                                            QDate(2009, 11, 19),
                                            QDate(2009, 11, 18),
                                            QDate(2009, 11, 20)};
    context.parties = {
        partyOf(u"org-ivry"_s, OrganisationKind::Town, u"Ville d'Ivry-sur-Seine"_s,
                u"Esplanade Georges Marrane, 94200 Ivry-sur-Seine"_s, u"M."_s, u"Pierre"_s, u"Gosnat"_s,
                u"Maire"_s),
        partyOf(u"org-moliere"_s, OrganisationKind::School, u"Collège Molière"_s,
                u"30 rue Molière, 94200 Ivry-sur-Seine"_s, u"Mme"_s, u"Claire"_s, u"Vasseur"_s,
                u"Principale du collège"_s),
        partyOf(u"org-cmpp"_s, OrganisationKind::Other,
                u"Centre médico-psycho-pédagogique d'Ivry-sur-Seine"_s,
                u"4 rue Marat, 94200 Ivry-sur-Seine"_s, u"M."_s, u"Jean"_s, u"Roux"_s, u"Directeur"_s)};
    for (const PartyDetails& party : context.parties)
        agreement.parties << Party{party.organisation.id, party.representative.id, {}};
    context.place = u"Ivry-sur-Seine"_s;
    return context;
}

QList<Resource> resources(int count) {
    QList<Resource> result;
    for (int i = 1; i <= count; ++i) {
        result << Resource{u"Maison des adolescents n° %1"_s.arg(i),       u"Santé, écoute"_s,
                           u"Jeunes de 11 à 21 ans et leurs familles"_s,   u"Accueil sans rendez-vous"_s,
                           u"01 43 96 12 %1"_s.arg(i, 2, 10, QChar(u'0')), u"mda%1@cg94.fr"_s.arg(i)};
    }
    return result;
}

// The records DocumentMaker reads for an agreement context.
Dataset datasetOf(const AgreementContext& context, AgreementStatus status) {
    Dataset dataset;
    Agreement agreement = context.agreement;
    agreement.status = status;
    agreement.signatures.clear();
    for (const PartyDetails& party : context.parties) {
        dataset.organisations << party.organisation;
        dataset.people << party.representative;
        if (status == AgreementStatus::Signed)
            agreement.signatures << PartySignature{party.organisation.id, agreement.signedOn};
    }
    dataset.agreements = {agreement};
    return dataset;
}

QList<DocumentType> typesOf(const DocumentMaker& maker, const QString& id) {
    QList<DocumentType> types;
    const auto choices = maker.choices(RecordType::Agreement, id);
    for (const DocumentChoice& choice : choices.value())
        types << choice.type;
    return types;
}

}  // namespace

// Every sentence of seed 002's deliberation, in its words, with the record's names.
TEST(Deliberation, CarriesSeed002WithTheRecordsNamesAndThePrefectureDates) {
    const auto rendered = renderDeliberationDocument(ivryTalkingGroups());
    ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    keepForInspection(u"deliberation"_s, rendered->pdf);
    const QString text = pdfText(rendered->pdf);
    EXPECT_EQ(pdfInfo(rendered->pdf).value(u"Title"_s), u"Délibération n° 2009-245 du 16 novembre 2009"_s);
    EXPECT_CONTAINS(text, u"Ville d'Ivry-sur-Seine Conseil municipal d'Ivry-sur-Seine"_s);
    EXPECT_CONTAINS(text, u"Délibération n° 2009-245 du 16 novembre 2009"_s);
    EXPECT_CONTAINS(text, u"vu le code général des collectivités territoriales,"_s);
    EXPECT_CONTAINS(text,
                    u"ACTION SOCIALE Centre médico-psycho-pédagogique Groupes de parole Convention de "
                    u"partenariat avec le Collège Molière"_s);
    const QStringList sentences{
        u"EXPOSÉ DES MOTIFS"_s,
        u"Le Centre Médico-Psycho-Pédagogique (CMPP) d'Ivry-sur-Seine a été sollicité par l'équipe "
        u"pédagogique de l'atelier relais rattaché au Collège Molière dans le but de créer un partenariat "
        u"afin d'aider au mieux les élèves dont les difficultés scolaires s'inscrivent dans un contexte "
        u"familial difficile."_s,
        u"L'atelier relais vise à rescolariser des élèves en voie de rupture scolaire, ainsi qu'à les "
        u"resocialiser."_s,
        u"La mise en place de groupes de parole a été proposée par le CMPP d'Ivry-sur-Seine, dans le cadre "
        u"de ses missions, afin de soutenir les élèves, les parents et les intervenants de l'atelier relais."_s,
        u"Ces espaces de parole sont distincts à la fois du soin et du scolaire (un groupe hebdomadaire pour "
        u"les élèves, un groupe mensuel pour les parents d'élèves et un groupe bi-mensuel en direction de "
        u"l'équipe pédagogique)."_s,
        u"Il s'agit, d'une part, de renforcer les moyens de lutte contre le décrochage scolaire et la "
        u"marginalisation sociale des jeunes soumis à l'obligation scolaire et d'autre part, d'une action "
        u"de soutien à la fonction parentale."_s,
        u"Cette action n'a pas d'incidence financière sur le budget du CMPP."_s,
        u"C'est pourquoi, je vous propose d'approuver la convention de partenariat à passer avec le Collège "
        u"Molière relative à la mise en place de groupes de parole au sein de l'atelier relais "
        u"d'Ivry-sur-Seine rattaché à ce collège."_s,
        u"P.J. : convention."_s,
        u"LE CONSEIL, sur la proposition de son président de séance, vu le code général des collectivités "
        u"territoriales, considérant la politique de santé publique de la Ville en matière de promotion de "
        u"la santé dans les établissements scolaires et de prise en compte de la souffrance psychique des "
        u"jeunes,"_s,
        u"considérant que le Centre Médico-Psycho-Pédagogique (CMPP) d'Ivry-sur-Seine a été sollicité par "
        u"l'équipe pédagogique de l'atelier relais rattaché au Collège Molière dans le but de créer un "
        u"partenariat afin d'aider au mieux les élèves dont les difficultés scolaires s'inscrivent dans un "
        u"contexte familial difficile,"_s,
        u"considérant que la mise en place de groupes de parole, espaces de parole distincts à la fois du "
        u"soin et du scolaire, a été proposée par le CMPP d'Ivry-sur-Seine afin de soutenir les élèves, les "
        u"parents et les intervenants de l'atelier relais,"_s,
        u"considérant qu'il s'agit, d'une part, de renforcer les moyens de lutte contre le décrochage "
        u"scolaire et la marginalisation sociale des jeunes soumis à l'obligation scolaire, et d'autre "
        u"part, d'une action de soutien à la fonction parentale,"_s,
        u"considérant qu'il convient de fixer, dans une convention de partenariat, les modalités de "
        u"collaboration entre le Collège Molière et la Ville concernant la mise en place de groupes de "
        u"parole au sein de l'atelier relais, vu la convention, ci-annexée, DÉLIBÈRE (à l'unanimité)"_s,
        u"ARTICLE UNIQUE : APPROUVE la convention avec le Collège Molière relative à la mise en place de "
        u"groupes de parole au sein de l'atelier relais rattaché audit collège et AUTORISE le Maire à la "
        u"signer."_s,
    };
    // Hyphens aside: pdftotext joins a word the layout broke at its hyphen (« bi-⏎mensuel »).
    const QString unbroken = QString(text).remove(u'-');
    for (const QString& sentence : sentences)
        EXPECT_CONTAINS(unbroken, QString(sentence).remove(u'-'));
    // The prefecture's control, as its stamps read.
    EXPECT_CONTAINS(text, u"REÇU EN PRÉFECTURE LE 19 NOVEMBRE 2009"_s);
    EXPECT_CONTAINS(text, u"TRANSMIS EN PRÉFECTURE LE 18 NOVEMBRE 2009"_s);
    EXPECT_CONTAINS(text, u"PUBLIÉ PAR VOIE D'AFFICHAGE LE 20 NOVEMBRE 2009"_s);
    // The report on its page, the deliberation itself from the next.
    ASSERT_EQ(rendered->pageCount, 2);
    EXPECT_TRUE(pdfText(rendered->pdf, 1).contains(u"P.J. : convention."_s));
    EXPECT_TRUE(pdfText(rendered->pdf, 2).contains(u"LE CONSEIL,"_s));
    // French typography, as in every document (pdftotext shows no no-break space: the HTML laid out does).
    EXPECT_TRUE(pdfRawText(rendered->pdf).contains(u"d’Ivry-sur-Seine"_s));
    const QString html = prepareDeliberationDocument(ivryTalkingGroups())->html;
    EXPECT_TRUE(html.contains(u"ARTICLE UNIQUE\u00a0:"_s));
    EXPECT_TRUE(html.contains(u"P.J.\u00a0: convention."_s));
}

TEST(Deliberation, DatesNotKnownYetAreBlanksToFillIn) {
    AgreementContext context = ivryTalkingGroups();
    Deliberation& deliberation = context.agreement.deliberations.first();
    deliberation.number.clear();
    deliberation.receivedAt = QDate();
    deliberation.transmittedAt = QDate();
    deliberation.publishedOn = QDate();
    const auto rendered = renderDeliberationDocument(context);
    ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    const QString text = pdfText(rendered->pdf);
    EXPECT_CONTAINS(text, u"Délibération n° ………………………… du 16 novembre 2009"_s);
    EXPECT_CONTAINS(text, u"REÇU EN PRÉFECTURE LE …………………………"_s);
    EXPECT_CONTAINS(text, u"TRANSMIS EN PRÉFECTURE LE …………………………"_s);
    EXPECT_CONTAINS(text, u"PUBLIÉ PAR VOIE D'AFFICHAGE LE …………………………"_s);
}

// The town council's deliberation, wherever it is in the list; else the first.
TEST(Deliberation, PrintsTheTownCouncilsDeliberation) {
    AgreementContext context = ivryTalkingGroups();
    context.agreement.deliberations.prepend(
        Deliberation{u"Conseil d'administration du collège Molière"_s, u"CA-12"_s, QDate(2009, 10, 6)});
    EXPECT_EQ(approvingDeliberation(context.agreement)->number, u"2009-245"_s);
    EXPECT_CONTAINS(pdfText(renderDeliberationDocument(context)->pdf), u"Délibération n° 2009-245"_s);
    context.agreement.deliberations.removeLast();
    EXPECT_EQ(approvingDeliberation(context.agreement)->number, u"CA-12"_s);
    // A school's board deliberates under the code de l'éducation.
    EXPECT_CONTAINS(
        pdfText(renderDeliberationDocument(context)->pdf),
        u"LE CONSEIL, sur la proposition de son président de séance, vu le code de l'éducation,"_s);
    context.agreement.deliberations.clear();
    EXPECT_EQ(approvingDeliberation(context.agreement), nullptr);
    const auto refused = renderDeliberationDocument(context);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"deliberations"_s);
}

// A kind without a deliberation of its own (seed 000's workshop): its preamble as the motives, a generic
// « considérant » and the same decision naming the agreement.
TEST(Deliberation, OtherKindsGetAGenericDeliberation) {
    const AgreementContext context = agreementOf(AgreementKind::RemobilisationWorkshop);
    const auto rendered = renderDeliberationDocument(context);
    ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    keepForInspection(u"deliberation-generic"_s, rendered->pdf);
    const QString text = pdfText(rendered->pdf);
    EXPECT_CONTAINS(text, u"Délibération n° 2023-14 du 22 mars 2023"_s);
    EXPECT_CONTAINS(text, u"Commune de Choisy-le-Roi Conseil municipal"_s);
    EXPECT_CONTAINS(text, u"EXPOSÉ DES MOTIFS"_s);
    EXPECT_CONTAINS(text, agreementTemplate(context.agreement.kind)->preamble.first().left(60));
    EXPECT_CONTAINS(text, u"C'est pourquoi, je vous propose d'approuver la convention « %1 »."_s.arg(
                              context.agreement.title));
    EXPECT_CONTAINS(text,
                    u"LE CONSEIL, sur la proposition de son président de séance, vu le code général "
                    u"des collectivités territoriales, considérant qu'il convient de fixer"_s);
    EXPECT_CONTAINS(text, u"entre Commune de Choisy-le-Roi, Collège Henri Matisse et ALCEJ,"_s);
    EXPECT_CONTAINS(text,
                    u"ARTICLE UNIQUE : APPROUVE la convention « %1 » et AUTORISE le Maire à la signer."_s.arg(
                        context.agreement.title));
}

TEST(Annex, ATableOfTheLocalResourcesWithItsHeaderOnEveryPage) {
    AgreementContext context = agreementOf(AgreementKind::AbsenteeismPrevention);
    context.agreement.title = u"Prévention de l'absentéisme scolaire dans le Val-de-Marne"_s;
    context.agreement.resources = resources(40);
    context.agreement.resources[1].email.clear();  // an empty cell stays empty
    const auto rendered = renderAnnexDocument(context);
    ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    keepForInspection(u"annex"_s, rendered->pdf);
    ASSERT_GE(rendered->pageCount, 2) << "40 rows run over several pages";
    const QString text = pdfText(rendered->pdf);
    EXPECT_CONTAINS(text, u"Annexe – Les ressources locales"_s);
    EXPECT_CONTAINS(text, u"Prévention de l'absentéisme scolaire dans le Val-de-Marne"_s);
    EXPECT_CONTAINS(text,
                    u"Dispositifs et structures pouvant intervenir dans l'aide aux parents et/ou aux "
                    u"élèves."_s);
    // The header row on every page the table runs onto.
    for (int page = 1; page <= rendered->pageCount; ++page) {
        const QString pageText = pdfText(rendered->pdf, page);
        for (const QString& column : {u"Dispositif ou structure"_s, u"Domaine"_s, u"Public"_s, u"Contact"_s})
            EXPECT_EQ(pageText.count(column), 1) << column.toStdString() << ", page " << page;
    }
    // One row per resource, each cell there, read line by line: pdftotext reads the cells of some rows out of
    // order, and a row the page break cuts (until the layout keeps rows whole) comes in two pieces.
    EXPECT_EQ(text.count(u"écoute"_s), 40);
    EXPECT_EQ(text.count(u"ans et leurs familles"_s), 40);
    EXPECT_EQ(text.count(u"Accueil sans rendez-vous"_s), 40);
    for (int i = 1; i <= 40; ++i) {
        EXPECT_CONTAINS(QString(text + u' '), u"adolescents n° %1 "_s.arg(i));
        EXPECT_CONTAINS(text, u"Tél. 01 43 96 12 %1"_s.arg(i, 2, 10, QChar(u'0')));
        if (i != 2) {
            EXPECT_CONTAINS(text, u" mda%1@cg94.fr"_s.arg(i));
        }
    }
    EXPECT_FALSE(text.contains(u"mda2@"_s));
    EXPECT_FALSE(text.contains(u"…"_s.normalized(QString::NormalizationForm_KC))) << "no blank in the table";
}

TEST(Annex, AnAgreementWithoutResourcesHasNone) {
    const auto refused = renderAnnexDocument(agreementOf(AgreementKind::AbsenteeismPrevention));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"resources"_s);
}

// DocumentMaker offers the deliberation to an agreement with a deliberation and the annex to one with
// resources, after the agreement; the deliberation is the council's act, not stamped because the agreement
// awaits its signatures, while the annex is part of the agreement and is.
TEST(AgreementDocuments, TheDeliberationAndTheAnnexWhereTheAgreementHasThem) {
    AgreementContext context = ivryTalkingGroups();
    context.agreement.resources = resources(2);
    Dataset dataset = datasetOf(context, AgreementStatus::AwaitingSignature);
    const DocumentMaker maker(dataset, QDate(2009, 11, 24));
    EXPECT_EQ(typesOf(maker, u"a-ivry"_s),
              (QList<DocumentType>{DocumentType::Agreement, DocumentType::Deliberation, DocumentType::Annex,
                                   DocumentType::FormalNotice, DocumentType::TerminationNotice}));
    EXPECT_EQ(key(DocumentType::Deliberation), u"deliberation"_s);
    EXPECT_EQ(documentTypeFromKey(u"annex"_s), DocumentType::Annex);
    EXPECT_TRUE(maker.whyNot(RecordType::Agreement, u"a-ivry"_s, DocumentType::Deliberation).isEmpty());

    const auto deliberation = maker.prepare(RecordType::Agreement, u"a-ivry"_s, {DocumentType::Deliberation});
    ASSERT_TRUE(deliberation.ok()) << deliberation.error().message.toStdString();
    EXPECT_FALSE(deliberation->unsignedAgreement);
    EXPECT_EQ(deliberation->draft, !deliberation->errors.isEmpty());
    const auto deliberationPdf =
        maker.render(RecordType::Agreement, u"a-ivry"_s, {DocumentType::Deliberation});
    ASSERT_TRUE(deliberationPdf.ok());
    if (deliberation->errors.isEmpty()) {
        EXPECT_FALSE(largeText(deliberationPdf->pdf, 1).contains(u"PROJET"_s));
    }
    const auto annex = maker.prepare(RecordType::Agreement, u"a-ivry"_s, {DocumentType::Annex});
    ASSERT_TRUE(annex.ok()) << annex.error().message.toStdString();
    EXPECT_TRUE(annex->unsignedAgreement);
    EXPECT_TRUE(annex->draft);

    dataset.agreements.first().deliberations.clear();
    dataset.agreements.first().resources.clear();
    const DocumentMaker without(dataset, QDate(2009, 11, 24));
    EXPECT_EQ(typesOf(without, u"a-ivry"_s),
              (QList<DocumentType>{DocumentType::Agreement, DocumentType::FormalNotice,
                                   DocumentType::TerminationNotice}));
    EXPECT_EQ(without.whyNot(RecordType::Agreement, u"a-ivry"_s, DocumentType::Deliberation),
              u"the agreement has no deliberation"_s);
    EXPECT_EQ(without.whyNot(RecordType::Agreement, u"a-ivry"_s, DocumentType::Annex),
              u"the agreement has no local resources to annex"_s);
    EXPECT_FALSE(without.prepare(RecordType::Agreement, u"a-ivry"_s, {DocumentType::Deliberation}).ok());
}
