#include "passerelle/ui/record_documents_dialog.h"

#include "passerelle/runtime/private_files.h"
#include "passerelle/ui/app_settings.h"
#include "passerelle/ui/document_viewer_dialog.h"
#include "passerelle/ui/record_documents.h"
#include "passerelle/ui/sign_dialog.h"
#include "ui_record_documents_dialog.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

#include <algorithm>

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;
using documents::DocumentChoice;

namespace {

// The item of `items` on the table's selected row (the rows follow the list's order), if any.
template <typename T>
std::optional<T> itemOnSelectedRow(const QTableView* table, const QList<T>& items) {
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= items.size())
        return std::nullopt;
    return items.at(rows.first().row());
}

// Selects the row of the item with that id (a version just issued or signed, a copy just attached).
template <typename T>
void selectRowWithId(QTableView* table, const QList<T>& items, qint64 id) {
    const auto found =
        std::find_if(items.cbegin(), items.cend(), [id](const T& item) { return item.id == id; });
    if (found != items.cend())
        table->selectRow(static_cast<int>(found - items.cbegin()));
}

enum VersionColumn {
    VersionDocument,
    VersionNumber,
    VersionIssuedAt,
    VersionDraft,
    VersionSigned,
    VersionSha
};
enum AttachmentColumn { AttachmentName, AttachmentType, AttachmentSize, AttachmentAdded, AttachmentSha };
enum SignatureColumn { SignatureSigner, SignatureDate, SignatureValidity, SignatureWhole, SignatureTrust };

// Enough of the fingerprint to tell versions apart at a glance; the tooltip has all 64 digits.
constexpr int shortShaLength = 12;

Status writeBytes(const QString& path, const QByteArray& bytes) {
    if (const Status written = runtime::writeFileAtomically(path, bytes); !written) {
        return failure(RecordDocumentsDialog::tr("%1 cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), written.error().message),
                       {}, ErrorKind::Io);
    }
    return success();
}

QTableWidgetItem* item(const QString& text, const QString& toolTip = {}) {
    auto* cell = new QTableWidgetItem(text);
    cell->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return cell;
}

QTableWidgetItem* shaItem(const QString& sha256) {
    return item(sha256.left(shortShaLength) + u'…', sha256);
}

QString dateTimeText(const QDateTime& at) {
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString typeLabel(const QString& mimeType) {
    if (mimeType == u"application/pdf"_s)
        return RecordDocumentsDialog::tr("PDF");
    if (mimeType == u"image/png"_s)
        return RecordDocumentsDialog::tr("PNG image");
    if (mimeType == u"image/jpeg"_s)
        return RecordDocumentsDialog::tr("JPEG image");
    if (mimeType == u"image/tiff"_s)
        return RecordDocumentsDialog::tr("TIFF image");
    return mimeType;
}

// Lays the document out on the printer the user chose, or on the preview's pages.
void paintOn(QPrinter& printer, const documents::CheckedDocument& document, QWidget* parent) {
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    printer.setDocName(document.document.metadata.title);
    const auto painted = documents::paintDocument(document.document, printer, {.draft = document.draft});
    QGuiApplication::restoreOverrideCursor();
    if (!painted)
        QMessageBox::warning(parent, RecordDocumentsDialog::tr("Print"), painted.error().message);
}

void showPreview(const documents::CheckedDocument& document, QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(
        RecordDocumentsDialog::tr("Print Preview — %1").arg(document.document.metadata.title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document, parent](QPrinter* target) { paintOn(*target, document, parent); });
    dialog.resize(900, 680);
    dialog.exec();
}

}  // namespace

RecordDocumentsDialog::RecordDocumentsDialog(storage::Database& database, const storage::RecordRef& record,
                                             const QDate& today, const rules::RuleSettings& settings,
                                             QWidget* parent, const QImage& letterheadLogo)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecordDocumentsDialog>())
    , m_database(database)
    , m_documents(std::make_unique<RecordDocuments>(database, record, today, settings, letterheadLogo)) {
    m_ui->setupUi(this);
    setUpTables();
    m_ui->recordLabel->setText(m_documents->recordLabel());
    setWindowTitle(tr("Documents — %1").arg(m_documents->recordLabel()));
    for (const DocumentChoice& choice : m_documents->choices())
        m_ui->documentCombo->addItem(m_documents->documentLabel(choice));
    m_ui->documentCombo->setCurrentIndex(m_documents->usualChoice());
    connectButtons();
    updateDocument();
    refresh();
}

RecordDocumentsDialog::~RecordDocumentsDialog() = default;

QString RecordDocumentsDialog::loadError() const {
    return m_documents->loadError();
}

void RecordDocumentsDialog::setUpTables() {
    m_ui->versionsTable->setHorizontalHeaderLabels(
        {tr("Document"), tr("Version"), tr("Issued at"), tr("Draft"), tr("Digitally signed"), tr("SHA-256")});
    m_ui->attachmentsTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Type"), tr("Size"), tr("Added"), tr("SHA-256")});
    m_ui->verificationTable->setHorizontalHeaderLabels(
        {tr("Signer"), tr("Signed at"), tr("Signature"), tr("Whole file"), tr("Certificate")});
    m_ui->versionsTable->setColumnWidth(VersionDocument, 260);
    m_ui->versionsTable->setColumnWidth(VersionNumber, 70);
    m_ui->versionsTable->setColumnWidth(VersionIssuedAt, 140);
    m_ui->versionsTable->setColumnWidth(VersionDraft, 110);
    m_ui->versionsTable->setColumnWidth(VersionSigned, 120);
    m_ui->attachmentsTable->setColumnWidth(AttachmentName, 300);
    m_ui->attachmentsTable->setColumnWidth(AttachmentType, 110);
    m_ui->attachmentsTable->setColumnWidth(AttachmentSize, 90);
    m_ui->attachmentsTable->setColumnWidth(AttachmentAdded, 140);
    m_ui->verificationTable->setColumnWidth(SignatureSigner, 180);
    m_ui->verificationTable->setColumnWidth(SignatureDate, 130);
    m_ui->verificationTable->setColumnWidth(SignatureValidity, 260);
    m_ui->verificationTable->setColumnWidth(SignatureWhole, 170);
    // A translated header may be longer than the width above (French is): never cut a header off.
    for (QTableWidget* table : {m_ui->versionsTable, m_ui->attachmentsTable, m_ui->verificationTable}) {
        QHeaderView* header = table->horizontalHeader();
        for (int column = 0; column + 1 < table->columnCount(); ++column)
            table->setColumnWidth(column,
                                  std::max(table->columnWidth(column), header->sectionSizeHint(column)));
    }
}

void RecordDocumentsDialog::connectButtons() {
    connect(m_ui->documentCombo, &QComboBox::currentIndexChanged, this,
            &RecordDocumentsDialog::updateDocument);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &RecordDocumentsDialog::preview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &RecordDocumentsDialog::print);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this,
            &RecordDocumentsDialog::exportPdfInteractively);
    connect(m_ui->issueButton, &QPushButton::clicked, this, [this] {
        if (const auto issued = issueSelected(); !issued)
            showError(issued.error().message);
    });
    connect(m_ui->versionsTable, &QTableWidget::itemSelectionChanged, this,
            &RecordDocumentsDialog::updateActions);
    connect(m_ui->attachmentsTable, &QTableWidget::itemSelectionChanged, this,
            &RecordDocumentsDialog::updateActions);
    connect(m_ui->viewVersionButton, &QPushButton::clicked, this,
            [this] { showViewer(viewSelectedVersion()); });
    connect(m_ui->versionsTable, &QTableWidget::itemDoubleClicked, this,
            [this] { showViewer(viewSelectedVersion()); });
    connect(m_ui->exportVersionButton, &QPushButton::clicked, this,
            &RecordDocumentsDialog::exportVersionInteractively);
    connect(m_ui->signVersionButton, &QPushButton::clicked, this, &RecordDocumentsDialog::signInteractively);
    connect(m_ui->verifyVersionButton, &QPushButton::clicked, this, [this] {
        if (const Status verified = verifySelectedVersion(); !verified)
            showError(verified.error().message);
    });
    connect(m_ui->attachButton, &QPushButton::clicked, this, &RecordDocumentsDialog::attachInteractively);
    connect(m_ui->viewAttachmentButton, &QPushButton::clicked, this,
            [this] { showViewer(viewSelectedAttachment()); });
    connect(m_ui->attachmentsTable, &QTableWidget::itemDoubleClicked, this,
            [this] { showViewer(viewSelectedAttachment()); });
    connect(m_ui->exportAttachmentButton, &QPushButton::clicked, this,
            &RecordDocumentsDialog::exportAttachmentInteractively);
    connect(m_ui->removeAttachmentButton, &QPushButton::clicked, this, [this] {
        if (const Status removed = removeSelectedAttachment(); !removed)
            showError(removed.error().message);
    });
    connect(m_ui->verifyAttachmentButton, &QPushButton::clicked, this, [this] {
        if (const Status verified = verifySelectedAttachment(); !verified)
            showError(verified.error().message);
    });
}

void RecordDocumentsDialog::selectDocument(int index) {
    m_ui->documentCombo->setCurrentIndex(index);
}

int RecordDocumentsDialog::selectedDocument() const {
    return m_ui->documentCombo->currentIndex();
}

// Says before anything is printed or issued that the rules found errors, and which.
void RecordDocumentsDialog::updateDocument() {
    const int index = selectedDocument();
    const bool hasDocument = index >= 0 && index < m_documents->choices().size();
    for (QWidget* button : {m_ui->previewButton, m_ui->printButton, m_ui->exportPdfButton, m_ui->issueButton})
        button->setEnabled(hasDocument);
    if (!hasDocument) {
        m_ui->draftLabel->setText(m_documents->loadError().isEmpty()
                                      ? tr("This record has no document to print.")
                                      : m_documents->loadError());
        return;
    }
    const auto prepared = m_documents->prepare(m_documents->choices().at(index));
    if (!prepared) {
        m_ui->draftLabel->setText(prepared.error().message);
        return;
    }
    if (!prepared->draft) {
        m_ui->draftLabel->clear();
        return;
    }
    // A draft for two reasons (DocumentMaker): an agreement not signed yet, rule errors, or both.
    QStringList messages;
    if (prepared->unsignedAgreement)
        messages << tr("The agreement is not signed yet: its documents are stamped PROJET until it is.");
    if (!prepared->errors.isEmpty()) {
        messages << tr("The rules find %n error(s): the document is stamped PROJET until they are fixed.",
                       nullptr, static_cast<int>(prepared->errors.size()));
        for (const rules::Finding& finding : prepared->errors)
            messages << finding.message;
    }
    m_ui->draftLabel->setText(messages.join(u' '));
}

void RecordDocumentsDialog::updateActions() {
    const auto version = selectedVersion();
    for (QWidget* button : {m_ui->viewVersionButton, m_ui->exportVersionButton, m_ui->signVersionButton,
                            m_ui->verifyVersionButton})
        button->setEnabled(version.has_value());
    const auto attachment = selectedAttachment();
    for (QWidget* button :
         {m_ui->viewAttachmentButton, m_ui->exportAttachmentButton, m_ui->removeAttachmentButton})
        button->setEnabled(attachment.has_value());
    m_ui->verifyAttachmentButton->setEnabled(attachment && attachment->mimeType == u"application/pdf"_s);
    m_ui->attachButton->setEnabled(m_documents->loadError().isEmpty());
}

void RecordDocumentsDialog::refresh() {
    const storage::DocumentArchive archive(m_database);
    const auto versions = archive.versions(m_documents->record());
    m_versions = versions ? *versions : QList<storage::IssuedDocument>();
    const auto attachments = archive.attachments(m_documents->record());
    m_attachments = attachments ? *attachments : QList<storage::Attachment>();
    if (m_documents->loadError().isEmpty() && (!versions || !attachments))
        showError(versions ? attachments.error().message : versions.error().message);

    m_ui->versionsTable->setRowCount(static_cast<int>(m_versions.size()));
    for (int row = 0; row < m_versions.size(); ++row) {
        const storage::IssuedDocument& version = m_versions.at(row);
        m_ui->versionsTable->setItem(row, VersionDocument,
                                     item(RecordDocuments::documentLabel(version.document)));
        m_ui->versionsTable->setItem(row, VersionNumber, item(QString::number(version.version)));
        m_ui->versionsTable->setItem(row, VersionIssuedAt, item(dateTimeText(version.issuedAt)));
        m_ui->versionsTable->setItem(
            row, VersionDraft,
            item(version.draft ? tr("Draft (PROJET)") : QString(),
                 version.draft ? tr("The rules found errors when it was issued") : QString()));
        m_ui->versionsTable->setItem(row, VersionSigned, item(version.signedCopy ? tr("Yes") : tr("No")));
        m_ui->versionsTable->setItem(row, VersionSha, shaItem(version.sha256));
    }
    m_ui->tabs->setTabText(0, tr("Issued versions (%1)").arg(m_versions.size()));

    m_ui->attachmentsTable->setRowCount(static_cast<int>(m_attachments.size()));
    const QLocale locale;
    for (int row = 0; row < m_attachments.size(); ++row) {
        const storage::Attachment& attachment = m_attachments.at(row);
        m_ui->attachmentsTable->setItem(row, AttachmentName, item(attachment.fileName));
        m_ui->attachmentsTable->setItem(row, AttachmentType, item(typeLabel(attachment.mimeType)));
        m_ui->attachmentsTable->setItem(row, AttachmentSize, item(locale.formattedDataSize(attachment.size)));
        m_ui->attachmentsTable->setItem(row, AttachmentAdded, item(dateTimeText(attachment.addedAt)));
        m_ui->attachmentsTable->setItem(row, AttachmentSha, shaItem(attachment.sha256));
    }
    m_ui->tabs->setTabText(1, tr("Scanned copies (%1)").arg(m_attachments.size()));
    updateActions();
}

Status RecordDocumentsDialog::exportPdf(const QString& path) {
    const int index = selectedDocument();
    if (index < 0 || index >= m_documents->choices().size())
        return failure(tr("Choose a document first."));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto rendered = m_documents->render(m_documents->choices().at(index));
    QGuiApplication::restoreOverrideCursor();
    if (!rendered)
        return rendered.error();
    return writeBytes(path, rendered->pdf);
}

Result<storage::IssuedDocument> RecordDocumentsDialog::issueSelected() {
    const int index = selectedDocument();
    if (index < 0 || index >= m_documents->choices().size())
        return failure(tr("Choose a document first."));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto issued = m_documents->issue(m_documents->choices().at(index), QDateTime::currentDateTime());
    QGuiApplication::restoreOverrideCursor();
    if (issued) {
        refresh();
        m_ui->tabs->setCurrentIndex(0);
        selectRowWithId(m_ui->versionsTable, m_versions, issued->id);
    }
    return issued;
}

void RecordDocumentsDialog::selectVersion(int row) {
    m_ui->versionsTable->selectRow(row);
}

std::optional<storage::IssuedDocument> RecordDocumentsDialog::selectedVersion() const {
    return itemOnSelectedRow(m_ui->versionsTable, m_versions);
}

Status RecordDocumentsDialog::exportSelectedVersion(const QString& path) {
    const auto version = selectedVersion();
    if (!version)
        return failure(tr("Choose an issued version first."));
    const auto pdf = storage::DocumentArchive(m_database).pdf(version->id);
    if (!pdf)
        return pdf.error();
    return writeBytes(path, *pdf);
}

Result<storage::IssuedDocument> RecordDocumentsDialog::signSelectedVersion(
    documents::SignRequest credentials) {
    const auto version = selectedVersion();
    if (!version) {
        credentials.password.fill('\0');
        return failure(tr("Choose an issued version first."));
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto signedVersion = signIssuedVersion(m_database, *version, credentials, QDateTime::currentDateTime());
    QGuiApplication::restoreOverrideCursor();
    credentials.password.fill('\0');
    if (!signedVersion)
        return signedVersion;
    if (!credentials.nssDir.isEmpty())
        m_trustDatabase = credentials.nssDir;
    refresh();
    selectRowWithId(m_ui->versionsTable, m_versions, signedVersion->id);
    return signedVersion;
}

Result<std::unique_ptr<DocumentViewerDialog>> RecordDocumentsDialog::viewSelectedVersion() {
    const auto version = selectedVersion();
    if (!version)
        return failure(tr("Choose an issued version first."));
    const auto pdf = storage::DocumentArchive(m_database).pdf(version->id);
    if (!pdf)
        return pdf.error();
    auto viewer = std::make_unique<DocumentViewerDialog>(this);
    viewer->setWindowTitle(
        tr("%1, version %2").arg(RecordDocuments::documentLabel(version->document)).arg(version->version));
    if (const Status shown = viewer->showPdf(*pdf); !shown)
        return shown.error();
    return viewer;
}

void RecordDocumentsDialog::selectAttachment(int row) {
    m_ui->attachmentsTable->selectRow(row);
}

std::optional<storage::Attachment> RecordDocumentsDialog::selectedAttachment() const {
    return itemOnSelectedRow(m_ui->attachmentsTable, m_attachments);
}

Result<storage::Attachment> RecordDocumentsDialog::attachFile(const QString& path) {
    const QFileInfo info(path);
    // A huge file is refused before it is read into memory, in the archive's words.
    if (info.size() > storage::DocumentArchive::maxAttachmentSize) {
        return failure(tr("%1 is too large to attach (%2; at most %3).")
                           .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                                QLocale().formattedDataSize(storage::DocumentArchive::maxAttachmentSize)),
                       u"file"_s);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()), u"file"_s,
                       ErrorKind::Io);
    auto attached =
        storage::DocumentArchive(m_database)
            .attach(m_documents->record(), info.fileName(), file.readAll(), QDateTime::currentDateTime());
    if (attached) {
        refresh();
        m_ui->tabs->setCurrentIndex(1);
        selectRowWithId(m_ui->attachmentsTable, m_attachments, attached->id);
    }
    return attached;
}

Status RecordDocumentsDialog::exportSelectedAttachment(const QString& path) {
    const auto attachment = selectedAttachment();
    if (!attachment)
        return failure(tr("Choose a scanned copy first."));
    const auto content = storage::DocumentArchive(m_database).attachmentContent(attachment->id);
    if (!content)
        return content.error();
    return writeBytes(path, *content);
}

Status RecordDocumentsDialog::removeSelectedAttachment() {
    const auto attachment = selectedAttachment();
    if (!attachment)
        return failure(tr("Choose a scanned copy first."));
    if (!ask(Question::RemoveAttachment,
             tr("Remove %1 from this record? The file is deleted from the database.")
                 .arg(attachment->fileName)))
        return success();
    const Status removed = storage::DocumentArchive(m_database).removeAttachment(attachment->id);
    if (removed)
        refresh();
    return removed;
}

Result<std::unique_ptr<DocumentViewerDialog>> RecordDocumentsDialog::viewSelectedAttachment() {
    const auto attachment = selectedAttachment();
    if (!attachment)
        return failure(tr("Choose a scanned copy first."));
    const auto content = storage::DocumentArchive(m_database).attachmentContent(attachment->id);
    if (!content)
        return content.error();
    auto viewer = std::make_unique<DocumentViewerDialog>(this);
    viewer->setWindowTitle(attachment->fileName);
    const Status shown = attachment->mimeType == u"application/pdf"_s ? viewer->showPdf(*content)
                                                                      : viewer->showImage(*content);
    if (!shown)
        return failure(u"%1: %2"_s.arg(attachment->fileName, shown.error().message));
    return viewer;
}

Status RecordDocumentsDialog::verifySelectedVersion() {
    const auto version = selectedVersion();
    if (!version)
        return failure(tr("Choose an issued version first."));
    const auto pdf = storage::DocumentArchive(m_database).pdf(version->id);
    if (!pdf)
        return pdf.error();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto signatures = documents::verifyPdf(*pdf, m_trustDatabase);
    QGuiApplication::restoreOverrideCursor();
    showVerification(
        signatures,
        tr("%1, version %2").arg(RecordDocuments::documentLabel(version->document)).arg(version->version));
    return success();
}

Status RecordDocumentsDialog::verifySelectedAttachment() {
    const auto attachment = selectedAttachment();
    if (!attachment)
        return failure(tr("Choose a scanned copy first."));
    if (attachment->mimeType != u"application/pdf"_s)
        return failure(
            tr("%1 is an image: only a PDF can carry a digital signature.").arg(attachment->fileName));
    const auto content = storage::DocumentArchive(m_database).attachmentContent(attachment->id);
    if (!content)
        return content.error();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto signatures = documents::verifyPdf(*content, m_trustDatabase);
    QGuiApplication::restoreOverrideCursor();
    showVerification(signatures, attachment->fileName);
    return success();
}

// One row per signature, in words a secretary can read; the technical status is in each cell's tooltip.
void RecordDocumentsDialog::showVerification(const Result<QList<documents::SignatureInfo>>& signatures,
                                             const QString& what) {
    QTableWidget* table = m_ui->verificationTable;
    table->setRowCount(0);
    if (!signatures) {
        m_ui->verificationLabel->setText(
            tr("%1 cannot be verified: %2").arg(what, signatures.error().message));
        return;
    }
    if (signatures->isEmpty()) {
        m_ui->verificationLabel->setText(tr("%1: not signed (no digital signature).").arg(what));
        return;
    }
    bool allGood = true;
    table->setRowCount(static_cast<int>(signatures->size()));
    for (int row = 0; row < signatures->size(); ++row) {
        const documents::SignatureInfo& signature = signatures->at(row);
        allGood = allGood && signature.valid && signature.coversWholeDocument;
        table->setItem(row, SignatureSigner, item(signature.signerName, signature.signerSubject));
        table->setItem(row, SignatureDate, item(dateTimeText(signature.signedAt)));
        table->setItem(
            row, SignatureValidity,
            item(signature.valid ? tr("Valid") : tr("Not valid: %1").arg(signature.signatureStatus),
                 signature.signatureStatus));
        table->setItem(
            row, SignatureWhole,
            item(signature.coversWholeDocument ? tr("Yes") : tr("No: the file was changed after signing")));
        table->setItem(
            row, SignatureTrust,
            item(signature.certificateTrusted ? tr("Trusted")
                                              : tr("Not trusted: %1").arg(signature.certificateStatus),
                 signature.certificateStatus));
    }
    m_ui->verificationLabel->setText(
        allGood ? tr("%1: %n valid signature(s) covering the whole file.", nullptr,
                     static_cast<int>(signatures->size()))
                      .arg(what)
                : tr("%1: a signature is not valid, or the file was changed after signing.").arg(what));
}

void RecordDocumentsDialog::showError(const QString& message) {
    ask(Question::Error, message);
}

bool RecordDocumentsDialog::ask(Question question, const QString& text) {
    if (m_asker)
        return m_asker(question, text);
    switch (question) {
        case Question::Error:
            QMessageBox::warning(this, tr("Documents"), text);
            return false;
        case Question::RemoveAttachment:
        case Question::SignDraft:
            break;
    }
    return QMessageBox::question(this, tr("Documents"), text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

QString RecordDocumentsDialog::suggestedPath(const QString& baseName) const {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(baseName + u".pdf"_s);
}

QString RecordDocumentsDialog::versionBaseName(const storage::IssuedDocument& version) const {
    QString base = sanitisedFileName(version.document);
    for (const DocumentChoice& choice : m_documents->choices()) {
        if (choice.archiveName() == version.document)
            base = m_documents->fileBaseName(choice);
    }
    return base + u"-v%1"_s.arg(version.version) + (version.signedCopy ? u"-signe"_s : QString());
}

void RecordDocumentsDialog::preview() {
    const int index = selectedDocument();
    if (index < 0 || index >= m_documents->choices().size())
        return;
    const auto prepared = m_documents->prepare(m_documents->choices().at(index));
    if (!prepared) {
        showError(prepared.error().message);
        return;
    }
    showPreview(*prepared, this);
}

void RecordDocumentsDialog::print() {
    const int index = selectedDocument();
    if (index < 0 || index >= m_documents->choices().size())
        return;
    const auto prepared = m_documents->prepare(m_documents->choices().at(index));
    if (!prepared) {
        showError(prepared.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(printer, *prepared, this);
}

void RecordDocumentsDialog::exportPdfInteractively() {
    const int index = selectedDocument();
    if (index < 0 || index >= m_documents->choices().size())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), suggestedPath(m_documents->fileBaseName(m_documents->choices().at(index))),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status written = exportPdf(path); !written)
        showError(written.error().message);
}

void RecordDocumentsDialog::signInteractively() {
    const auto version = selectedVersion();
    if (!version)
        return;
    if (version->draft &&
        !ask(Question::SignDraft,
             // The archive keeps only that the version is a draft: an agreement not signed yet, rule errors,
             // or both (DocumentMaker), so the question names both.
             tr("This version is stamped PROJET: when it was issued, the agreement was not signed yet or the "
                "rules found errors. Sign it anyway?")))
        return;
    SignDialog dialog(
        tr("%1, version %2").arg(RecordDocuments::documentLabel(version->document)).arg(version->version),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto signedVersion = signSelectedVersion(dialog.takeRequest()); !signedVersion)
        showError(signedVersion.error().message);
}

void RecordDocumentsDialog::attachInteractively() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach Scanned Signed Copy"), QString(),
        tr("Scanned copies (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto attached = attachFile(path);
    QGuiApplication::restoreOverrideCursor();
    if (!attached)
        showError(attached.error().message);
}

void RecordDocumentsDialog::exportVersionInteractively() {
    const auto version = selectedVersion();
    if (!version)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Issued Version"),
                                     suggestedPath(versionBaseName(*version)), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status written = exportSelectedVersion(path); !written)
        showError(written.error().message);
}

void RecordDocumentsDialog::exportAttachmentInteractively() {
    const auto attachment = selectedAttachment();
    if (!attachment)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Scanned Copy"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(attachment->fileName));
    if (path.isEmpty())
        return;
    if (const Status written = exportSelectedAttachment(path); !written)
        showError(written.error().message);
}

void RecordDocumentsDialog::showViewer(Result<std::unique_ptr<DocumentViewerDialog>> viewer) {
    if (!viewer) {
        showError(viewer.error().message);
        return;
    }
    (*viewer)->exec();
}

void openDocumentsDialog(storage::Database& database, storage::ArchivedKind kind, const QString& id,
                         const QDate& today, QWidget* parent) {
    const AppSettings settings = AppSettings::load();
    RecordDocumentsDialog dialog(database, {kind, id}, today, settings.ruleSettings(), parent,
                                 settings.letterheadLogoImage());
    if (!dialog.loadError().isEmpty()) {
        QMessageBox::warning(parent, RecordDocumentsDialog::tr("Documents"), dialog.loadError());
        return;
    }
    dialog.exec();
}

void previewRecordDocument(storage::Database& database, storage::ArchivedKind kind, const QString& id,
                           const QDate& today, QWidget* parent) {
    const AppSettings settings = AppSettings::load();
    const RecordDocuments documents(database, {kind, id}, today, settings.ruleSettings(),
                                    settings.letterheadLogoImage());
    QString problem = documents.loadError();
    if (problem.isEmpty() && documents.usualChoice() < 0)
        problem = RecordDocumentsDialog::tr("This record has no document to print.");
    if (!problem.isEmpty()) {
        QMessageBox::warning(parent, RecordDocumentsDialog::tr("Print"), problem);
        return;
    }
    const auto prepared = documents.prepare(documents.choices().at(documents.usualChoice()));
    if (!prepared) {
        QMessageBox::warning(parent, RecordDocumentsDialog::tr("Print"), prepared.error().message);
        return;
    }
    showPreview(*prepared, parent);
}

}  // namespace passerelle::ui
