#include "pdf_update.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Trailer {
    int size = 0;
    int rootObject = 0;
    int rootGeneration = 0;
    qint64 startXref = 0;
};

Result<Trailer> readTrailer(const QByteArray& pdf) {
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startXrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startXrefAt < trailerAt) {
        return failure(u"Ce PDF n'a pas de table de références classique."_s);
    }
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startXrefAt - trailerAt));
    static const QRegularExpression sizePattern(u"/Size\\s+(\\d+)"_s);
    static const QRegularExpression rootPattern(u"/Root\\s+(\\d+)\\s+(\\d+)\\s+R"_s);
    static const QRegularExpression xrefPattern(u"startxref\\s+(\\d+)"_s);
    const auto size = sizePattern.match(trailer);
    const auto root = rootPattern.match(trailer);
    const auto xref = xrefPattern.match(QString::fromLatin1(pdf.mid(startXrefAt, 64)));
    if (!size.hasMatch() || !root.hasMatch() || !xref.hasMatch()) {
        return failure(u"Le dictionnaire de fin du PDF est illisible."_s);
    }
    return Trailer{size.captured(1).toInt(), root.captured(1).toInt(), root.captured(2).toInt(),
                   xref.captured(1).toLongLong()};
}

// The catalog dictionary's text, from the last definition of the object (later updates win).
Result<QByteArray> readCatalog(const QByteArray& pdf, const Trailer& trailer) {
    const QByteArray header =
        QByteArray::number(trailer.rootObject) + ' ' + QByteArray::number(trailer.rootGeneration) + " obj";
    qsizetype at = pdf.size();
    while ((at = pdf.lastIndexOf(header, at - 1)) > 0) {
        const char before = pdf.at(at - 1);
        if (before == '\n' || before == '\r' || before == ' ')
            break;
    }
    if (at <= 0)
        return failure(u"Le catalogue du PDF est introuvable."_s);
    const qsizetype open = pdf.indexOf("<<", at);
    const qsizetype end = pdf.indexOf("endobj", at);
    const qsizetype close = pdf.lastIndexOf(">>", end);
    if (open < 0 || end < 0 || close < open)
        return failure(u"Le catalogue du PDF est illisible."_s);
    return pdf.mid(open, close + 2 - open);
}

// A text string as UTF-16BE with its byte order mark, in hexadecimal: safe for any character.
QByteArray pdfText(const QString& text) {
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

}  // namespace

QByteArray pdfDate(const QDateTime& dateTime) {
    const QDateTime local = dateTime.toLocalTime();
    const int offset = local.offsetFromUtc() / 60;
    QByteArray text = "D:" + local.toString(u"yyyyMMddHHmmss"_s).toLatin1();
    if (offset == 0)
        return text + 'Z';
    text += offset > 0 ? '+' : '-';
    const int absolute = std::abs(offset);
    text += QByteArray::number(absolute / 60).rightJustified(2, '0') + '\'' +
            QByteArray::number(absolute % 60).rightJustified(2, '0') + '\'';
    return text;
}

Result<QByteArray> appendPdfUpdate(const QByteArray& pdf, const PdfUpdate& update) {
    const auto trailer = readTrailer(pdf);
    if (!trailer)
        return trailer.error();

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    struct Entry {
        int object;
        qint64 offset;
    };
    QList<Entry> entries;
    int next = trailer->size;
    auto addObject = [&](int number, const QByteArray& body) {
        entries << Entry{number, out.size()};
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };

    int infoObject = 0;
    if (update.metadata) {
        const PdfMetadata& meta = *update.metadata;
        const QDateTime created =
            update.createdAt.isValid() ? update.createdAt : QDateTime::currentDateTime();
        infoObject = next++;
        addObject(infoObject,
                  "<<\n/Title " + pdfText(meta.title) + "\n/Author " + pdfText(meta.author) + "\n/Subject " +
                      pdfText(meta.subject) + "\n/Creator " + pdfText(meta.creator) + "\n/Producer " +
                      pdfText(u"Passerelle (Qt %1)"_s.arg(QString::fromLatin1(qVersion()))) +
                      "\n/CreationDate (" + pdfDate(created) + ")\n/ModDate (" + pdfDate(created) + ")\n>>");
    }
    if (update.signingFont) {
        const auto catalog = readCatalog(pdf, *trailer);
        if (!catalog)
            return catalog.error();
        if (!catalog->contains("/AcroForm")) {
            const int formObject = next++;
            const int fontObject = next++;
            QByteArray newCatalog = catalog->left(catalog->size() - 2);
            newCatalog += "/AcroForm " + QByteArray::number(formObject) + " 0 R\n>>";
            // Before embedding a font, poppler 22.12 looks for a resource named "popplerfont..." whose
            // BaseFont is the family and style it wants, "Helvetica" + ' ' + "" (hence the #20 space).
            addObject(trailer->rootObject, newCatalog);
            addObject(formObject, "<<\n/Fields []\n/DR << /Font << /popplerfont0 " +
                                      QByteArray::number(fontObject) +
                                      " 0 R >> >>\n/DA (/popplerfont0 0 Tf 0 g)\n>>");
            addObject(fontObject,
                      "<<\n/Type /Font\n/Subtype /Type1\n/BaseFont /Helvetica#20\n"
                      "/Encoding /WinAnsiEncoding\n>>");
        }
    }
    if (entries.isEmpty())
        return pdf;

    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.object < b.object; });
    const qint64 xrefAt = out.size();
    out += "xref\n";
    // One subsection per run of consecutive object numbers.
    for (qsizetype i = 0; i < entries.size();) {
        qsizetype j = i;
        while (j + 1 < entries.size() && entries[j + 1].object == entries[j].object + 1)
            ++j;
        out += QByteArray::number(entries[i].object) + ' ' + QByteArray::number(j - i + 1) + '\n';
        for (qsizetype k = i; k <= j; ++k) {
            out += QByteArray::number(entries[k].offset).rightJustified(10, '0') + " 00000 n \n";
        }
        i = j + 1;
    }
    QByteArray newTrailer = "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root " +
                            QByteArray::number(trailer->rootObject) + ' ' +
                            QByteArray::number(trailer->rootGeneration) + " R\n";
    if (infoObject) {
        newTrailer += "/Info " + QByteArray::number(infoObject) + " 0 R\n";
    } else {
        static const QRegularExpression infoPattern(u"/Info\\s+\\d+\\s+\\d+\\s+R"_s);
        const qsizetype trailerAt = pdf.lastIndexOf("trailer");
        const auto info = infoPattern.match(QString::fromLatin1(pdf.mid(trailerAt, 512)));
        if (info.hasMatch())
            newTrailer += info.captured(0).toLatin1() + '\n';
    }
    newTrailer += "/Prev " + QByteArray::number(trailer->startXref) + "\n>>\nstartxref\n" +
                  QByteArray::number(xrefAt) + "\n%%EOF\n";
    out += newTrailer;
    return out;
}

}  // namespace passerelle::documents
