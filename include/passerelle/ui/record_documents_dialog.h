#pragma once

#include "passerelle/documents/signing.h"
#include "passerelle/rules/settings.h"
#include "passerelle/storage/document_archive.h"

#include <QDate>
#include <QDialog>
#include <QImage>

#include <functional>
#include <memory>

namespace Ui {
class RecordDocumentsDialog;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

class DocumentViewerDialog;
class RecordDocuments;

// The documents of one agreement, measure or group activity: preview, print and export each document; issue
// it as a new version kept with its SHA-256; open, export and sign the issued versions; attach, view, export
// and remove the scanned signed copies; and verify the digital signatures of a version or a PDF copy.
//
// The actions are public so that the lists, the editors and the tests can run them without the file dialogs
// the buttons open.
class RecordDocumentsDialog final : public QDialog {
    Q_OBJECT

public:
    // What the dialog asks or tells. Tests replace the asker so that no modal box blocks them.
    enum class Question {
        RemoveAttachment,  // true = remove it
        SignDraft,         // the version is stamped PROJET: true = sign it anyway
        Error,             // information only (the answer is ignored)
    };
    using Asker = std::function<bool(Question question, const QString& text)>;

    RecordDocumentsDialog(storage::Database& database, const storage::RecordRef& record, const QDate& today,
                          const rules::RuleSettings& settings = {}, QWidget* parent = nullptr,
                          const QImage& letterheadLogo = {});
    ~RecordDocumentsDialog() override;

    // Why the record could not be read; empty when it was.
    QString loadError() const;
    void setAsker(Asker asker) { m_asker = std::move(asker); }
    // The NSS database whose trusted certificates make a signature "trusted" (empty: poppler's default).
    // Signing with an NSS database also makes it the one verification trusts.
    void setTrustDatabase(const QString& nssDir) { m_trustDatabase = nssDir; }
    RecordDocuments& recordDocuments() { return *m_documents; }

    // The document chosen in the list.
    void selectDocument(int index);
    int selectedDocument() const;
    // Writes the chosen document as a PDF (QSaveFile: a complete file or none).
    Status exportPdf(const QString& path);
    // Renders the chosen document and keeps it as its next issued version, which is then selected.
    Result<storage::IssuedDocument> issueSelected();

    // The issued versions, newest first, as the table shows them.
    const QList<storage::IssuedDocument>& versions() const { return m_versions; }
    void selectVersion(int row);
    std::optional<storage::IssuedDocument> selectedVersion() const;
    Status exportSelectedVersion(const QString& path);
    // Signs the selected version (see signIssuedVersion); the signed copy becomes the selected version.
    Result<storage::IssuedDocument> signSelectedVersion(documents::SignRequest credentials);
    // A viewer showing the selected version, for the caller to show or exec.
    Result<std::unique_ptr<DocumentViewerDialog>> viewSelectedVersion();

    const QList<storage::Attachment>& attachments() const { return m_attachments; }
    void selectAttachment(int row);
    std::optional<storage::Attachment> selectedAttachment() const;
    // Attaches a file (a PDF or an image); the archive's message, naming the file, when it is refused.
    Result<storage::Attachment> attachFile(const QString& path);
    Status exportSelectedAttachment(const QString& path);
    // Asks (Question::RemoveAttachment) and removes the selected attachment.
    Status removeSelectedAttachment();
    Result<std::unique_ptr<DocumentViewerDialog>> viewSelectedAttachment();

    // Fills the verification panel with the signatures of the selected version or PDF attachment.
    Status verifySelectedVersion();
    Status verifySelectedAttachment();

    // Reads the versions and attachments again.
    void refresh();

private:
    void setUpTables();
    void connectButtons();
    void updateDocument();
    void updateActions();
    void showVerification(const Result<QList<documents::SignatureInfo>>& signatures, const QString& what);
    void showError(const QString& message);
    bool ask(Question question, const QString& text);
    QString suggestedPath(const QString& baseName) const;
    QString versionBaseName(const storage::IssuedDocument& version) const;
    // The buttons' actions: a file dialog or a question, then the public action, then its error if any.
    void preview();
    void print();
    void exportPdfInteractively();
    void signInteractively();
    void attachInteractively();
    void exportVersionInteractively();
    void exportAttachmentInteractively();
    void showViewer(Result<std::unique_ptr<DocumentViewerDialog>> viewer);

    std::unique_ptr<Ui::RecordDocumentsDialog> m_ui;
    storage::Database& m_database;
    std::unique_ptr<RecordDocuments> m_documents;
    QList<storage::IssuedDocument> m_versions;
    QList<storage::Attachment> m_attachments;
    Asker m_asker;
    QString m_trustDatabase;
};

// Opens the documents dialog of a record (modal), or tells why it cannot. The lists and the editors use it;
// the rule settings are the user's.
void openDocumentsDialog(storage::Database& database, storage::ArchivedKind kind, const QString& id,
                         const QDate& today, QWidget* parent);
// The print preview of the record's usual document (File > Print…), from which it can be printed.
void previewRecordDocument(storage::Database& database, storage::ArchivedKind kind, const QString& id,
                           const QDate& today, QWidget* parent);

}  // namespace passerelle::ui
