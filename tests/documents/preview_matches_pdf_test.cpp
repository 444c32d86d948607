// Print preview and printing lay a document out on a QPrinter; the PDF on a QPdfWriter. Both must give the
// same pages (issue 12: the preview cut « Mercre-di » and added a page the PDF did not have). The printer is
// put in PDF mode, at its usual high resolution, so its pages can be read back like the PDF's.
#include "document_fixtures.h"
#include "passerelle/documents/documents.h"
#include "passerelle/documents/pdf_output.h"
#include "pdf_tools.h"

#include <QFile>
#include <QPrinter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using documents::PreparedDocument;

struct Printed {
    int pages = 0;
    QByteArray pdf;
};

Printed printThroughPrinter(const PreparedDocument& document, bool draft) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"printed.pdf"_s);
    int pages = 0;
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        const auto painted = documents::paintDocument(document, printer, {.draft = draft});
        EXPECT_TRUE(bool(painted)) << (painted ? std::string() : painted.error().message.toStdString());
        pages = painted ? *painted : 0;
    }
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return {pages, file.readAll()};
}

// The lines of a page as a reader sees them: text only, each printed line once.
QStringList pageLines(const QByteArray& pdf, int page) {
    QStringList lines;
    for (const QString& line : runProgram(u"pdftotext"_s,
                                          {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page),
                                           u"-layout"_s, u"-"_s, u"-"_s},
                                          nullptr, pdf)
                                   .split(u'\n')) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty())
            lines << simplified;
    }
    return lines;
}

void expectSamePages(const QString& name, const PreparedDocument& document, bool draft = false) {
    SCOPED_TRACE(name.toStdString());
    const auto pdf = documents::renderPdf(document, {.draft = draft});
    ASSERT_TRUE(bool(pdf));
    const Printed printed = printThroughPrinter(document, draft);
    EXPECT_EQ(printed.pages, pdf->pageCount) << "the preview and the PDF differ in pages";
    EXPECT_EQ(pdfInfo(printed.pdf).value(u"Pages"_s).toInt(), pdf->pageCount);
    for (int page = 1; page <= std::min(printed.pages, pdf->pageCount); ++page) {
        EXPECT_EQ(pageLines(printed.pdf, page).join(u'\n').toStdString(),
                  pageLines(pdf->pdf, page).join(u'\n').toStdString())
            << "page " << page;
    }
}

// Each line of the text layer once: a block spanning a page break must not leave its lines, clipped from
// sight, in the text of both pages (copying or searching the PDF would find them twice).
void expectEachLineOnce(const QString& name, const PreparedDocument& document) {
    SCOPED_TRACE(name.toStdString());
    const auto pdf = documents::renderPdf(document);
    ASSERT_TRUE(bool(pdf));
    keepForInspection(u"each-line-once-"_s + name, pdf->pdf);
    QHash<QString, int> seen;
    for (int page = 1; page <= pdf->pageCount; ++page) {
        for (const QString& line : pageLines(pdf->pdf, page)) {
            // Long lines only: short ones (« Date : », table headers repeated on purpose) may recur.
            if (line.size() >= 40 && !line.startsWith(u"Page "_s) && !line.contains(u"Page "_s))
                ++seen[line];
        }
    }
    for (auto it = seen.constBegin(); it != seen.constEnd(); ++it)
        EXPECT_EQ(it.value(), 1) << "printed " << it.value() << " times: " << it.key().toStdString();
}

TEST(PreviewMatchesPdf, MeasureDocuments) {
    const auto measure = responsibilityMeasure();
    expectSamePages(u"measure"_s, *documents::prepareMeasureDocument(measure));
    expectSamePages(u"host report"_s, *documents::prepareHostReportForm(measure));
    const auto alternative = exclusionAlternative();
    expectSamePages(u"commitment"_s, *documents::prepareCommitmentContract(alternative));
    expectSamePages(u"booklet"_s, *documents::prepareWelcomeBooklet(alternative));
}

TEST(PreviewMatchesPdf, AgreementsOfEveryKindAndLetters) {
    for (const AgreementKind kind :
         {AgreementKind::ResponsibilityMeasures, AgreementKind::ExclusionAlternative,
          AgreementKind::RemobilisationWorkshop, AgreementKind::TalkingGroups,
          AgreementKind::AbsenteeismPrevention}) {
        expectSamePages(u"agreement %1"_s.arg(int(kind)),
                        *documents::prepareAgreementDocument(agreementOf(kind)), true);
    }
    expectSamePages(u"attendance"_s, *documents::prepareAttendanceSheet(workshopSession()));
    documents::FormalNoticeContext notice{letterAboutWorkshop(), u"Absences répétées."_s, QDate(2026, 12, 1)};
    expectSamePages(u"formal notice"_s, *documents::prepareFormalNotice(notice));
}

TEST(PreviewMatchesPdf, EachLineOnceInTheTextLayer) {
    expectEachLineOnce(u"measure"_s, *documents::prepareMeasureDocument(responsibilityMeasure()));
    expectEachLineOnce(u"commitment"_s, *documents::prepareCommitmentContract(exclusionAlternative()));
    for (const AgreementKind kind :
         {AgreementKind::ResponsibilityMeasures, AgreementKind::ExclusionAlternative,
          AgreementKind::RemobilisationWorkshop, AgreementKind::AbsenteeismPrevention}) {
        expectEachLineOnce(u"agreement %1"_s.arg(int(kind)),
                           *documents::prepareAgreementDocument(agreementOf(kind)));
    }
}

}  // namespace
}  // namespace passerelle::test

namespace passerelle::test {
namespace {

// A table row is never cut by a page break (issue 12): each resource of a long annex, some with long
// contacts, has its name and its e-mail on the same page, and every page after the first starts with the
// header row again.
TEST(PageBreaks, TableRowsAreNeverSplitAndTheirHeaderRepeats) {
    documents::AgreementContext context = agreementOf(AgreementKind::AbsenteeismPrevention);
    for (int i = 1; i <= 30; ++i) {
        Resource resource;
        resource.name = u"Structure %1"_s.arg(i);
        resource.kind = u"Santé, écoute"_s;
        resource.audience = u"Jeunes de 11 à 21 ans et leurs familles"_s;
        resource.contact = i % 3 == 0
                               ? u"Accueil sans rendez-vous du lundi au vendredi, de 9 h à 12 h et de 14 h à "
                                 u"18 h, le samedi matin sur rendez-vous, pendant les vacances scolaires "
                                 u"selon le planning affiché"_s
                               : u"Accueil"_s;
        resource.phone = u"01 43 96 12 %1"_s.arg(i, 2, 10, QChar(u'0'));
        resource.email = u"contact%1@example.fr"_s.arg(i);
        context.agreement.resources << resource;
    }
    const auto pdf = documents::renderAnnexDocument(context);
    ASSERT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
    keepForInspection(u"rows-never-split"_s, pdf->pdf);
    ASSERT_GE(pdf->pageCount, 2);
    for (int page = 1; page <= pdf->pageCount; ++page) {
        const QString text = pdfText(pdf->pdf, page);
        if (page > 1) {
            EXPECT_TRUE(text.startsWith(u"Dispositif ou structure"_s))
                << "page " << page << ": " << text.left(80).toStdString();
        }
        for (int i = 1; i <= 30; ++i) {
            const bool name = text.contains(u"Structure %1 "_s.arg(i));
            const bool email = text.contains(u"contact%1@example.fr"_s.arg(i));
            EXPECT_EQ(name, email) << "row " << i << " split across page " << page;
        }
    }
}

}  // namespace
}  // namespace passerelle::test
