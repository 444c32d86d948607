#include "pdf_text_layer.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <zlib.h>

namespace passerelle::test {

using namespace Qt::Literals::StringLiterals;

namespace {

struct PdfObject {
    QByteArray dictionary;
    QByteArray stream;  // inflated when the object says /FlateDecode
};

QByteArray inflate(const QByteArray& compressed) {
    QByteArray result;
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = uInt(compressed.size());
    char buffer[16384];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        status = ::inflate(&stream, Z_NO_FLUSH);
        result.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return result;
}

QHash<int, PdfObject> objects(const QByteArray& pdf) {
    QHash<int, PdfObject> result;
    static const QRegularExpression object(u"(\\d+) 0 obj(.*?)endobj"_s,
                                           QRegularExpression::DotMatchesEverythingOption);
    // Latin-1 keeps every byte as one character, so offsets and binary streams survive the regular
    // expression.
    const QString text = QString::fromLatin1(pdf);
    for (auto it = object.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QByteArray body = match.captured(2).toLatin1();
        PdfObject parsed;
        const qsizetype streamAt = body.indexOf("stream");
        if (streamAt >= 0) {
            parsed.dictionary = body.left(streamAt);
            qsizetype start = streamAt + 6;
            if (body.mid(start, 2) == "\r\n")
                start += 2;
            else if (body.mid(start, 1) == "\n")
                start += 1;
            const qsizetype end = body.lastIndexOf("endstream");
            QByteArray data = body.mid(start, end - start);
            if (data.endsWith('\n'))
                data.chop(1);
            parsed.stream = parsed.dictionary.contains("/FlateDecode") ? inflate(data) : data;
        } else {
            parsed.dictionary = body;
        }
        result.insert(match.captured(1).toInt(), parsed);
    }
    return result;
}

int reference(const QByteArray& dictionary, const char* key) {
    static QHash<QByteArray, QRegularExpression> patterns;
    const QByteArray name(key);
    if (!patterns.contains(name))
        patterns.insert(name, QRegularExpression(u"/"_s + QString::fromLatin1(name) + u"\\s+(\\d+) 0 R"_s));
    const auto match = patterns[name].match(QString::fromLatin1(dictionary));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString fromHex(const QString& hex) {
    QString text;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        text += QChar(char16_t(hex.mid(i, 4).toUShort(nullptr, 16)));
    return text;
}

// A ToUnicode CMap: bfchar and bfrange entries, the forms Qt writes.
QHash<int, QString> toUnicode(const QByteArray& cmap) {
    QHash<int, QString> map;
    const QString text = QString::fromLatin1(cmap);
    static const QRegularExpression section(u"begin(bfchar|bfrange)(.*?)end\\1"_s,
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression hex(u"<([0-9A-Fa-f]+)>"_s);
    static const QRegularExpression rangeLine(
        u"<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(\\[[^\\]]*\\]|<[0-9A-Fa-f]+>)"_s);
    for (auto it = section.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(1) == u"bfchar"_s) {
            QStringList values;
            for (auto h = hex.globalMatch(match.captured(2)); h.hasNext();)
                values << h.next().captured(1);
            for (qsizetype i = 0; i + 1 < values.size(); i += 2)
                map.insert(values[i].toInt(nullptr, 16), fromHex(values[i + 1]));
            continue;
        }
        for (auto line = rangeLine.globalMatch(match.captured(2)); line.hasNext();) {
            const auto range = line.next();
            const int first = range.captured(1).toInt(nullptr, 16);
            const int last = range.captured(2).toInt(nullptr, 16);
            const QString target = range.captured(3);
            if (target.startsWith(u'[')) {
                int code = first;
                for (auto h = hex.globalMatch(target); h.hasNext() && code <= last; ++code)
                    map.insert(code, fromHex(h.next().captured(1)));
            } else {
                const QString start = fromHex(target.mid(1, target.size() - 2));
                for (int code = first; code <= last && !start.isEmpty(); ++code) {
                    QString value = start;
                    value.back() = QChar(char16_t(start.back().unicode() + (code - first)));
                    map.insert(code, value);
                }
            }
        }
    }
    return map;
}

}  // namespace

QString pdfTextLayer(const QByteArray& pdf) {
    const QHash<int, PdfObject> all = objects(pdf);
    // Font resource names (/F7) to their ToUnicode maps; Qt names each font after its object.
    QHash<QString, QHash<int, QString>> fonts;
    static const QRegularExpression fontEntry(u"/(F\\d+)\\s+(\\d+) 0 R"_s);
    for (const PdfObject& object : all) {
        const QString dictionary = QString::fromLatin1(object.dictionary);
        if (!dictionary.contains(u"/Font"_s))
            continue;
        for (auto it = fontEntry.globalMatch(dictionary); it.hasNext();) {
            const auto match = it.next();
            const PdfObject font = all.value(match.captured(2).toInt());
            const int cmap = reference(font.dictionary, "ToUnicode");
            if (cmap >= 0)
                fonts.insert(match.captured(1), toUnicode(all.value(cmap).stream));
        }
    }
    // Pages in the order of the page tree's /Kids.
    QList<int> pages;
    static const QRegularExpression kids(u"/Kids\\s*\\[([^\\]]*)\\]"_s);
    static const QRegularExpression ref(u"(\\d+) 0 R"_s);
    for (const PdfObject& object : all) {
        const auto match = kids.match(QString::fromLatin1(object.dictionary));
        if (!match.hasMatch() || !object.dictionary.contains("/Type /Pages"))
            continue;
        for (auto it = ref.globalMatch(match.captured(1)); it.hasNext();)
            pages << it.next().captured(1).toInt();
    }
    static const QRegularExpression operation(u"/(F\\d+)\\s+[\\d.]+\\s+Tf|<([0-9A-Fa-f]*)>\\s*Tj|\\bET\\b"_s);
    QStringList blocks;
    for (const int page : pages) {
        const int contents = reference(all.value(page).dictionary, "Contents");
        const QString content = QString::fromLatin1(all.value(contents).stream);
        const QHash<int, QString>* font = nullptr;
        QString block;
        for (auto it = operation.globalMatch(content); it.hasNext();) {
            const auto match = it.next();
            if (!match.captured(1).isEmpty()) {
                const auto found = fonts.constFind(match.captured(1));
                font = found == fonts.constEnd() ? nullptr : &found.value();
            } else if (match.captured() == u"ET"_s) {
                if (!block.isEmpty())
                    blocks << block;
                block.clear();
            } else if (font) {
                const QString hex = match.captured(2);
                for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
                    block += font->value(hex.mid(i, 4).toInt(nullptr, 16));
            }
        }
    }
    // Qt maps a glyph to the lowest code point the font draws with it: the space's glyph reads as a tab.
    return blocks.join(u'\n').replace(u'\t', u' ');
}

}  // namespace passerelle::test
