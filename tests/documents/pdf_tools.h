#pragma once

// Reading generated PDFs back the way a person would: poppler-utils' pdftotext, pdfinfo, pdftoppm.

#include <QByteArray>
#include <QImage>
#include <QMap>
#include <QString>

namespace passerelle::test {

// The text of the PDF (one page when page > 0), whitespace collapsed and NFKC-normalised (pdftotext keeps
// Qt's ligatures such as "ﬀ"), so the documents' no-break spaces read as spaces, and their typographic
// apostrophes (’) read as ' too: tests compare words, pdfRawText() checks typography. `layout` keeps table
// rows on one line (pdftotext -layout) instead of reading them column by column.
QString pdfText(const QByteArray& pdf, int page = 0, bool layout = false);
// pdftotext's text as it is, only runs of ASCII whitespace collapsed: U+00A0, U+202F and ’ stay.
QString pdfRawText(const QByteArray& pdf, int page = 0);
// The large diagonal text of a page (the draft stamp), which pdftotext splits into pieces: the words taller
// than 40 pt, joined from the bottom of the page up as the stamp rises.
QString largeText(const QByteArray& pdf, int page);
// True when the words of `phrase` appear in `text` in that order, other words possibly between them: blocks
// printed side by side (signatures, insurances) come out of pdftotext with their lines interleaved.
bool hasWordsInOrder(const QString& text, const QString& phrase);
// pdfinfo's "Key: value" lines.
QMap<QString, QString> pdfInfo(const QByteArray& pdf);
// Page 1 rendered by pdftoppm at the given resolution.
QImage renderFirstPage(const QByteArray& pdf, int dpi = 50);
// Runs a program with `input` on its standard input, returning its output; exitCode receives its exit code.
QString runProgram(const QString& program, const QStringList& arguments, int* exitCode = nullptr,
                   const QByteArray& input = {});

}  // namespace passerelle::test

namespace passerelle::test {
// When PASSERELLE_DOCUMENTS_OUT names a folder, writes the PDF there (for docs/screenshots and by-eye
// checks).
void keepForInspection(const QString& name, const QByteArray& pdf);
}  // namespace passerelle::test

// Text read back is NFKC-normalised ("…" becomes "..."), so the expected text is too.
#define EXPECT_CONTAINS(text, needle)                                                       \
    EXPECT_TRUE((text).contains(QString(needle).normalized(QString::NormalizationForm_KC))) \
        << "missing: " << QString(needle).toStdString()

#define EXPECT_WORDS_IN_ORDER(text, phrase)                                                         \
    EXPECT_TRUE(hasWordsInOrder((text), QString(phrase).normalized(QString::NormalizationForm_KC))) \
        << "not in order: " << QString(phrase).toStdString()
