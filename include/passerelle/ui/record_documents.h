#pragma once

// The documents of one agreement, measure or group activity, for the documents dialog and the batch export:
// the records around it read through the repositories (never the whole database), the documents it can
// produce and their rule check (documents::DocumentMaker, shared with `passerelle-cli pdf`), and issuing them
// into the document archive.

#include "passerelle/documents/document_maker.h"
#include "passerelle/documents/signing.h"
#include "passerelle/domain/dataset.h"
#include "passerelle/rules/settings.h"
#include "passerelle/storage/document_archive.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QImage>

#include <memory>

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

documents::RecordType recordType(storage::ArchivedKind kind);

// A file name from words: accents dropped, lower case, anything but letters and digits a hyphen
// ("Mesure — Léa O'Brien" → "mesure-lea-o-brien"), so it is valid on every file system and USB stick.
QString sanitisedFileName(const QString& words);

class RecordDocuments {
    Q_DECLARE_TR_FUNCTIONS(RecordDocuments)

public:
    // `letterheadLogo`: the logo the preferences chose for the documents' letterhead (null: none).
    RecordDocuments(storage::Database& database, const storage::RecordRef& record, const QDate& today,
                    const rules::RuleSettings& settings = {}, const QImage& letterheadLogo = {});
    RecordDocuments(const RecordDocuments&) = delete;
    RecordDocuments& operator=(const RecordDocuments&) = delete;

    // Why the record could not be read; empty when it was.
    const QString& loadError() const { return m_loadError; }
    const storage::RecordRef& record() const { return m_record; }
    // The documents the record produces, the usual one first (empty when it did not load).
    const QList<documents::DocumentChoice>& choices() const { return m_choices; }
    // The index of the document shown first and printed by File > Print…: the first choice, except for a
    // group activity, where it is the sheet of the next session from today (else the last one), as
    // `passerelle-cli pdf group` prints. -1 when there is none.
    int usualChoice() const;

    // "Measure — Laura Martin (30/11/2026)", for titles and error messages.
    QString recordLabel() const;
    // "Commitment contract", "Attendance sheet — 24/11/2026 14:00".
    QString documentLabel(const documents::DocumentChoice& choice) const;
    static QString documentLabel(const QString& archiveName);
    // The name a PDF of the record is saved under, without ".pdf": "mesure-martin-laura-2026-11-30"; the
    // document is added when it is not the usual one ("mesure-martin-laura-2026-11-30-livret-d-accueil").
    QString fileBaseName(const documents::DocumentChoice& choice) const;

    Result<documents::CheckedDocument> prepare(const documents::DocumentChoice& choice) const;
    Result<documents::RenderedDocument> render(const documents::DocumentChoice& choice,
                                               const QDateTime& createdAt = {}) const;
    // Renders the document and keeps it in the archive as its next version (never over an earlier one),
    // marked draft when the rules found errors.
    Result<storage::IssuedDocument> issue(const documents::DocumentChoice& choice, const QDateTime& at);

private:
    storage::Database& m_database;
    storage::RecordRef m_record;
    QString m_loadError;
    QDate m_today;
    Dataset m_dataset;
    std::unique_ptr<documents::DocumentMaker> m_maker;  // reads m_dataset
    QList<documents::DocumentChoice> m_choices;
};

// Signs an issued version with the certificate the request names (its input and output paths are ignored)
// and keeps the signed bytes as the next version of the same document, with signedCopy set. poppler signs
// files only: the version goes to a private temporary folder (0700) that is deleted before this returns.
// The caller clears the password afterwards.
Result<storage::IssuedDocument> signIssuedVersion(storage::Database& database,
                                                  const storage::IssuedDocument& version,
                                                  const documents::SignRequest& credentials,
                                                  const QDateTime& at);

}  // namespace passerelle::ui
