// French typography (issue 12) in a measure document and an agreement. The apostrophes, times and addresses
// are read back with pdftotext as they are (pdfRawText, no NFKC). The no-break spaces are checked in the
// document handed to the layout (its HTML, tags removed): poppler 22.12's text extraction (pdftotext, and
// Poppler::Page::text) turns every Unicode space, U+00A0 and U+202F included, into a word break, so its
// output cannot show them, although the PDF maps its U+00A0 glyph to U+00A0 (ToUnicode).
#include "document_fixtures.h"
#include "passerelle/documents/document_maker.h"
#include "passerelle/documents/documents.h"
#include "pdf_tools.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::documents;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QChar nbsp(0x00A0);
const QChar narrow(0x202F);

std::string shown(QString text) {
    return text.replace(nbsp, u"[nbsp]"_s).replace(narrow, u"[nnbsp]"_s).toStdString();
}

// The text of a document's HTML, as laid out: tags removed, entities and whitespace runs read as one space.
QString layoutText(const QString& html) {
    QString text = html;
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    text.replace(u"&nbsp;"_s, QString(nbsp)).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s).replace(u"&amp;"_s, u"&"_s);
    return text.replace(QRegularExpression(u"[ \\t\\r\\n]+"_s), u" "_s).trimmed();
}

// Every sign of the text has its no-break space, and no straight apostrophe is left.
void expectFrenchTypography(const QString& text) {
    ASSERT_FALSE(text.isEmpty());
    const auto offending = [&](const QString& pattern) {
        const auto match = QRegularExpression(pattern).match(text);
        return match.hasMatch() ? text.mid(std::max<qsizetype>(0, match.capturedStart() - 30), 60)
                                : QString();
    };
    // « : » after a space-like character: always U+00A0. (« 16:30 » has none.)
    EXPECT_TRUE(text.contains(QString(nbsp) + u':'));
    EXPECT_EQ(shown(offending(u"[ \\x{202F}]:"_s)), "") << "a colon without U+00A0 before it";
    // « ; ? ! »: always U+202F before.
    for (const QChar sign : {u';', u'?', u'!'}) {
        EXPECT_TRUE(text.contains(QString(narrow) + sign)) << QString(sign).toStdString();
    }
    EXPECT_EQ(shown(offending(u"(?<!\\x{202F})[;?!]"_s)), "") << "; ? or ! without U+202F before it";
    // « and »: U+00A0 inside.
    EXPECT_TRUE(text.contains(u"«"_s + nbsp));
    EXPECT_EQ(shown(offending(u"«(?!\\x{00A0})"_s)), "") << "« without U+00A0 after it";
    EXPECT_EQ(shown(offending(u"(?<!\\x{00A0})»"_s)), "") << "» without U+00A0 before it";
    // Typographic apostrophes only.
    EXPECT_TRUE(text.contains(u"d’"_s));
    EXPECT_EQ(shown(offending(u"'"_s)), "") << "a straight apostrophe";
}

// The fixture's measure with prose holding every sign, a time, a ratio and addresses that must stay as
// typed.
MeasureContext measureWithSigns() {
    MeasureContext context = responsibilityMeasure();
    context.measure.objectives =
        u"Comprendre l'impact de son acte ; réparer. Pourquoi ? Parce qu'on le lui demande ! Rendez-vous à "
        u"16:30, un encadrant pour 1:2 élèves. Contact: jean.o'neil@ac-creteil.fr, "
        u"https://www.ac-creteil.fr/?page=1"_s;
    return context;
}

}  // namespace

TEST(TypographyInPdf, MeasureDocumentHasFrenchTypographyAndKeepsTimesAndAddresses) {
    const MeasureContext context = measureWithSigns();
    Dataset dataset;
    dataset.organisations = {context.school, context.host};
    dataset.students = {context.student};
    Measure measure = context.measure;
    measure.hostId = context.host.id;
    dataset.measures = {measure};
    const auto rendered = DocumentMaker(dataset, QDate(2026, 11, 20))
                              .render(RecordType::Measure, measure.id, {DocumentType::Measure});
    ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    keepForInspection(u"typography-measure"_s, rendered->pdf);
    const QString text = pdfRawText(rendered->pdf);
    const auto prepared = DocumentMaker(dataset, QDate(2026, 11, 20))
                              .prepare(RecordType::Measure, measure.id, {DocumentType::Measure});
    ASSERT_TRUE(prepared.ok());
    const QString laidOut = layoutText(prepared->document.html);

    // What must never change: times, ratios, e-mail addresses (even with an apostrophe), URLs.
    EXPECT_TRUE(text.contains(u"à 16:30,"_s));
    EXPECT_TRUE(text.contains(u"pour 1:2 élèves"_s));
    // (The layout may wrap the URL after its « // ».)
    EXPECT_TRUE(laidOut.contains(u"https://www.ac-creteil.fr/?page=1"_s));
    EXPECT_TRUE(text.contains(u"ce.0941234a@ac-creteil.fr"_s));
    // The apostrophe inside the e-mail address is the only straight one, and it stays.
    EXPECT_TRUE(text.contains(u"jean.o'neil@ac-creteil.fr"_s)) << text.toStdString();
    EXPECT_TRUE(laidOut.contains(u"à 16:30,"_s));
    EXPECT_TRUE(laidOut.contains(u"pour 1:2 élèves"_s));
    // In the text layer: typographic apostrophes everywhere but in the address.
    QString prose = text;
    prose.remove(u"jean.o'neil@ac-creteil.fr"_s);
    EXPECT_FALSE(prose.contains(u'\'')) << text.toStdString();
    EXPECT_TRUE(text.contains(u"l’impact de son acte"_s));
    // In the laid-out text: every no-break space.
    QString laidOutProse = laidOut;
    laidOutProse.remove(u"jean.o'neil@ac-creteil.fr"_s).remove(u"https://www.ac-creteil.fr/?page=1"_s);
    expectFrenchTypography(laidOutProse);
    // The template's own text and the values.
    EXPECT_TRUE(laidOut.contains(u"Nom"_s + nbsp + u": Collège Henri Matisse"_s)) << shown(laidOut);
    EXPECT_TRUE(laidOut.contains(u"Atelier «"_s + nbsp + u"Cœur de quartier"_s + nbsp + u"»"_s))
        << shown(laidOut);
    EXPECT_TRUE(
        laidOut.contains(u"l’impact de son acte"_s + narrow + u"; réparer. Pourquoi"_s + narrow + u"?"_s));
    EXPECT_TRUE(laidOut.contains(u"Contact"_s + nbsp + u": jean.o'neil@ac-creteil.fr"_s)) << shown(laidOut);
    EXPECT_TRUE(text.contains(u"d’une mesure de responsabilisation"_s));

    // U+202F and U+00A0 are in the embedded font: page 1 rendered shows glyphs, no boxes (looked at by eye
    // too; here the page simply renders).
    const QImage page = renderFirstPage(rendered->pdf, 60);
    EXPECT_FALSE(page.isNull());
}

TEST(TypographyInPdf, AgreementHasFrenchTypography) {
    AgreementContext context = agreementOf(AgreementKind::ResponsibilityMeasures);
    ASSERT_FALSE(context.agreement.clauses.isEmpty());
    context.agreement.clauses.front().text += u"\nLes parties s'engagent : vraiment ? Oui ; sans réserve !"_s;
    const auto rendered = renderAgreementDocument(context);
    ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    keepForInspection(u"typography-agreement"_s, rendered->pdf);
    const QString text = pdfRawText(rendered->pdf);
    EXPECT_FALSE(text.contains(u'\'')) << text.toStdString();
    const auto prepared = prepareAgreementDocument(context);
    ASSERT_TRUE(prepared.ok());
    const QString laidOut = layoutText(prepared->html);
    expectFrenchTypography(laidOut);
    EXPECT_TRUE(text.contains(u"Article 1er"_s));
    EXPECT_TRUE(text.contains(u"d’une part,"_s));
    EXPECT_TRUE(laidOut.contains(u"s’engagent"_s + nbsp + u": vraiment"_s + narrow + u"? Oui"_s + narrow +
                                 u"; sans réserve"_s + narrow + u"!"_s))
        << shown(laidOut);
}
