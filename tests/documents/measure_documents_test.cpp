// b) and c): the measure document of seed 004, the commitment contract and welcome booklet of seed 001, and
// the host's report form, read back with pdftotext.
#include "document_fixtures.h"
#include "passerelle/documents/context_builder.h"
#include "passerelle/documents/documents.h"
#include "pdf_tools.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::documents;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString textOf(const Result<RenderedDocument>& rendered, const QString& name) {
    EXPECT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    if (!rendered.ok())
        return {};
    keepForInspection(name, rendered->pdf);
    return pdfText(rendered->pdf);
}

}  // namespace

TEST(MeasureDocument, HasEverySectionOfSeed004) {
    const auto rendered = renderMeasureDocument(responsibilityMeasure());
    const QString text = textOf(rendered, u"measure"_s);
    const QString rows = pdfText(rendered->pdf, 0, true);  // table rows on one line
    EXPECT_CONTAINS(text,
                    u"Document précisant les modalités de réalisation d'une mesure de responsabilisation"_s);
    // The school.
    EXPECT_CONTAINS(text, u"Nom : Collège Henri Matisse"_s);
    EXPECT_CONTAINS(text, u"N° UAI : 0941234A"_s);
    EXPECT_CONTAINS(text, u"Adresse : 14 rue Armand Noblet, 94600 Choisy-le-Roi"_s);
    EXPECT_CONTAINS(text, u"N° téléphone : 01 48 84 56 78"_s);
    EXPECT_CONTAINS(text, u"Représenté par Cécile Ancher, chef d'établissement"_s);
    EXPECT_CONTAINS(text, u"Mél. : ce.0941234a@ac-creteil.fr"_s);
    // The host structure.
    EXPECT_CONTAINS(text, u"Nom de la structure d'accueil : ALCEJ"_s);
    EXPECT_CONTAINS(text, u"Adresse : 2 avenue des Chalets, 94600 Choisy-le-Roi"_s);
    EXPECT_CONTAINS(text, u"Domaine d'activité : Animation socioculturelle"_s);
    EXPECT_CONTAINS(text, u"Représentée par Nicolas Dequatremare, responsable de la structure d'accueil"_s);
    EXPECT_CONTAINS(text, u"Mél. : contact@alcej.fr"_s);
    // The student and the legal representative.
    EXPECT_CONTAINS(text, u"Prénom : Hélène"_s);
    EXPECT_CONTAINS(text, u"Nom : Dupré-Lefèvre"_s);
    EXPECT_CONTAINS(text, u"Date de naissance : 14 mars 2012"_s);
    EXPECT_CONTAINS(text, u"Classe : 4e B"_s);
    EXPECT_CONTAINS(text, u"s'il est mineur : Jean-Noël Dupré (père)"_s);
    EXPECT_CONTAINS(text, u"Adresse personnelle : 8 allée des Tilleuls, 94600 Choisy-le-Roi"_s);
    EXPECT_CONTAINS(text, u"N° téléphone : 06 12 34 56 78"_s);
    // The pedagogical annex.
    EXPECT_CONTAINS(text, u"au sein de la structure d'accueil : Lætitia Cœur Fonction : Animatrice jardin"_s);
    EXPECT_CONTAINS(
        text, u"mesure de responsabilisation : Karim Benali Fonction : Conseiller principal d'éducation"_s);
    EXPECT_CONTAINS(text, u"du 24 novembre 2026 au 4 décembre 2026"_s);
    // Tue 24, Wed 25, Fri 27, Tue 1, Wed 2, Fri 4: 2 + 2.5 + 2 + 2 + 2.5 + 2 hours.
    EXPECT_CONTAINS(text, u"Durée de la mesure de responsabilisation : 13 h en 6 séances"_s);
    // The whole timetable, Monday to Saturday, morning and afternoon.
    EXPECT_CONTAINS(text, u"MATIN APRÈS-MIDI"_s);
    EXPECT_CONTAINS(rows, u"Lundi De ……… à ……… De ……… à ………"_s);
    EXPECT_CONTAINS(rows, u"Mardi De ……… à ……… De 14 h 00 à 16 h 00"_s);
    EXPECT_CONTAINS(rows, u"Mercredi De 9 h 00 à 11 h 30 De ……… à ………"_s);
    EXPECT_CONTAINS(rows, u"Jeudi De ……… à ……… De ……… à ………"_s);
    EXPECT_CONTAINS(rows, u"Vendredi De ……… à ……… De 14 h 00 à 16 h 00"_s);
    EXPECT_CONTAINS(rows, u"Samedi De ……… à ……… De ……… à ………"_s);
    // 1°, 2°, 3°.
    EXPECT_CONTAINS(text, u"(déplacement) : À pied depuis le collège, accompagnée par un animateur"_s);
    EXPECT_CONTAINS(text, u"Prendre conscience de la portée de son acte. Réparer auprès de la communauté."_s);
    EXPECT_CONTAINS(text, u"Atelier « Cœur de quartier » : entretien du jardin partagé"_s);
    EXPECT_CONTAINS(text, u"Lieu(x) : Jardin partagé des Gondoles"_s);
    // Both insurances.
    EXPECT_WORDS_IN_ORDER(
        text, u"Pour la structure d'accueil : Nom de l'assureur : MACIF N° du contrat : ASSO-88-1203"_s);
    EXPECT_WORDS_IN_ORDER(text,
                          u"Pour l'établissement : Nom de l'assureur : MAIF N° du contrat : SCO-2026-0417"_s);
    // The three signature blocks, the minor's representative signing for her, and the notification line.
    EXPECT_CONTAINS(text, u"Fait à Choisy-le-Roi, le 24 novembre 2026."_s);
    const QString blocks = text.mid(text.indexOf(u"Fait à Choisy-le-Roi"_s));
    EXPECT_WORDS_IN_ORDER(blocks, u"Le chef d'établissement, Cécile Ancher"_s);
    EXPECT_WORDS_IN_ORDER(blocks, u"Le responsable de la structure d'accueil, Nicolas Dequatremare"_s);
    EXPECT_WORDS_IN_ORDER(blocks, u"L'élève ou son représentant légal, s'il est mineur, Jean-Noël Dupré"_s);
    EXPECT_CONTAINS(text,
                    u"À notifier au responsable de la structure d'accueil et à l'élève ou, si ce dernier est "
                    u"mineur, à son représentant légal."_s);
}

TEST(MeasureDocument, AnAdultStudentSignsForHerself) {
    MeasureContext context = responsibilityMeasure();
    context.student.birthDate = QDate(2007, 1, 10);  // 19 at the start of the measure
    const QString text = pdfText(renderMeasureDocument(context)->pdf);
    const QString blocks = text.mid(text.indexOf(u"Fait à Choisy-le-Roi"_s));
    EXPECT_CONTAINS(blocks, u"Hélène Dupré-Lefèvre"_s);
    EXPECT_FALSE(blocks.contains(u"Jean-Noël Dupré"_s));
}

TEST(MeasureDocument, EmptyFieldsPrintBlanksToFillIn) {
    MeasureContext context = responsibilityMeasure();
    context.measure.insurances = {};
    context.measure.slots.clear();
    context.school.phone.clear();
    const QString text = pdfText(renderMeasureDocument(context)->pdf, 0, true);
    EXPECT_CONTAINS(text, u"N° téléphone : ………………………… Représenté par"_s);
    EXPECT_CONTAINS(text, u"Nom de l'assureur : ………………………… N° du contrat : …………………………"_s);
    EXPECT_CONTAINS(text, u"Mardi De ……… à ……… De ……… à ………"_s);
    EXPECT_CONTAINS(text, u"Durée de la mesure de responsabilisation : …………………………"_s);
}

// « Domaine d'activité » is the host's own activityDomain (issue 11), found through the measure's host; a
// host without one leaves a blank to fill in.
TEST(MeasureDocument, TheDomainOfActivityIsTheHosts) {
    const MeasureContext sample = responsibilityMeasure();
    Dataset dataset;
    dataset.organisations = {sample.school, sample.host};
    dataset.students = {sample.student};
    Measure measure = sample.measure;
    measure.hostId = sample.host.id;
    dataset.measures = {measure};
    const auto context = ContextBuilder(dataset).measure(measure.id);
    ASSERT_TRUE(context.ok()) << context.error().message.toStdString();
    EXPECT_EQ(context->host.activityDomain, u"Animation socioculturelle"_s);
    const auto prepared = prepareMeasureDocument(*context);
    ASSERT_TRUE(prepared.ok());
    // The HTML holds the French typography (’, and U+00A0 before the colon).
    EXPECT_TRUE(prepared->html.contains(u"Domaine d’activité\u00A0:</span> Animation socioculturelle"_s));

    dataset.organisations[1].activityDomain.clear();
    const auto blank = prepareMeasureDocument(*ContextBuilder(dataset).measure(measure.id));
    ASSERT_TRUE(blank.ok());
    // (EXPECT_CONTAINS would fold the dots of the blank, as pdftotext's text needs.)
    EXPECT_TRUE(blank->html.contains(u"Domaine d’activité\u00A0:</span> …………………………"_s))
        << blank->html.toStdString();
}

TEST(MeasureDocument, UserTextIsEscapedNotInterpreted) {
    MeasureContext context = responsibilityMeasure();
    context.measure.objectives = u"<b>pas du gras</b> & <i>ni de l'italique</i>"_s;
    const auto prepared = prepareMeasureDocument(context);
    ASSERT_TRUE(prepared.ok());
    EXPECT_FALSE(prepared->html.contains(u"<b>pas du gras</b>"_s));
    EXPECT_CONTAINS(pdfText(renderPdf(*prepared)->pdf), u"<b>pas du gras</b> & <i>ni de l'italique</i>"_s);
}

TEST(CommitmentContract, IsSignedByTheFourPartiesOfSeed001) {
    const auto rendered = renderCommitmentContract(exclusionAlternative());
    const QString text = textOf(rendered, u"commitment"_s);
    EXPECT_CONTAINS(text, u"Contrat d'engagement"_s);
    EXPECT_CONTAINS(text, u"Alternative à l'exclusion temporaire"_s);
    EXPECT_CONTAINS(text, u"Collège Henri Matisse (UAI 0941234A)"_s);
    EXPECT_CONTAINS(text, u"Service Jeunesse de Choisy-le-Roi"_s);
    EXPECT_CONTAINS(text, u"Hélène Dupré-Lefèvre, né(e) le 14 mars 2012, classe de 4e B"_s);
    EXPECT_CONTAINS(text, u"exclusion temporaire de 3 jours"_s);
    EXPECT_CONTAINS(text, u"du 30 novembre 2026 au 2 décembre 2026 (9 h en 3 séances)"_s);
    EXPECT_CONTAINS(text, u"Tuteur de mission : Lætitia Cœur, Animatrice jardin"_s);
    EXPECT_CONTAINS(pdfText(rendered->pdf, 0, true), u"Lundi De 9 h 00 à 12 h 00 De ……… à ………"_s);
    EXPECT_CONTAINS(text,
                    u"Le premier jour, le 30 novembre 2026, l'élève et son représentant légal sont reçus"_s);
    EXPECT_WORDS_IN_ORDER(text, u"Le chef d'établissement, Cécile Ancher"_s);
    EXPECT_WORDS_IN_ORDER(text, u"Pour le service Jeunesse, Élodie Marchand"_s);
    EXPECT_WORDS_IN_ORDER(text, u"L'élève, Hélène Dupré-Lefèvre"_s);
    EXPECT_WORDS_IN_ORDER(text, u"Le représentant légal, Jean-Noël Dupré"_s);
}

TEST(CommitmentContract, SaysTheExclusionInFrenchNumberAndLeavesABlankWhenUnknown) {
    MeasureContext context = exclusionAlternative();
    context.measure.exclusionDays = 1;
    EXPECT_CONTAINS(pdfText(renderCommitmentContract(context)->pdf), u"exclusion temporaire de 1 jour,"_s);
    context.measure.exclusionDays.reset();
    EXPECT_CONTAINS(pdfText(renderCommitmentContract(context)->pdf),
                    u"exclusion temporaire de ………………………… jour(s),"_s);
}

TEST(WelcomeBooklet, HasOneLinePerDayOfTheMission) {
    const QString text = textOf(renderWelcomeBooklet(exclusionAlternative()), u"welcome-booklet"_s);
    EXPECT_CONTAINS(text, u"Livret d'accueil"_s);
    EXPECT_CONTAINS(text, u"Élève : Hélène Dupré-Lefèvre, classe de 4e B, Collège Henri Matisse"_s);
    EXPECT_CONTAINS(text, u"Ce que j'ai fait"_s);
    EXPECT_CONTAINS(text, u"lundi 30 novembre 2026"_s);
    EXPECT_CONTAINS(text, u"mardi 1er décembre 2026"_s);
    EXPECT_CONTAINS(text, u"mercredi 2 décembre 2026"_s);
    EXPECT_FALSE(text.contains(u"jeudi 3 décembre 2026"_s));
    EXPECT_WORDS_IN_ORDER(text, u"Signature du tuteur de mission, Lætitia Cœur"_s);
}

TEST(HostReportForm, ListsEveryExpectedSessionToTick) {
    const QString text = textOf(renderHostReportForm(responsibilityMeasure()), u"host-report"_s);
    EXPECT_CONTAINS(text, u"Compte rendu de la structure d'accueil"_s);
    EXPECT_CONTAINS(text, u"Élève : Hélène Dupré-Lefèvre"_s);
    EXPECT_CONTAINS(text, u"Personne en charge de l'accueil : Lætitia Cœur, Animatrice jardin"_s);
    for (const QString& day : {u"mardi 24 novembre 2026 (2 h)"_s, u"mercredi 25 novembre 2026 (2 h 30)"_s,
                               u"vendredi 27 novembre 2026 (2 h)"_s, u"mardi 1er décembre 2026 (2 h)"_s,
                               u"mercredi 2 décembre 2026 (2 h 30)"_s, u"vendredi 4 décembre 2026 (2 h)"_s}) {
        EXPECT_CONTAINS(text, day);
    }
    EXPECT_CONTAINS(text, u"Comportement de l'élève"_s);
    EXPECT_CONTAINS(text, u"Investissement dans l'activité réalisée"_s);
    EXPECT_WORDS_IN_ORDER(text, u"Le responsable de la structure d'accueil, Nicolas Dequatremare"_s);
}
