#pragma once

// The document archive (issue 5): every PDF issued for an agreement, a measure or a group activity, kept
// version by version with the SHA-256 recorded when it was issued, and the files attached to those records
// (the scanned signed copy, a photo of it). An issued document is never regenerated over a signed one:
// issuing again adds a new version beside the earlier ones, which stay as they were. Bytes read back are
// checked against their SHA-256 again, so a copy damaged or altered inside the file is reported, never shown
// as the signed original. Deleting the agreement, measure or group through its repository deletes its
// documents and attachments in the same transaction (docs/data-model.md, "Document archive").

#include "passerelle/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace passerelle::storage {

class Database;

// The records that own documents and attachments; key() is what the record_kind column holds.
enum class ArchivedKind { Agreement, Measure, Group };
QString key(ArchivedKind kind);  // "agreement", "measure", "group"

struct RecordRef {
    ArchivedKind kind = ArchivedKind::Agreement;
    QString id;
    friend bool operator==(const RecordRef&, const RecordRef&) = default;
};

// One issued version of a document, without its bytes (DocumentArchive::pdf reads them).
struct IssuedDocument {
    qint64 id = 0;
    RecordRef record;
    QString document;  // which document: "agreement", "measure", "commitment-contract", "welcome-booklet" ...
    int version = 0;   // 1, 2, 3 ... for each (record, document)
    QDateTime issuedAt;
    QString sha256;           // of the PDF's bytes, 64 lower-case hexadecimal digits
    bool draft = false;       // stamped "PROJET": the rules found errors when it was issued
    bool signedCopy = false;  // a digitally signed version
    friend bool operator==(const IssuedDocument&, const IssuedDocument&) = default;
};

// A file attached to a record, without its bytes (DocumentArchive::attachmentContent reads them).
struct Attachment {
    qint64 id = 0;
    RecordRef record;
    QString fileName;  // the name only, without the folder it came from
    QString mimeType;  // application/pdf, image/png, image/jpeg or image/tiff
    QString sha256;
    qint64 size = 0;  // bytes
    QDateTime addedAt;
    friend bool operator==(const Attachment&, const Attachment&) = default;
};

class DocumentArchive {
public:
    // A scan of a few signed pages is a few megabytes; a larger file is almost certainly not one, and a
    // database copied to a USB stick should stay small.
    static constexpr qint64 maxAttachmentSize = 50 * 1024 * 1024;

    explicit DocumentArchive(Database& database) : m_database(database) {}

    // Keeps `pdf` as the next version (1 for the first) of `document` for the record, with its SHA-256.
    // Refused: a record that does not exist (NotFound), an empty document name, bytes that are not a PDF, an
    // invalid date-time (Invalid).
    Result<IssuedDocument> issue(const RecordRef& record, const QString& document, const QByteArray& pdf,
                                 bool draft, bool signedCopy, const QDateTime& at);
    // Every issued version of every document of the record, newest first.
    Result<QList<IssuedDocument>> versions(const RecordRef& record) const;
    // The bytes of an issued version; an Io error when they no longer match the SHA-256 recorded at issue.
    Result<QByteArray> pdf(qint64 id) const;

    // Attaches a PDF or an image (PNG, JPEG, TIFF), its type told by its content and its name. Refused with
    // a message naming the file: another type, an empty file, a file over maxAttachmentSize (Invalid); a
    // record that does not exist (NotFound). Nothing is written when it is refused.
    Result<Attachment> attach(const RecordRef& record, const QString& fileName, const QByteArray& content,
                              const QDateTime& at);
    // The record's attachments, newest first.
    Result<QList<Attachment>> attachments(const RecordRef& record) const;
    // The bytes of an attachment; an Io error when they no longer match their SHA-256.
    Result<QByteArray> attachmentContent(qint64 id) const;
    Status removeAttachment(qint64 id);

private:
    Database& m_database;
};

}  // namespace passerelle::storage
