// Page-by-page layout: QTextDocument paginates the HTML, and each page is painted through QPainter so that
// the footer and the draft stamp can be drawn on every page (QTextDocument::print cannot do that).
#include "passerelle/documents/pdf_output.h"

#include "page_breaks.h"
#include "passerelle/documents/french_typography.h"
#include "passerelle/documents/template_engine.h"
#include "pdf_update.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>
#include <QTextLayout>
#include <QUrl>

#include <cmath>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kFooterMillimetres = 9.0;
constexpr int kPdfResolution = 300;

QPageLayout frenchA4() {
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20.0, 16.0, 20.0, 12.0),
                       QPageLayout::Millimeter);
}

// A font of `points` for the painter's layout coordinates (kPdfResolution pixels per inch, whatever the
// device): a point size would be resolved against the device's own resolution, then scaled once more.
QFont layoutFont(double points, bool bold = false) {
    QFont font(u"DejaVu Sans"_s);
    font.setBold(bold);
    font.setPixelSize(std::max(1, qRound(points * kPdfResolution / 72.0)));
    return font;
}

// « PROJET » in large pale letters along the page's diagonal, above the text so nobody can miss it. The size
// is measured on the device, so the stamp spans the same share of the page on a 300 dpi PDF and on a printer.
void drawDraftStamp(QPainter& painter, const QRectF& page) {
    static const QString stamp = u"PROJET"_s;
    painter.save();
    painter.setFont(layoutFont(72.0, true));
    // Measure at 72 pt, then set the size that spans 60 % of the diagonal. Scaling the painter instead would
    // make Qt draw the letters as outlines, and the stamp would no longer be text that pdftotext or a search
    // finds.
    const QRectF measured = painter.boundingRect(QRectF(), Qt::AlignCenter, stamp);
    const double diagonal = std::hypot(page.width(), page.height());
    painter.setFont(layoutFont(72.0 * 0.6 * diagonal / measured.width(), true));
    painter.setPen(QColor(200, 30, 30, 90));
    painter.translate(page.center());
    painter.rotate(-std::atan2(page.height(), page.width()) * 180.0 / M_PI);
    QRectF box(0, 0, diagonal, diagonal / 2.0);
    box.moveCenter(QPointF(0, 0));
    painter.drawText(box, Qt::AlignCenter, stamp);
    painter.restore();
}

void drawFooter(QPainter& painter, const QRectF& area, const QString& title, int page, int pageCount) {
    painter.save();
    painter.setFont(layoutFont(7.5));
    painter.setPen(QColor(90, 90, 90));
    painter.drawLine(area.topLeft() + QPointF(0, area.height() * 0.25),
                     area.topRight() + QPointF(0, area.height() * 0.25));
    // The title gives way to the page number: a long one (an attendance sheet's) is elided, never
    // overprinted.
    const QString pageText = u"Page %1 / %2"_s.arg(page).arg(pageCount);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double room = area.width() - metrics.horizontalAdvance(pageText) - metrics.averageCharWidth() * 4;
    painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom,
                     metrics.elidedText(frenchTypography(title), Qt::ElideRight, std::max(0.0, room)));
    painter.drawText(area, Qt::AlignRight | Qt::AlignBottom, pageText);
    painter.restore();
}

// QTextDocument takes margins, paddings and heights in device pixels only; the stylesheet writes them in
// points.
QString deviceStyleSheet(QString css, int dpi) {
    static const QRegularExpression length(u"(?<!font-size: )\\b(\\d+(?:\\.\\d+)?)pt\\b"_s);
    QString result;
    qsizetype last = 0;
    for (auto it = length.globalMatch(css); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(css).mid(last, match.capturedStart() - last);
        result += QString::number(qRound(match.captured(1).toDouble() * dpi / 72.0)) + u"px"_s;
        last = match.capturedEnd();
    }
    result += QStringView(css).mid(last);
    return result;
}

// The letterhead's logo is a resource of the laid-out document under this fixed name, never a file URL: the
// HTML never makes the layout read a file.
const QUrl& letterheadLogoName() {
    static const QUrl name(u"passerelle-letterhead:logo"_s);
    return name;
}

// Device pixels at kPdfResolution for a length in points: QTextDocument takes margins and paddings in them.
int devicePixels(double points) {
    return qRound(points * kPdfResolution / 72.0);
}

// The letterhead as HTML for the top of the first page: a two-cell table (the logo at left, the school's
// name in bold and its address, phone and e-mail at right) and a thin rule. QTextDocument scales an image's
// width and height attributes by the layout device's resolution over 96 dpi, so they are given in 96 dpi
// pixels; the logo fits within 2.2 cm high and 6 cm wide, keeping its proportions.
QString letterheadHtml(const Letterhead& letterhead) {
    const auto text = [](const QString& value) { return frenchTypography(value).toHtmlEscaped(); };
    QStringList lines;
    lines << u"<span style=\"font-family: 'DejaVu Sans'; font-size: 11pt; font-weight: bold;\">%1</span>"_s
                 .arg(text(letterhead.name));
    for (const QString& line : letterhead.addressLines)
        lines << text(line);
    QStringList contact;
    if (!letterhead.phone.isEmpty())
        contact << u"Tél. "_s + text(letterhead.phone);
    if (!letterhead.email.isEmpty())
        contact << text(letterhead.email);
    if (!contact.isEmpty())
        lines << contact.join(u" \u2014 "_s);

    QString logoCell;
    if (!letterhead.logo.isNull() && letterhead.logo.width() > 0 && letterhead.logo.height() > 0) {
        constexpr double maxHeight = 2.2 / 2.54 * 96.0;
        constexpr double maxWidth = 6.0 / 2.54 * 96.0;
        const double scale =
            std::min(maxHeight / letterhead.logo.height(), maxWidth / letterhead.logo.width());
        logoCell = u"<td valign=\"middle\" align=\"left\"><img src=\"%1\" width=\"%2\" height=\"%3\"/></td>"_s
                       .arg(letterheadLogoName().toString())
                       .arg(letterhead.logo.width() * scale, 0, 'f', 2)
                       .arg(letterhead.logo.height() * scale, 0, 'f', 2);
    }
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-bottom: %1px;\"><tr>"
           "%2<td valign=\"middle\" align=\"right\"><p align=\"right\" style=\"font-family: 'DejaVu Sans'; "
           "font-size: 8.5pt; margin: 0px;\">%3</p></td></tr></table>"
           "<hr/><p style=\"margin: 0px; font-size: 4pt;\">&nbsp;</p>"_s.arg(devicePixels(4.0))
               .arg(logoCell, lines.join(u"<br/>"_s));
}

// The document's HTML with the letterhead, if any, at the start of its body.
QString withLetterhead(const PreparedDocument& document) {
    if (!document.letterhead)
        return document.html;
    static const QRegularExpression body(u"<body[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    const QString head = letterheadHtml(*document.letterhead);
    QString html = document.html;
    const auto match = body.match(html);
    return match.hasMatch() ? html.insert(match.capturedEnd(), head) : head + html;
}

// The paragraph of the main flow that begins on an earlier page and ends on this one, if any.
QTextBlock paragraphContinuedAt(const QTextDocument& text, double pageTop) {
    const auto* layout = text.documentLayout();
    for (auto it = text.rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue;  // a table: its rows are laid out on one page each
        const QRectF area = layout->blockBoundingRect(block);
        if (area.top() >= pageTop)
            break;
        if (area.bottom() > pageTop)
            return block;
    }
    return {};
}

// Draws the text of one page, each line once. QTextLayout::draw also draws the last line above its clip
// (a known off-by-one of Qt's), so a paragraph that a page break splits would leave a line, hidden by the
// clip but in the PDF's text layer, at the top of the next page: copied or searched twice. That paragraph's
// lines on this page are drawn one by one instead, and the rest of the page below it as usual.
void drawPageOfText(QTextDocument& text, QPainter& painter, const QRectF& page) {
    QRectF rest = page;
    if (const QTextBlock continued = paragraphContinuedAt(text, page.top()); continued.isValid()) {
        const QTextLayout* lines = continued.layout();
        const QPointF origin = lines->position();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const double top = origin.y() + line.y();
            if (top >= page.top() - 0.5 && top < page.bottom())
                line.draw(&painter, origin);
        }
        rest.setTop(text.documentLayout()->blockBoundingRect(continued).bottom() + 0.5);
    }
    QAbstractTextDocumentLayout::PaintContext context;
    // A line pushed to the next page starts exactly on this page's bottom edge: the half pixel keeps it off.
    context.clip = rest.adjusted(0, 0, 0, -0.5);
    text.documentLayout()->draw(&painter, context);
}

}  // namespace

QByteArray sha256Hex(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

DocumentSequence::DocumentSequence(QPagedPaintDevice& device)
    : m_device(device), m_painter(std::make_unique<QPainter>()) {}

DocumentSequence::~DocumentSequence() {
    finish();
}

Result<int> DocumentSequence::append(const PreparedDocument& document, const RenderOptions& options) {
    if (m_finished)
        return failure(u"Le document est déjà terminé."_s, {}, ErrorKind::Invalid);
    // The layout is set before the painter starts: a PDF writer takes the first page's size from it.
    if (!m_painter->isActive() && !m_device.setPageLayout(frenchA4())) {
        return failure(u"Le périphérique d'impression refuse le format A4."_s, {}, ErrorKind::Io);
    }
    const auto style = loadTemplate(u"style.css"_s);
    if (!style)
        return style.error();

    // One layout for every device: the text is laid out on a PDF writer at a fixed resolution, then painted
    // scaled onto the device. Laid out on the printer itself, the preview broke lines and pages where the PDF
    // did not (« Mercre-di », a fourth page): font metrics change with the resolution.
    QBuffer nowhere;
    QPdfWriter layoutDevice(&nowhere);
    layoutDevice.setResolution(kPdfResolution);
    layoutDevice.setPageLayout(frenchA4());
    QTextDocument text;
    text.setDefaultStyleSheet(deviceStyleSheet(*style, kPdfResolution));
    text.documentLayout()->setPaintDevice(&layoutDevice);
    text.setDocumentMargin(0);
    // Laying out and keeping together, each time the HTML changes: a table split to keep its rows whole moves
    // what follows, and what follows may need to stay with its heading again.
    const auto load = [&text, &document](const QString& html) {
        text.setHtml(html);
        // A margin at the top and bottom of every page's text: without it a table whose last row ends on the
        // page's last pixel loses its bottom border to the page's clip.
        QTextFrameFormat page = text.rootFrame()->frameFormat();
        page.setTopMargin(2.0);
        page.setBottomMargin(8.0);
        text.rootFrame()->setFrameFormat(page);
        if (document.letterhead && !document.letterhead->logo.isNull())
            text.addResource(QTextDocument::ImageResource, letterheadLogoName(), document.letterhead->logo);
        keepTogether(text);
    };
    const QRectF pageArea(QPointF(0, 0), frenchA4().paintRectPixels(kPdfResolution).size());
    const double footerHeight = kFooterMillimetres / 25.4 * kPdfResolution;
    const QSizeF bodySize(pageArea.width(), pageArea.height() - footerHeight);
    text.setPageSize(bodySize);
    const QString html = withLetterhead(document);
    load(html);
    keepTableRowsWhole(text, html, load);
    const int pageCount = text.pageCount();

    QPainter& painter = *m_painter;
    const bool first = !painter.isActive();
    if (first && !painter.begin(&m_device)) {
        return failure(u"Impossible de dessiner sur le périphérique d'impression."_s, {}, ErrorKind::Io);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const double scaleX = m_device.logicalDpiX() / double(kPdfResolution);
    const double scaleY = m_device.logicalDpiY() / double(kPdfResolution);
    for (int page = 0; page < pageCount; ++page) {
        // Each document after the first starts on a page of its own.
        if ((page > 0 || !first) && !m_device.newPage()) {
            return failure(u"Impossible d'ajouter une page."_s, {}, ErrorKind::Io);
        }
        painter.save();
        painter.scale(scaleX, scaleY);
        painter.save();
        const QRectF clip(0, page * bodySize.height(), bodySize.width(), bodySize.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        drawPageOfText(text, painter, clip);
        painter.restore();
        drawFooter(painter, QRectF(0, bodySize.height(), pageArea.width(), footerHeight),
                   document.metadata.title, page + 1, pageCount);
        if (options.draft)
            drawDraftStamp(painter, pageArea);
        painter.restore();
    }
    m_pageCount += pageCount;
    return pageCount;
}

void DocumentSequence::finish() {
    m_finished = true;
    if (m_painter->isActive())
        m_painter->end();
}

Result<int> paintDocument(const PreparedDocument& document, QPagedPaintDevice& device,
                          const RenderOptions& options) {
    DocumentSequence sequence(device);
    const auto painted = sequence.append(document, options);
    sequence.finish();
    return painted;
}

Result<RenderedDocument> renderPdf(const PreparedDocument& document, const RenderOptions& options) {
    QByteArray bytes;
    int pageCount = 0;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setTitle(document.metadata.title);
        writer.setCreator(document.metadata.creator);
        const auto painted = paintDocument(document, writer, options);
        if (!painted)
            return painted.error();
        pageCount = *painted;
    }  // the writer finishes the file when it goes out of scope
    PdfUpdate update;
    update.metadata = &document.metadata;
    update.createdAt = options.createdAt;
    const auto withInfo = appendPdfUpdate(bytes, update);
    if (!withInfo)
        return withInfo.error();
    return RenderedDocument{*withInfo, sha256Hex(*withInfo), pageCount};
}

}  // namespace passerelle::documents
