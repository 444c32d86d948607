#include "passerelle/ui/document_viewer_dialog.h"

#include "ui_document_viewer_dialog.h"

#include <QGuiApplication>
#include <QLabel>
#include <QPixmap>

#include <poppler-qt6.h>

#include <algorithm>

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double minimumZoom = 0.25;
constexpr double maximumZoom = 4.0;
constexpr double zoomStep = 1.25;
// At zoom 100 % a page is shown at the screen's usual resolution: an A4 page is about 800 pixels wide.
constexpr double screenDpi = 96.0;

}  // namespace

DocumentViewerDialog::DocumentViewerDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DocumentViewerDialog>()) {
    m_ui->setupUi(this);
    m_ui->scrollArea->setBackgroundRole(QPalette::Dark);
    connect(m_ui->zoomInButton, &QToolButton::clicked, this, [this] { setZoom(m_zoom * zoomStep); });
    connect(m_ui->zoomOutButton, &QToolButton::clicked, this, [this] { setZoom(m_zoom / zoomStep); });
}

DocumentViewerDialog::~DocumentViewerDialog() = default;

Status DocumentViewerDialog::showPdf(const QByteArray& pdf) {
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return failure(tr("This file is not a PDF that can be shown."));
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    m_pdf = std::move(document);
    m_image = QImage();
    m_pageCount = m_pdf->numPages();
    showPages();
    return success();
}

Status DocumentViewerDialog::showImage(const QByteArray& image) {
    QImage read = QImage::fromData(image);
    if (read.isNull())
        return failure(tr("This image cannot be shown."));
    m_pdf.reset();
    m_image = std::move(read);
    m_pageCount = 1;
    showPages();
    return success();
}

void DocumentViewerDialog::setZoom(double zoom) {
    const double bounded = std::clamp(zoom, minimumZoom, maximumZoom);
    if (qFuzzyCompare(bounded, m_zoom))
        return;
    m_zoom = bounded;
    showPages();
}

void DocumentViewerDialog::showPages() {
    // Every page is a label above the spacer that keeps them at the top.
    while (m_ui->pagesLayout->count() > 1) {
        QLayoutItem* item = m_ui->pagesLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const double scale = devicePixelRatioF();
    for (int index = 0; index < m_pageCount; ++index) {
        QImage page;
        if (m_pdf) {
            if (const std::unique_ptr<Poppler::Page> pdfPage = m_pdf->page(index)) {
                const double dpi = screenDpi * m_zoom * scale;
                page = pdfPage->renderToImage(dpi, dpi);
            }
        } else {
            page = m_image.scaled(m_image.size() * m_zoom * scale, Qt::KeepAspectRatio,
                                  Qt::SmoothTransformation);
        }
        QPixmap pixmap = QPixmap::fromImage(page);
        pixmap.setDevicePixelRatio(scale);
        auto* label = new QLabel(m_ui->pagesWidget);
        label->setObjectName(u"page%1"_s.arg(index + 1));
        label->setAlignment(Qt::AlignHCenter);
        label->setPixmap(pixmap);
        label->setAccessibleName(tr("Page %1 of %2").arg(index + 1).arg(m_pageCount));
        m_ui->pagesLayout->insertWidget(index, label);
    }
    QGuiApplication::restoreOverrideCursor();
    m_ui->pageCountLabel->setText(m_pdf ? tr("%n page(s)", nullptr, m_pageCount) : QString());
    m_ui->zoomLabel->setText(tr("%1 %").arg(qRound(m_zoom * 100)));
    m_ui->zoomInButton->setEnabled(m_zoom < maximumZoom);
    m_ui->zoomOutButton->setEnabled(m_zoom > minimumZoom);
}

}  // namespace passerelle::ui
