// Layout, the draft stamp, metadata, hashing and painting onto a printer.
#include "document_fixtures.h"
#include "fixtures.h"
#include "passerelle/documents/documents.h"
#include "pdf_tools.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPrinter>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::documents;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {
// The responsibility measures agreement of seed 004 runs over several pages.
RenderedDocument longAgreement(bool draft) {
    const auto rendered =
        renderAgreementDocument(agreementOf(AgreementKind::ResponsibilityMeasures),
                                RenderOptions{draft, QDateTime(QDate(2026, 11, 24), QTime(9, 30))});
    EXPECT_TRUE(rendered.ok());
    return rendered.ok() ? *rendered : RenderedDocument{};
}
}  // namespace

TEST(PdfOutput, DraftStampIsOnEveryPage) {
    const RenderedDocument draft = longAgreement(true);
    keepForInspection(u"agreement-draft"_s, draft.pdf);
    ASSERT_GE(draft.pageCount, 2);
    EXPECT_EQ(pdfInfo(draft.pdf).value(u"Pages"_s).toInt(), draft.pageCount);
    for (int page = 1; page <= draft.pageCount; ++page) {
        EXPECT_EQ(largeText(draft.pdf, page), u"PROJET"_s) << "page " << page;
        const QString text = pdfText(draft.pdf, page);
        EXPECT_TRUE(text.contains(u"Page %1 / %2"_s.arg(page).arg(draft.pageCount))) << "page " << page;
    }
}

TEST(PdfOutput, FinalDocumentHasNoStamp) {
    const RenderedDocument final = longAgreement(false);
    ASSERT_GE(final.pageCount, 2);
    for (int page = 1; page <= final.pageCount; ++page) {
        EXPECT_EQ(largeText(final.pdf, page), QString()) << "page " << page;
        EXPECT_FALSE(pdfText(final.pdf, page).contains(u"PR"_s)) << "page " << page;
    }
}

TEST(PdfOutput, MetadataIsSet) {
    const auto rendered = renderMeasureDocument(
        responsibilityMeasure(), RenderOptions{false, QDateTime(QDate(2026, 11, 24), QTime(9, 30))});
    ASSERT_TRUE(rendered.ok());
    const auto info = pdfInfo(rendered->pdf);
    EXPECT_EQ(info.value(u"Title"_s), u"Mesure de responsabilisation — Hélène Dupré-Lefèvre"_s);
    EXPECT_EQ(info.value(u"Author"_s), u"Passerelle"_s);
    EXPECT_EQ(info.value(u"Subject"_s),
              u"Document précisant les modalités de réalisation d'une mesure de responsabilisation"_s);
    EXPECT_TRUE(info.value(u"Creator"_s).startsWith(u"Passerelle"_s));
    EXPECT_TRUE(info.value(u"CreationDate"_s).contains(u"Nov 24"_s))
        << info.value(u"CreationDate"_s).toStdString();
    EXPECT_TRUE(info.value(u"CreationDate"_s).contains(u"2026"_s));
    EXPECT_TRUE(info.value(u"Page size"_s).contains(u"(A4)"_s)) << info.value(u"Page size"_s).toStdString();
}

TEST(PdfOutput, FontsAreEmbedded) {
    const auto rendered = renderMeasureDocument(responsibilityMeasure());
    ASSERT_TRUE(rendered.ok());
    TempFolder folder;
    QFile file(folder.path(u"m.pdf"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(rendered->pdf);
    file.close();
    const QStringList lines = runProgram(u"pdffonts"_s, {folder.path(u"m.pdf"_s)}).split(u'\n');
    int fonts = 0;
    for (const QString& line : lines.mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        ++fonts;
        // Columns: name type encoding emb sub uni object ID; "emb" must say yes.
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 7);
        EXPECT_EQ(columns[columns.size() - 5], u"yes"_s) << line.toStdString();
    }
    EXPECT_GE(fonts, 2);
}

TEST(PdfOutput, Sha256IsOfTheReturnedBytes) {
    const auto rendered = renderMeasureDocument(responsibilityMeasure());
    ASSERT_TRUE(rendered.ok());
    EXPECT_EQ(rendered->sha256.size(), 64);
    EXPECT_EQ(rendered->sha256, QCryptographicHash::hash(rendered->pdf, QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(PdfOutput, FirstPageRendersAsANonTrivialA4Image) {
    const auto rendered = renderMeasureDocument(responsibilityMeasure());
    ASSERT_TRUE(rendered.ok());
    const QImage page = renderFirstPage(rendered->pdf, 50);
    ASSERT_FALSE(page.isNull());
    EXPECT_NEAR(double(page.height()) / page.width(), 297.0 / 210.0, 0.01);
    int ink = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (qGray(page.pixel(x, y)) < 128)
                ++ink;
        }
    }
    const double share = double(ink) / (page.width() * page.height());
    EXPECT_GT(share, 0.01);  // text is there ...
    EXPECT_LT(share, 0.30);  // ... and the page is not a black square
}

TEST(PdfOutput, PaintsOntoAPrinterForThePrintPreview) {
    TempFolder folder;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(folder.path(u"printed.pdf"_s));
    const auto prepared = prepareMeasureDocument(responsibilityMeasure());
    ASSERT_TRUE(prepared.ok());
    const auto pages = paintDocument(*prepared, printer, RenderOptions{true, {}});
    ASSERT_TRUE(pages.ok()) << pages.error().message.toStdString();
    QFile file(folder.path(u"printed.pdf"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_EQ(pdfInfo(pdf).value(u"Pages"_s).toInt(), *pages);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"N° UAI : 0941234A"_s));
    for (int page = 1; page <= *pages; ++page)
        EXPECT_EQ(largeText(pdf, page), u"PROJET"_s) << "page " << page;
}
