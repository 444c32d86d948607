// Issued documents and attachments: blobs with their SHA-256, checked again whenever they are read.
#include "passerelle/storage/document_archive.h"

#include "archive_rows.h"
#include "passerelle/storage/database.h"
#include "sql.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

// Seconds are kept, unlike the records' date-times: this is the trace of when a document left the school.
const QString timestampFormat = u"yyyy-MM-dd'T'HH:mm:ss"_s;

// The types a signed copy comes as: the PDF itself, or a scan or photo of the paper.
const QStringList acceptedTypes{u"application/pdf"_s, u"image/png"_s, u"image/jpeg"_s, u"image/tiff"_s};

QString tableOf(ArchivedKind kind) {
    switch (kind) {
        case ArchivedKind::Agreement:
            return u"agreements"_s;
        case ArchivedKind::Measure:
            return u"measures"_s;
        case ArchivedKind::Group:
            return u"group_activities"_s;
    }
    return {};
}

QString nounOf(ArchivedKind kind) {
    switch (kind) {
        case ArchivedKind::Agreement:
            return u"agreement"_s;
        case ArchivedKind::Measure:
            return u"measure"_s;
        case ArchivedKind::Group:
            return u"group activity"_s;
    }
    return {};
}

QString sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString timestamp(const QDateTime& at) {
    return at.toLocalTime().toString(timestampFormat);
}

QDateTime toTimestamp(const QVariant& value) {
    return QDateTime::fromString(value.toString(), timestampFormat);
}

// Statements that carry file contents are not cached: a cached statement keeps its last bound values, a copy
// of up to 50 MB, for as long as the connection is open.
Result<qint64> insertRow(Database& database, const QString& sql, const Values& values) {
    QSqlQuery query(database.connection());
    // RETURNING, not lastInsertId(): QPSQL gives no id for an identity column (both engines read it).
    if (!query.prepare(sql + u" RETURNING id"_s))
        return databaseError(u"The database could not prepare a statement"_s, query.lastError());
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return databaseError(u"The database could not store the file"_s, query.lastError());
    const QVariant id = query.next() ? query.value(0) : QVariant();
    if (!id.isValid())
        return failure(u"The database did not give the stored file an id."_s, {}, ErrorKind::Io);
    return id.toLongLong();
}

Status checkRecordExists(Database& database, const RecordRef& record) {
    const auto found =
        selectValue(database, u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(tableOf(record.kind)), {record.id});
    if (!found)
        return found.error();
    if (!found->has_value()) {
        return failure(u"There is no %1 with the id \"%2\" (someone else may have deleted it)."_s.arg(
                           nounOf(record.kind), record.id),
                       u"id"_s, ErrorKind::NotFound);
    }
    return success();
}

// The blob and its recorded SHA-256, checked: a copy that changed since it was stored is never handed out.
Result<QByteArray> checkedBlob(Database& database, const QString& sql, qint64 id, const QString& what) {
    std::optional<QByteArray> bytes;
    QString recorded;
    const Status read = forEachRow(database, sql, {id}, [&](const QSqlQuery& row) {
        recorded = row.value(0).toString();
        bytes = row.value(1).toByteArray();
        return success();
    });
    if (!read)
        return read.error();
    if (!bytes)
        return failure(u"There is no %1 with the id %2."_s.arg(what).arg(id), u"id"_s, ErrorKind::NotFound);
    if (sha256Hex(*bytes) != recorded) {
        return failure(
            u"The stored %1 (id %2) no longer matches the SHA-256 recorded when it was stored: the "
            u"database file was damaged or changed by another program. Do not rely on this copy."_s.arg(what)
                .arg(id),
            {}, ErrorKind::Io);
    }
    return *bytes;
}

QString megabytes(qint64 bytes) {
    return QLocale::c().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// The accepted type the file is, judged by its name and its content together, and confirmed by the content
// alone: a text file renamed scan.pdf is not a PDF.
std::optional<QString> acceptedType(const QString& fileName, const QByteArray& content, QString& found) {
    const QMimeDatabase types;
    const QMimeType byNameAndContent = types.mimeTypeForFileNameAndData(fileName, content);
    const QMimeType byContent = types.mimeTypeForData(content);
    found = byNameAndContent.name();
    for (const QString& accepted : acceptedTypes) {
        if (byNameAndContent.inherits(accepted) && byContent.inherits(accepted))
            return accepted;
    }
    return std::nullopt;
}

}  // namespace

QString key(ArchivedKind kind) {
    switch (kind) {
        case ArchivedKind::Agreement:
            return u"agreement"_s;
        case ArchivedKind::Measure:
            return u"measure"_s;
        case ArchivedKind::Group:
            return u"group"_s;
    }
    return {};
}

Result<IssuedDocument> DocumentArchive::issue(const RecordRef& record, const QString& document,
                                              const QByteArray& pdf, bool draft, bool signedCopy,
                                              const QDateTime& at) {
    const QString name = document.trimmed();
    if (name.isEmpty())
        return failure(u"An issued document needs a name (agreement, measure ...)."_s, u"document"_s);
    // "%PDF-" within the first 1024 bytes is what the PDF specification asks of a reader.
    if (!pdf.left(1024).contains("%PDF-"))
        return failure(u"The document \"%1\" to issue is not a PDF."_s.arg(name), u"pdf"_s);
    if (!at.isValid())
        return failure(u"The date and time of issue is missing."_s, u"issuedAt"_s);

    IssuedDocument issued;
    issued.record = record;
    issued.document = name;
    issued.issuedAt = QDateTime::fromString(timestamp(at), timestampFormat);
    issued.sha256 = sha256Hex(pdf);
    issued.draft = draft;
    issued.signedCopy = signedCopy;
    const Status status = m_database.transaction([&]() -> Status {
        if (auto s = checkRecordExists(m_database, record); !s)
            return s;
        // Under the transaction's write lock: no other writer can take the same number meanwhile.
        const auto last = selectValue(m_database,
                                      u"SELECT MAX(version) FROM issued_documents "
                                      "WHERE record_kind = ? AND record_id = ? AND document = ?"_s,
                                      {key(record.kind), record.id, name});
        if (!last)
            return last.error();
        issued.version = (last->has_value() && !(*last)->isNull() ? (*last)->toInt() : 0) + 1;
        const auto id =
            insertRow(m_database,
                      u"INSERT INTO issued_documents (record_kind, record_id, document, version, "
                      "issued_at, sha256, draft, pdf, signed_copy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      {key(record.kind), record.id, name, issued.version, timestamp(at), issued.sha256,
                       boolValue(draft), pdf, boolValue(signedCopy)});
        if (!id)
            return id.error();
        issued.id = *id;
        return success();
    });
    if (!status)
        return status.error();
    return issued;
}

Result<QList<IssuedDocument>> DocumentArchive::versions(const RecordRef& record) const {
    return selectList<IssuedDocument>(
        m_database,
        u"SELECT id, document, version, issued_at, sha256, draft, signed_copy FROM issued_documents "
        "WHERE record_kind = ? AND record_id = ? ORDER BY issued_at DESC, id DESC"_s,
        {key(record.kind), record.id}, [&](const QSqlQuery& row) -> IssuedDocument {
            return {row.value(0).toLongLong(), record,
                    row.value(1).toString(),   row.value(2).toInt(),
                    toTimestamp(row.value(3)), row.value(4).toString(),
                    toBool(row.value(5)),      toBool(row.value(6))};
        });
}

Result<QByteArray> DocumentArchive::pdf(qint64 id) const {
    return checkedBlob(m_database, u"SELECT sha256, pdf FROM issued_documents WHERE id = ?"_s, id,
                       u"issued document"_s);
}

Result<Attachment> DocumentArchive::attach(const RecordRef& record, const QString& fileName,
                                           const QByteArray& content, const QDateTime& at) {
    const QString name = QFileInfo(fileName).fileName();
    if (name.isEmpty())
        return failure(u"An attached file needs a name."_s, u"fileName"_s);
    if (content.isEmpty())
        return failure(u"\"%1\" is empty: nothing was attached."_s.arg(name), u"fileName"_s);
    if (content.size() > maxAttachmentSize) {
        return failure(u"\"%1\" is %2 MB: an attached file may not be larger than %3 MB."_s.arg(
                           name, megabytes(content.size()), megabytes(maxAttachmentSize)),
                       u"fileName"_s);
    }
    QString found;
    const auto type = acceptedType(name, content, found);
    if (!type) {
        return failure(
            u"\"%1\" is neither a PDF nor an image (PNG, JPEG, TIFF) but %2: only those can be "
            u"attached."_s.arg(name, found),
            u"fileName"_s);
    }
    if (!at.isValid())
        return failure(u"The date and time the file is attached is missing."_s, u"addedAt"_s);

    Attachment attachment;
    attachment.record = record;
    attachment.fileName = name;
    attachment.mimeType = *type;
    attachment.sha256 = sha256Hex(content);
    attachment.size = content.size();
    attachment.addedAt = QDateTime::fromString(timestamp(at), timestampFormat);
    const Status status = m_database.transaction([&]() -> Status {
        if (auto s = checkRecordExists(m_database, record); !s)
            return s;
        const auto id =
            insertRow(m_database,
                      u"INSERT INTO attachments (record_kind, record_id, file_name, mime_type, sha256, "
                      "size, added_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      {key(record.kind), record.id, name, *type, attachment.sha256,
                       QVariant(qlonglong(attachment.size)), timestamp(at), content});
        if (!id)
            return id.error();
        attachment.id = *id;
        return success();
    });
    if (!status)
        return status.error();
    return attachment;
}

Result<QList<Attachment>> DocumentArchive::attachments(const RecordRef& record) const {
    return selectList<Attachment>(m_database,
                                  u"SELECT id, file_name, mime_type, sha256, size, added_at FROM attachments "
                                  "WHERE record_kind = ? AND record_id = ? ORDER BY added_at DESC, id DESC"_s,
                                  {key(record.kind), record.id}, [&](const QSqlQuery& row) -> Attachment {
                                      return {row.value(0).toLongLong(), record,
                                              row.value(1).toString(),   row.value(2).toString(),
                                              row.value(3).toString(),   row.value(4).toLongLong(),
                                              toTimestamp(row.value(5))};
                                  });
}

Result<QByteArray> DocumentArchive::attachmentContent(qint64 id) const {
    return checkedBlob(m_database, u"SELECT sha256, content FROM attachments WHERE id = ?"_s, id,
                       u"attached file"_s);
}

Status DocumentArchive::removeAttachment(qint64 id) {
    return m_database.transaction([&]() -> Status {
        const auto found = selectValue(m_database, u"SELECT 1 FROM attachments WHERE id = ?"_s, {id});
        if (!found)
            return found.error();
        if (!found->has_value()) {
            return failure(
                u"There is no attached file with the id %1 (someone else may have removed it)."_s.arg(id),
                u"id"_s, ErrorKind::NotFound);
        }
        return execute(m_database, u"DELETE FROM attachments WHERE id = ?"_s, {id});
    });
}

Status deleteArchivedFiles(Database& database, ArchivedKind kind, const QString& recordId) {
    if (auto s = execute(database, u"DELETE FROM issued_documents WHERE record_kind = ? AND record_id = ?"_s,
                         {key(kind), recordId});
        !s)
        return s;
    return execute(database, u"DELETE FROM attachments WHERE record_kind = ? AND record_id = ?"_s,
                   {key(kind), recordId});
}

}  // namespace passerelle::storage
