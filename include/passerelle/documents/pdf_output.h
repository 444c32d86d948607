#pragma once

// From a prepared HTML document to pages: a PDF in memory, or any paged device such as the QPrinter of the
// UI's QPrintPreviewDialog. A draft gets a « PROJET » stamp across every page.

#include "passerelle/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace passerelle::documents {

struct PdfMetadata {
    QString title;
    QString subject;
    QString author = QStringLiteral("Passerelle");
    QString creator = QStringLiteral("Passerelle " PASSERELLE_VERSION);
};

// The head of the first page (issue 12): the home school's logo at left, its name in bold and its address,
// phone and e-mail at right, a thin rule below. Built by letterheadOf (context_builder.h) from the school and
// the logo the preferences hold; DocumentMaker adds it to the documents it makes.
struct Letterhead {
    QImage logo;  // null: the name and address only
    QString name;
    QStringList addressLines;
    QString phone;
    QString email;
};

// A document ready to be laid out: the filled HTML and what its PDF says about itself.
struct PreparedDocument {
    QString html;
    PdfMetadata metadata;
    std::optional<Letterhead> letterhead;  // printed at the top of the first page, above the HTML
};

struct RenderOptions {
    bool draft = false;   // the rules found errors: stamp « PROJET » on every page
    QDateTime createdAt;  // the PDF's creation date; invalid means now
};

// An issued document: the bytes and their SHA-256, which storage records.
struct RenderedDocument {
    QByteArray pdf;
    QByteArray sha256;  // lowercase hexadecimal, 64 characters
    int pageCount = 0;
};

Result<RenderedDocument> renderPdf(const PreparedDocument& document, const RenderOptions& options = {});

// Lays the document out on the device's pages (A4, French margins). Returns the number of pages painted.
Result<int> paintDocument(const PreparedDocument& document, QPagedPaintDevice& device,
                          const RenderOptions& options = {});

// Several documents laid out one after the other on one device, each from a new page and with its own
// « Page i / n » footer: one merged PDF of many records, or one print job. The painter stays open between
// documents (ending it would close a PDF writer's file); finish(), or the destructor, ends it.
class DocumentSequence {
public:
    explicit DocumentSequence(QPagedPaintDevice& device);
    ~DocumentSequence();
    DocumentSequence(const DocumentSequence&) = delete;
    DocumentSequence& operator=(const DocumentSequence&) = delete;

    // Paints the document after the ones already there. Returns its number of pages.
    Result<int> append(const PreparedDocument& document, const RenderOptions& options = {});
    // The pages painted so far, every document together.
    int pageCount() const { return m_pageCount; }
    // Ends the painting: a PDF writer writes the end of its file. Nothing can be appended afterwards.
    void finish();

private:
    QPagedPaintDevice& m_device;
    std::unique_ptr<QPainter> m_painter;
    int m_pageCount = 0;
    bool m_finished = false;
};

// Lowercase hexadecimal SHA-256 of the bytes.
QByteArray sha256Hex(const QByteArray& bytes);

}  // namespace passerelle::documents
