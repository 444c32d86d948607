#pragma once

// The text layer of a PDF as the PDF holds it, character for character. pdftotext (poppler) turns every
// Unicode space into a word break, so it cannot tell whether « Nom : » carries its no-break space; this reads
// the characters back through each font's ToUnicode map instead. It understands the PDFs Qt writes (Type0
// fonts, one glyph per Tj, Flate-compressed content streams), not PDFs at large.

#include <QByteArray>
#include <QString>

namespace passerelle::test {

// Every page's text in page order; the text of each BT … ET block is joined, blocks are separated by a
// newline.
QString pdfTextLayer(const QByteArray& pdf);

}  // namespace passerelle::test
