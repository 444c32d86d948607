// Page-by-page layout: QTextDocument paginates the HTML, and each page is painted through QPainter so that
// the footer and the draft stamp can be drawn on every page (QTextDocument::print cannot do that).
#include "passerelle/documents/pdf_output.h"

#include "passerelle/documents/french_typography.h"
#include "passerelle/documents/template_engine.h"
#include "pdf_update.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFont>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

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

// « PROJET » in large pale letters along the page's diagonal, above the text so nobody can miss it. The size
// is measured on the device, so the stamp spans the same share of the page on a 300 dpi PDF and on a printer.
void drawDraftStamp(QPainter& painter, const QRectF& page) {
    static const QString stamp = u"PROJET"_s;
    painter.save();
    QFont font(u"DejaVu Sans"_s);
    font.setBold(true);
    font.setPointSizeF(72.0);
    painter.setFont(font);
    // Measure at 72 pt, then set the size that spans 60 % of the diagonal. Scaling the painter instead would
    // make Qt draw the letters as outlines, and the stamp would no longer be text that pdftotext or a search
    // finds.
    const QRectF measured = painter.boundingRect(QRectF(), Qt::AlignCenter, stamp);
    const double diagonal = std::hypot(page.width(), page.height());
    font.setPointSizeF(72.0 * 0.6 * diagonal / measured.width());
    painter.setFont(font);
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
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(90, 90, 90));
    painter.drawLine(area.topLeft() + QPointF(0, area.height() * 0.25),
                     area.topRight() + QPointF(0, area.height() * 0.25));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom, frenchTypography(title));
    painter.drawText(area, Qt::AlignRight | Qt::AlignBottom, u"Page %1 / %2"_s.arg(page).arg(pageCount));
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

    QTextDocument text;
    text.setDefaultStyleSheet(deviceStyleSheet(*style, m_device.logicalDpiY()));
    text.documentLayout()->setPaintDevice(&m_device);
    text.setDocumentMargin(0);
    text.setHtml(document.html);

    const int dpi = m_device.logicalDpiY();
    const QRectF pageArea(QPointF(0, 0),
                          m_device.pageLayout().paintRectPixels(m_device.logicalDpiX()).size());
    const double footerHeight = kFooterMillimetres / 25.4 * dpi;
    const QSizeF bodySize(pageArea.width(), pageArea.height() - footerHeight);
    text.setPageSize(bodySize);
    const int pageCount = text.pageCount();

    QPainter& painter = *m_painter;
    const bool first = !painter.isActive();
    if (first && !painter.begin(&m_device)) {
        return failure(u"Impossible de dessiner sur le périphérique d'impression."_s, {}, ErrorKind::Io);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < pageCount; ++page) {
        // Each document after the first starts on a page of its own.
        if ((page > 0 || !first) && !m_device.newPage()) {
            return failure(u"Impossible d'ajouter une page."_s, {}, ErrorKind::Io);
        }
        painter.save();
        const QRectF clip(0, page * bodySize.height(), bodySize.width(), bodySize.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        text.documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(painter, QRectF(0, bodySize.height(), pageArea.width(), footerHeight),
                   document.metadata.title, page + 1, pageCount);
        if (options.draft)
            drawDraftStamp(painter, pageArea);
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
