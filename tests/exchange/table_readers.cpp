#include "table_readers.h"

#include <QFile>

#include <zip.h>

namespace passerelle::test {

std::optional<ParsedCsv> parseCsv(const QByteArray& bytes) {
    ParsedCsv parsed;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        parsed.bom = true;
        data.remove(0, 3);
    }
    const QString text = QString::fromUtf8(data);
    QStringList row;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field was quoted (nothing may follow its closing quote)
    bool fieldStarted = false;
    qsizetype i = 0;
    const auto endField = [&] {
        row << field;
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    i += 2;
                    continue;
                }
                quoted = false;
                wasQuoted = true;
            } else {
                field += c;
            }
            ++i;
            continue;
        }
        if (c == u';') {
            endField();
            ++i;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            else
                parsed.crlf = false;
            endField();
            parsed.rows << row;
            row.clear();
            ++i;
            continue;
        }
        if (c == u'"') {
            if (fieldStarted || wasQuoted)
                return std::nullopt;
            quoted = true;
        } else {
            if (wasQuoted)
                return std::nullopt;
            field += c;
        }
        fieldStarted = true;
        ++i;
    }
    if (quoted)
        return std::nullopt;
    if (fieldStarted || !row.isEmpty()) {  // a last record without its line break
        parsed.crlf = false;
        endField();
        parsed.rows << row;
    }
    return parsed;
}

std::optional<QByteArray> zipEntry(const QString& zipPath, const char* entryName) {
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &error);
    if (archive == nullptr)
        return std::nullopt;
    std::optional<QByteArray> result;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, entryName, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0) {
        if (zip_file_t* file = zip_fopen(archive, entryName, 0)) {
            QByteArray bytes(static_cast<qsizetype>(stat.size), '\0');
            if (zip_fread(file, bytes.data(), stat.size) == static_cast<zip_int64_t>(stat.size))
                result = bytes;
            zip_fclose(file);
        }
    }
    zip_discard(archive);
    return result;
}

}  // namespace passerelle::test
