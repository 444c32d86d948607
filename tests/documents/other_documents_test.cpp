// d) and e): the attendance sheet and the letters.
#include "document_fixtures.h"
#include "fixtures.h"
#include "passerelle/documents/documents.h"
#include "pdf_tools.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::documents;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

TEST(AttendanceSheet, ListsParticipantsAndFacilitatorsWithRoomToSign) {
    const auto rendered = renderAttendanceSheet(workshopSession());
    ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    keepForInspection(u"attendance-sheet"_s, rendered->pdf);
    const QString text = pdfText(rendered->pdf, 0, true);
    EXPECT_CONTAINS(text, u"Feuille d'émargement"_s);
    EXPECT_CONTAINS(text, u"Atelier média « Cœur de ville »"_s);
    EXPECT_CONTAINS(text, u"Séance du vendredi 27 novembre 2026, de 14 h 00 à 16 h 00"_s);
    EXPECT_CONTAINS(text, u"Lieu : Maison de la jeunesse, Choisy-le-Roi"_s);
    EXPECT_CONTAINS(text, u"1 Dupré-Lefèvre Hélène 4e B oui"_s);
    EXPECT_CONTAINS(text, u"2 Nguyễn Lætitia 3e A non"_s);
    EXPECT_CONTAINS(text, u"3 Garçon Noé 4e C non"_s);
    EXPECT_CONTAINS(text, u"Zoé Lefèbvre Animatrice"_s);
    EXPECT_CONTAINS(text, u"Karim Benali Conseiller principal d'éducation"_s);
    EXPECT_CONTAINS(text, u"Nombre de participants inscrits : 3."_s);
}

TEST(AttendanceSheet, WithoutFilmingHasNoImageColumn) {
    GroupSessionContext context = workshopSession();
    context.group.filming = false;
    const QString text = pdfText(renderAttendanceSheet(context)->pdf, 0, true);
    EXPECT_CONTAINS(text, u"1 Dupré-Lefèvre Hélène 4e B"_s);
    EXPECT_FALSE(text.contains(u"Image"_s));
    EXPECT_FALSE(text.contains(u"filmés"_s));
}

TEST(FormalNotice, CarriesTheBreachesAndTheComputedTerminationDate) {
    FormalNoticeContext context{letterAboutWorkshop(),
                                u"- séances annulées sans prévenir 48 h avant\n- absence de bilan"_s,
                                QDate(2026, 12, 24)};
    const auto rendered = renderFormalNotice(context);
    ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    keepForInspection(u"formal-notice"_s, rendered->pdf);
    const QString text = pdfText(rendered->pdf);
    EXPECT_CONTAINS(text, u"Collège Henri Matisse 14 rue Armand Noblet"_s);
    EXPECT_CONTAINS(text, u"Commune de Choisy-le-Roi À l'attention de Tonino Panetta"_s);
    EXPECT_CONTAINS(text, u"ALCEJ À l'attention de Nicolas Dequatremare"_s);
    EXPECT_CONTAINS(text, u"Choisy-le-Roi, le 24 novembre 2026"_s);
    EXPECT_CONTAINS(text, u"Lettre recommandée avec accusé de réception"_s);
    EXPECT_CONTAINS(text, u"Objet : mise en demeure"_s);
    EXPECT_CONTAINS(text, u"signée le 15 septembre 2026"_s);
    EXPECT_CONTAINS(text, u"– séances annulées sans prévenir 48 h avant – absence de bilan"_s);
    // The seeds' words, citing the workshop agreement's own « Article 6 : Résiliation de la convention ».
    EXPECT_CONTAINS(text, u"Conformément à l'article 6 de la convention, à défaut de réponse"_s);
    EXPECT_CONTAINS(text,
                    u"la convention pourra être résiliée de plein droit à compter du 24 décembre 2026"_s);
    EXPECT_CONTAINS(text,
                    u"sans qu'il y ait besoin de faire recours au juge, ni de remplir aucune formalité"_s);
    EXPECT_FALSE(text.contains(u"sera résiliée"_s));
    EXPECT_CONTAINS(text, u"Cécile Ancher Principale du collège"_s);
}

TEST(FormalNotice, WithoutTerminationArticleCitesTheStipulations) {
    FormalNoticeContext context{letterAboutWorkshop(), u"absence de bilan"_s, QDate(2026, 12, 24)};
    context.letter.agreement.clauses.clear();
    const auto rendered = renderFormalNotice(context);
    ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    const QString text = pdfText(rendered->pdf);
    EXPECT_CONTAINS(text, u"Conformément aux stipulations de la convention, à défaut de réponse"_s);
    EXPECT_CONTAINS(text, u"pourra être résiliée de plein droit à compter du 24 décembre 2026"_s);
}

TEST(FormalNotice, RequiresTheComputedDate) {
    const auto rendered = renderFormalNotice({letterAboutWorkshop(), u"x"_s, QDate()});
    ASSERT_FALSE(rendered.ok());
    EXPECT_EQ(rendered.error().field, u"terminationDate"_s);
}

TEST(TerminationNotice, CarriesTheComputedEffectiveDate) {
    TerminationNoticeContext context{letterAboutWorkshop(), u"Fin du projet média."_s, QDate(2027, 9, 1)};
    context.letter.agreement.noticeAnchor = NoticeAnchor::SchoolYearStart;
    const auto rendered = renderTerminationNotice(context);
    ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    keepForInspection(u"termination-notice"_s, rendered->pdf);
    const QString text = pdfText(rendered->pdf);
    EXPECT_CONTAINS(text, u"Objet : dénonciation de la convention"_s);
    EXPECT_CONTAINS(text, u"Motif : Fin du projet média."_s);
    EXPECT_CONTAINS(text,
                    u"Compte tenu du préavis de 3 mois précédant la rentrée scolaire, la convention cessera "
                    u"de produire ses effets le 1er septembre 2027."_s);
    EXPECT_FALSE(renderTerminationNotice({letterAboutWorkshop(), {}, QDate()}).ok());
}
