#pragma once

#include "passerelle/domain/result.h"

#include <QByteArray>
#include <QDialog>
#include <QImage>

#include <memory>

namespace Poppler {
class Document;
}

namespace Ui {
class DocumentViewerDialog;
}

namespace passerelle::ui {

// Shows an issued PDF or an attached scan: PDF pages rendered by poppler, or an image, in a scroll area with
// a zoom. Everything stays in memory: the documents are about minors, so nothing goes to a temporary file
// another program could read or that would stay behind after a crash.
class DocumentViewerDialog final : public QDialog {
    Q_OBJECT

public:
    explicit DocumentViewerDialog(QWidget* parent = nullptr);
    ~DocumentViewerDialog() override;

    // Invalid when the bytes are not a PDF poppler can read (or it is password-protected).
    Status showPdf(const QByteArray& pdf);
    // Invalid when Qt cannot read the image (a format without its plug-in, a damaged file).
    Status showImage(const QByteArray& image);
    int pageCount() const { return m_pageCount; }
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);

private:
    void showPages();

    std::unique_ptr<Ui::DocumentViewerDialog> m_ui;
    std::unique_ptr<Poppler::Document> m_pdf;
    QImage m_image;
    int m_pageCount = 0;
    double m_zoom = 1.0;
};

}  // namespace passerelle::ui
