// The letterhead (issue 12): the home school's logo, name and address at the top of the first page only, the
// logo embedded once, nothing but the name and address without a logo; DocumentMaker heads each record's
// documents with its own school.
#include "document_fixtures.h"
#include "passerelle/documents/context_builder.h"
#include "passerelle/documents/document_maker.h"
#include "passerelle/documents/documents.h"
#include "pdf_tools.h"

#include <QPainter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::documents;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// A navy logo with a white disc, 300 × 200 pixels, as a school's might be.
QImage logo() {
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(QColor(u"navy"_s));
    QPainter painter(&image);
    painter.setBrush(Qt::white);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPointF(150, 100), 80, 80);
    return image;
}

// The images `pdfimages -list` finds in the PDF: one row per image ("image"; an alpha mask is a row of its
// own, "smask", not counted), as "page N".
QStringList imagesOf(const QByteArray& pdf) {
    QTemporaryDir folder;
    const QString path = folder.filePath(u"document.pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {u"cannot write"_s};
    file.close();
    int exitCode = -1;
    const QString listing = runProgram(u"pdfimages"_s, {u"-list"_s, path}, &exitCode);
    if (exitCode != 0)
        return {u"pdfimages failed"_s};
    QStringList images;
    for (const QString& line : listing.split(u'\n').mid(2)) {
        const QStringList columns = line.simplified().split(u' ');
        if (columns.size() > 2 && columns.at(2) == u"image"_s)
            images << u"page "_s + columns.at(0);
    }
    return images;
}

RenderedDocument measureWith(const std::optional<Letterhead>& letterhead, const QString& name) {
    auto prepared = prepareMeasureDocument(responsibilityMeasure());
    EXPECT_TRUE(prepared.ok());
    prepared->letterhead = letterhead;
    const auto rendered = renderPdf(*prepared);
    EXPECT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    keepForInspection(name, rendered->pdf);
    return *rendered;
}

}  // namespace

TEST(Letterhead, CutsTheAddressIntoLinesBeforeThePostcode) {
    const auto letterhead = letterheadOf(matisseCollege(), logo());
    ASSERT_TRUE(letterhead.has_value());
    EXPECT_EQ(letterhead->name, u"Collège Henri Matisse"_s);
    EXPECT_EQ(letterhead->addressLines, (QStringList{u"14 rue Armand Noblet"_s, u"94600 Choisy-le-Roi"_s}));
    EXPECT_EQ(letterhead->phone, u"01 48 84 56 78"_s);
    EXPECT_EQ(letterhead->email, u"ce.0941234a@ac-creteil.fr"_s);
    EXPECT_EQ(letterhead->logo.size(), QSize(300, 200));

    Organisation school = matisseCollege();
    school.address = u"Lycée annexe\nBP 12, 76000 Rouen CEDEX 1"_s;
    EXPECT_EQ(letterheadOf(school)->addressLines,
              (QStringList{u"Lycée annexe"_s, u"BP 12"_s, u"76000 Rouen CEDEX 1"_s}));
    EXPECT_FALSE(letterheadOf(Organisation{}).has_value());  // a school that did not resolve
}

TEST(Letterhead, HeadsTheFirstPageOnlyWithTheLogoEmbeddedOnce) {
    const RenderedDocument rendered =
        measureWith(letterheadOf(matisseCollege(), logo()), u"letterhead-measure"_s);
    ASSERT_GE(rendered.pageCount, 2);
    // The letterhead comes first in the text of page 1: the name, the address lines, the phone and e-mail.
    const QString first = pdfText(rendered.pdf, 1);
    EXPECT_TRUE(
        first.startsWith(u"Collège Henri Matisse 14 rue Armand Noblet 94600 Choisy-le-Roi Tél. 01 48 84 "
                         "56 78 — ce.0941234a@ac-creteil.fr Document précisant"_s))
        << first.left(200).toStdString();
    for (int page = 2; page <= rendered.pageCount; ++page) {
        const QString text = pdfText(rendered.pdf, page);
        EXPECT_FALSE(text.contains(u"Tél."_s)) << "page " << page;
        EXPECT_FALSE(text.startsWith(u"Collège Henri Matisse"_s)) << "page " << page;
    }
    EXPECT_EQ(imagesOf(rendered.pdf), QStringList{u"page 1"_s});

    // Without it, the document starts with its title, as before, and has no image.
    const RenderedDocument plain = measureWith(std::nullopt, u"letterhead-none"_s);
    EXPECT_TRUE(pdfText(plain.pdf, 1).startsWith(u"Document précisant"_s));
    EXPECT_TRUE(imagesOf(plain.pdf).isEmpty());
}

TEST(Letterhead, WithoutALogoPrintsTheNameAndAddressAndNoImage) {
    const RenderedDocument rendered = measureWith(letterheadOf(matisseCollege()), u"letterhead-no-logo"_s);
    EXPECT_TRUE(pdfText(rendered.pdf, 1).startsWith(u"Collège Henri Matisse 14 rue Armand Noblet 94600"_s));
    EXPECT_TRUE(imagesOf(rendered.pdf).isEmpty());
}

TEST(Letterhead, DocumentMakerHeadsEachDocumentWithTheRecordsSchool) {
    const AgreementContext context = agreementOf(AgreementKind::RemobilisationWorkshop);
    Dataset dataset;
    Agreement agreement = context.agreement;
    for (const PartyDetails& party : context.parties) {
        dataset.organisations << party.organisation;
        dataset.people << party.representative;
        agreement.parties << Party{party.organisation.id, party.representative.id, party.designation};
    }
    dataset.agreements = {agreement};
    DocumentMaker maker(dataset, QDate(2026, 11, 20));
    for (const DocumentType type :
         {DocumentType::Agreement, DocumentType::FormalNotice, DocumentType::TerminationNotice}) {
        const auto plain = maker.prepare(RecordType::Agreement, agreement.id, DocumentChoice{type});
        ASSERT_TRUE(plain.ok()) << plain.error().message.toStdString();
        ASSERT_TRUE(plain->document.letterhead.has_value()) << key(type).toStdString();
        EXPECT_EQ(plain->document.letterhead->name, u"Collège Henri Matisse"_s);
        EXPECT_TRUE(plain->document.letterhead->logo.isNull());
    }
    maker.setLetterheadLogo(logo());
    const auto withLogo =
        maker.render(RecordType::Agreement, agreement.id, DocumentChoice{DocumentType::Agreement});
    ASSERT_TRUE(withLogo.ok());
    keepForInspection(u"letterhead-agreement"_s, withLogo->pdf);
    EXPECT_TRUE(pdfText(withLogo->pdf, 1).startsWith(u"Collège Henri Matisse"_s));
    EXPECT_EQ(imagesOf(withLogo->pdf), QStringList{u"page 1"_s});
}
