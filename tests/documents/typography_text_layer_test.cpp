// The no-break characters of French typography are in the PDF's text layer, not only in the HTML laid out
// (issue 12): copying « Nom : » from the PDF gives U+00A0 before the colon, « ; » U+202F before it.
#include "document_fixtures.h"
#include "passerelle/documents/documents.h"
#include "pdf_text_layer.h"

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr char16_t kNoBreak = u'\u00A0';
constexpr char16_t kNarrowNoBreak = u'\u202F';

TEST(TypographyInTextLayer, ColonsSemicolonsAndGuillemetsKeepTheirNoBreakSpaces) {
    const auto measure = documents::renderMeasureDocument(responsibilityMeasure());
    ASSERT_TRUE(measure.ok());
    const QString text = pdfTextLayer(measure->pdf);
    ASSERT_TRUE(text.contains(u"Collège Henri Matisse"_s)) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(u"Nom"_s + kNoBreak + u':')) << "no U+00A0 before « : »";
    EXPECT_FALSE(text.contains(u"Nom :"_s)) << "a plain space before « : »";
    // The activities « Cœur de quartier » in guillemets, no-break spaces inside.
    EXPECT_TRUE(text.contains(u"«"_s + kNoBreak + u"Cœur de quartier"_s + kNoBreak + u'»'));
    // Typographic apostrophes in the prose.
    EXPECT_TRUE(text.contains(u"l’élève"_s));

    const auto agreement =
        documents::renderAgreementDocument(agreementOf(AgreementKind::ResponsibilityMeasures));
    ASSERT_TRUE(agreement.ok());
    const QString agreementText = pdfTextLayer(agreement->pdf);
    EXPECT_TRUE(agreementText.contains(u"soussignés"_s + kNoBreak + u':'));
    // Seed 004's list items end with « ; », after a narrow no-break space.
    EXPECT_TRUE(agreementText.contains(u"mineur"_s + kNarrowNoBreak + u';')) << "no U+202F before « ; »";
    EXPECT_FALSE(agreementText.contains(u" ;"_s))
        << agreementText.mid(agreementText.indexOf(u" ;"_s) - 60, 80).toStdString();
    EXPECT_TRUE(agreementText.contains(u"Article 1er"_s) || agreementText.contains(u"Article 1"_s));
}

}  // namespace
}  // namespace passerelle::test
