// frenchTypography() and frenchTypographyHtml() on their own (issue 12): the no-break spaces, the
// apostrophes, idempotence, and what they must never touch.
#include "passerelle/documents/french_typography.h"
#include "passerelle/documents/template_engine.h"

#include <gtest/gtest.h>

using namespace passerelle::documents;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString nbsp(QChar(0x00A0));
const QString narrow(QChar(0x202F));

// Writes the special spaces visibly, so a failure shows which one is where.
std::string shown(const QString& text) {
    QString visible = text;
    return visible.replace(QChar(0x00A0), u"[nbsp]"_s).replace(QChar(0x202F), u"[nnbsp]"_s).toStdString();
}

#define EXPECT_TYPESET(input, expected) \
    EXPECT_EQ(shown(frenchTypography(input)), shown(expected)) << "input: " << shown(input)

}  // namespace

TEST(FrenchTypography, PutsNoBreakSpacesBeforeDoublePunctuation) {
    EXPECT_TYPESET(u"Nom : Dupré"_s, u"Nom"_s + nbsp + u": Dupré"_s);
    EXPECT_TYPESET(u"Matin ; après-midi"_s, u"Matin"_s + narrow + u"; après-midi"_s);
    EXPECT_TYPESET(u"Vraiment ?"_s, u"Vraiment"_s + narrow + u"?"_s);
    EXPECT_TYPESET(u"Attention !"_s, u"Attention"_s + narrow + u"!"_s);
    // Several spaces, a tab, or the wrong no-break space become the right one.
    EXPECT_TYPESET(u"Nom  :"_s + narrow, u"Nom"_s + nbsp + u":"_s + narrow);
    EXPECT_TYPESET(u"Oui\t;"_s, u"Oui"_s + narrow + u";"_s);
    EXPECT_TYPESET(u"Oui"_s + nbsp + u"!"_s, u"Oui"_s + narrow + u"!"_s);
    // A missing space is added when the sign ends a word.
    EXPECT_TYPESET(u"Objet: rappel"_s, u"Objet"_s + nbsp + u": rappel"_s);
    EXPECT_TYPESET(u"Bravo!"_s, u"Bravo"_s + narrow + u"!"_s);
    EXPECT_TYPESET(u"Pourquoi?!"_s, u"Pourquoi"_s + narrow + u"?!"_s);
    EXPECT_TYPESET(u"(voir annexe); suite"_s, u"(voir annexe)"_s + narrow + u"; suite"_s);
}

TEST(FrenchTypography, HoldsGuillemetsWithNoBreakSpaces) {
    EXPECT_TYPESET(u"Atelier « Cœur de quartier » : jardin"_s,
                   u"Atelier «"_s + nbsp + u"Cœur de quartier"_s + nbsp + u"»"_s + nbsp + u": jardin"_s);
    EXPECT_TYPESET(u"«Cœur»"_s, u"«"_s + nbsp + u"Cœur"_s + nbsp + u"»"_s);
    EXPECT_TYPESET(u"«   Cœur   »"_s, u"«"_s + nbsp + u"Cœur"_s + nbsp + u"»"_s);
}

TEST(FrenchTypography, UsesTypographicApostrophesAndOrdinals) {
    EXPECT_TYPESET(u"l'élève d'aujourd'hui"_s, u"l’élève d’aujourd’hui"_s);
    EXPECT_TYPESET(u"L'Établissement"_s, u"L’Établissement"_s);
    EXPECT_TYPESET(u"le 1er mars, la 1ère et la 2ème séance, en 3eme"_s,
                   u"le 1er mars, la 1re et la 2e séance, en 3e"_s);
    // Not between two letters: left alone (no guess at quotation marks).
    EXPECT_TYPESET(u"'citation'"_s, u"'citation'"_s);
}

TEST(FrenchTypography, NeverTouchesTimesRatiosAddressesAndLinks) {
    for (const QString& same :
         {u"16:30"_s, u"de 9:00 à 16:30"_s, u"un ratio 1:2"_s, u"jean.o'neil@ac-creteil.fr"_s,
          u"https://www.education.gouv.fr/page?id=3;x=4!"_s, u"mailto:ce.0941234a@ac-creteil.fr"_s,
          u"www.ville-choisyleroi.fr/jeunesse?s=1"_s, u"4e B"_s, u"1er"_s, u"Article 1er"_s, u"………………"_s,
          u"15 h faites sur 18 h prévues"_s}) {
        EXPECT_TYPESET(same, same);
    }
    EXPECT_TYPESET(u"Mél. : ce.0941234a@ac-creteil.fr ; site : https://exemple.fr/a:b"_s,
                   u"Mél."_s + nbsp + u": ce.0941234a@ac-creteil.fr"_s + narrow + u"; site"_s + nbsp +
                       u": https://exemple.fr/a:b"_s);
}

TEST(FrenchTypography, IsIdempotent) {
    for (const QString& text :
         {u"Nom : Dupré ; « Cœur » ! l'élève ? 16:30, 1ère, x@y.fr"_s, u"«Cœur»!"_s, u"Objet: rappel?"_s}) {
        const QString once = frenchTypography(text);
        EXPECT_EQ(shown(frenchTypography(once)), shown(once));
        const QString html = u"<p class=\"a\">"_s + text + u"</p>"_s;
        const QString onceHtml = frenchTypographyHtml(html);
        EXPECT_EQ(shown(frenchTypographyHtml(onceHtml)), shown(onceHtml));
    }
}

TEST(FrenchTypography, HtmlKeepsMarkupEntitiesAndTemplateTags) {
    const QString html =
        u"<!-- l'avis : non --><style>p { margin: 0; }</style><p title=\"l'a : b\" style=\"x:y;\">Nom :&nbsp;"
        u"{{ student.lastName }} ; l'élève « {{x}} »</p><a href=\"https://a.fr/?q=1\">lien ?</a>"_s;
    const QString expected =
        u"<!-- l'avis : non --><style>p { margin: 0; }</style><p title=\"l'a : b\" "
        u"style=\"x:y;\">Nom"_s +
        nbsp + u":&nbsp;{{ student.lastName }}"_s + narrow + u"; l’élève «"_s + nbsp + u"{{x}}"_s + nbsp +
        u"»</p><a href=\"https://a.fr/?q=1\">lien"_s + narrow + u"?</a>"_s;
    EXPECT_EQ(shown(frenchTypographyHtml(html)), shown(expected));
}

// QTextDocument keeps a U+202F only inside preserved white space: the renderer wraps each one.
QString preserved(const QString& narrowSpace) {
    return u"<span style=\"white-space: pre\">"_s + narrowSpace + u"</span>"_s;
}

TEST(FrenchTypography, TemplatesGetItOnTheirTextAndTheirValues) {
    const auto html =
        renderTemplate(u"<p class=\"x\">Nom : {{name}} ; « {{title}} »</p>"_s,
                       {{u"name"_s, u"Lætitia d'Orléans"_s}, {u"title"_s, u"Cœur: <jardin>"_s}});
    ASSERT_TRUE(html.ok()) << html.error().message.toStdString();
    EXPECT_EQ(shown(*html),
              shown(u"<p class=\"x\">Nom"_s + nbsp + u": Lætitia d’Orléans"_s + preserved(narrow) + u"; «"_s +
                    nbsp + u"Cœur"_s + nbsp + u": &lt;jardin&gt;"_s + nbsp + u"»</p>"_s));
}
