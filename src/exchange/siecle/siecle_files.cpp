#include "passerelle/exchange/siecle.h"

#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::exchange {
namespace {

// A SIECLE archive holds one XML file; a few more entries (a readme) are ignored, thousands are refused.
constexpr zip_int64_t kMaxZipEntries = 1000;

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

QString megabytes(qint64 bytes) {
    return QString::number(bytes / (1024 * 1024));
}

// Every .xml entry of the archive, read within kMaxSiecleFileBytes each.
void readZip(const QString& path, SiecleData& into) {
    auto error = [&](const QString& file, const QString& message) {
        into.errors.append({file, 0, {}, {}, message});
    };
    int code = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(
        zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code));
    if (!archive) {
        zip_error_t reason;
        zip_error_init_with_code(&reason, code);
        error(path,
              u"not a readable zip archive: %1"_s.arg(QString::fromLocal8Bit(zip_error_strerror(&reason))));
        zip_error_fini(&reason);
        return;
    }
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0 || count > kMaxZipEntries) {
        error(path, u"the zip archive holds too many entries"_s);
        return;
    }
    int xmlEntries = 0;
    for (zip_int64_t index = 0; index < count; ++index) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), zip_uint64_t(index), 0, &stat) != 0 ||
            !(stat.valid & ZIP_STAT_NAME))
            continue;
        const QString entry = QString::fromUtf8(stat.name);
        if (!entry.endsWith(u".xml"_s, Qt::CaseInsensitive) || entry.endsWith(u'/'))
            continue;
        ++xmlEntries;
        const QString name = path + u':' + entry;
        if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(kMaxSiecleFileBytes)) {
            error(name, u"larger than %1 MB uncompressed; refused"_s.arg(megabytes(kMaxSiecleFileBytes)));
            continue;
        }
        std::unique_ptr<zip_file_t, ZipFileCloser> file(
            zip_fopen_index(archive.get(), zip_uint64_t(index), 0));
        if (!file) {
            error(name, u"cannot be read from the archive: %1"_s.arg(
                            QString::fromLocal8Bit(zip_strerror(archive.get()))));
            continue;
        }
        QByteArray bytes;
        bytes.reserve(qsizetype(std::min<zip_uint64_t>(stat.size, zip_uint64_t(kMaxSiecleFileBytes))));
        char buffer[64 * 1024];
        bool failed = false;
        for (;;) {
            const zip_int64_t read = zip_fread(file.get(), buffer, sizeof buffer);
            if (read < 0) {
                error(name, u"cannot be read from the archive: %1"_s.arg(
                                QString::fromLocal8Bit(zip_file_strerror(file.get()))));
                failed = true;
                break;
            }
            if (read == 0)
                break;
            if (bytes.size() + read > kMaxSiecleFileBytes) {
                error(name, u"larger than %1 MB uncompressed; refused"_s.arg(megabytes(kMaxSiecleFileBytes)));
                failed = true;
                break;
            }
            bytes.append(buffer, qsizetype(read));
        }
        if (!failed)
            readSiecleXml(bytes, name, into);
    }
    if (xmlEntries == 0)
        error(path, u"the zip archive holds no .xml file"_s);
}

}  // namespace

SiecleData readSiecle(const QList<QString>& paths) {
    SiecleData data;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            data.errors.append({path, 0, {}, {}, u"cannot be read: %1"_s.arg(file.errorString())});
            continue;
        }
        const QByteArray magic = file.peek(4);
        if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06")) {
            file.close();
            readZip(path, data);
            continue;
        }
        if (file.size() > kMaxSiecleFileBytes) {
            data.errors.append(
                {path, 0, {}, {}, u"larger than %1 MB; refused"_s.arg(megabytes(kMaxSiecleFileBytes))});
            continue;
        }
        const QByteArray bytes = file.read(kMaxSiecleFileBytes + 1);
        if (bytes.size() > kMaxSiecleFileBytes) {
            data.errors.append(
                {path, 0, {}, {}, u"larger than %1 MB; refused"_s.arg(megabytes(kMaxSiecleFileBytes))});
            continue;
        }
        readSiecleXml(bytes, path, data);
    }
    if (paths.isEmpty())
        data.errors.append({{}, 0, {}, {}, u"no SIECLE file given"_s});
    return data;
}

}  // namespace passerelle::exchange
