#pragma once

// An incremental update appended to a PDF with a classic cross-reference table (what QPdfWriter writes):
// a new document information dictionary (QPdfWriter cannot set Author or Subject) and, for signing, an
// AcroForm whose default resources hold a standard Helvetica font. poppler reuses that font for the
// signature's appearance instead of embedding a whole TrueType font (1.2 MB), so signing stays small.

#include "passerelle/documents/pdf_output.h"
#include "passerelle/domain/result.h"

#include <QByteArray>
#include <QDateTime>

namespace passerelle::documents {

struct PdfUpdate {
    const PdfMetadata* metadata = nullptr;  // replace the information dictionary
    QDateTime createdAt;
    bool signingFont = false;  // add an AcroForm with a Helvetica default resource, unless there is one
};

// Fails (Invalid) when the file has no classic trailer (cross-reference streams): callers may go on without.
Result<QByteArray> appendPdfUpdate(const QByteArray& pdf, const PdfUpdate& update);

// "D:20261124093000+01'00'"
QByteArray pdfDate(const QDateTime& dateTime);

}  // namespace passerelle::documents
