// The documents dialog driven as a CPE would: issue, attach a scanned copy, view, remove, sign an issued
// version with a throw-away certificate made here, and read the verification panel, then see it fail once a
// byte of the signed file is flipped.
#include "document_world.h"
#include "passerelle/documents/pdf_output.h"
#include "passerelle/storage/document_archive.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/document_viewer_dialog.h"
#include "passerelle/ui/record_documents_dialog.h"
#include "pdf_tools.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using storage::ArchivedKind;
using ui::RecordDocumentsDialog;

class DocumentDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        measure = world.saveMeasure(nextMonday());
        dialog = std::make_unique<RecordDocumentsDialog>(
            *world.database, storage::RecordRef{ArchivedKind::Measure, measure.id}, fixedToday());
        dialog->setAsker([this](RecordDocumentsDialog::Question question, const QString& text) {
            asked << question;
            lastText = text;
            return answer;
        });
    }

    template <typename W>
    W* child(const QString& name) const {
        W* widget = dialog->findChild<W*>(name);
        if (widget == nullptr)
            ADD_FAILURE() << "no widget " << name.toStdString();
        return widget;
    }

    QString cell(const QString& table, int row, int column) const {
        const QTableWidgetItem* item = child<QTableWidget>(table)->item(row, column);
        return item ? item->text() : QString();
    }

    QString pngFile(const QString& name) const {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        const QString path = files.path(name);
        EXPECT_TRUE(image.save(path, "PNG"));
        return path;
    }

    DocumentWorld world;
    TempFolder files;
    Measure measure;
    std::unique_ptr<RecordDocumentsDialog> dialog;
    QList<RecordDocumentsDialog::Question> asked;
    QString lastText;
    bool answer = true;
};

TEST_F(DocumentDialogTest, ListsTheMeasureDocumentsAndIssuesVersions) {
    ASSERT_TRUE(dialog->loadError().isEmpty()) << dialog->loadError().toStdString();
    auto* combo = child<QComboBox>(u"documentCombo"_s);
    ASSERT_EQ(combo->count(), 2);
    EXPECT_EQ(combo->itemText(0), u"Responsibility measure document"_s);
    EXPECT_EQ(combo->itemText(1), u"Host report form"_s);
    EXPECT_TRUE(child<QLabel>(u"draftLabel"_s)->text().isEmpty());  // no rule error: no PROJET

    ASSERT_TRUE(dialog->issueSelected().ok());
    ASSERT_TRUE(dialog->issueSelected().ok());
    ASSERT_EQ(dialog->versions().size(), 2);
    EXPECT_EQ(cell(u"versionsTable"_s, 0, 0), u"Responsibility measure document"_s);
    EXPECT_EQ(cell(u"versionsTable"_s, 0, 1), u"2"_s);
    EXPECT_EQ(cell(u"versionsTable"_s, 1, 1), u"1"_s);
    EXPECT_EQ(cell(u"versionsTable"_s, 0, 3), QString());  // not a draft
    EXPECT_EQ(cell(u"versionsTable"_s, 0, 4), u"No"_s);
    const QTableWidgetItem* sha = child<QTableWidget>(u"versionsTable"_s)->item(0, 5);
    EXPECT_EQ(sha->toolTip(), dialog->versions().first().sha256);
    EXPECT_TRUE(sha->text().startsWith(dialog->versions().first().sha256.left(12)));
    EXPECT_EQ(dialog->selectedVersion()->version, 2);  // the new version is selected

    // Open it: pages rendered in memory, no file written.
    auto viewer = dialog->viewSelectedVersion();
    ASSERT_TRUE(viewer.ok()) << viewer.error().message.toStdString();
    EXPECT_GE((*viewer)->pageCount(), 1);
    EXPECT_NE((*viewer)->findChild<QLabel*>(u"page1"_s), nullptr);

    const QString exported = files.path(u"version.pdf"_s);
    ASSERT_TRUE(dialog->exportSelectedVersion(exported).ok());
    EXPECT_EQ(QString::fromLatin1(documents::sha256Hex(readFile(exported))),
              dialog->versions().first().sha256);
    EXPECT_TRUE(asked.isEmpty());
}

// Issue 12: an agreement awaiting signature prints « PROJET », and the dialog says why (no rule error).
TEST_F(DocumentDialogTest, AnAgreementNotSignedYetIsADraft) {
    Agreement agreement = world.agreement;
    agreement.status = AgreementStatus::AwaitingSignature;
    ASSERT_TRUE(storage::AgreementRepository(*world.database).save(agreement).ok());
    RecordDocumentsDialog unsignedAgreement(*world.database, {ArchivedKind::Agreement, agreement.id},
                                            fixedToday());
    const QString label = unsignedAgreement.findChild<QLabel*>(u"draftLabel"_s)->text();
    EXPECT_TRUE(label.contains(u"not signed yet"_s)) << label.toStdString();
    EXPECT_FALSE(label.contains(u"error"_s)) << label.toStdString();
    const auto issued = unsignedAgreement.issueSelected();
    ASSERT_TRUE(issued.ok()) << issued.error().message.toStdString();
    EXPECT_TRUE(issued->draft);
}

TEST_F(DocumentDialogTest, AWeekOfMoreThanTheRulesAllowIsADraft) {
    const Measure tooLong = world.saveMeasure(nextMonday().addDays(14), QTime(20, 30));
    RecordDocumentsDialog draft(*world.database, {ArchivedKind::Measure, tooLong.id}, fixedToday());
    EXPECT_TRUE(draft.findChild<QLabel*>(u"draftLabel"_s)->text().contains(u"PROJET"_s));
    const auto issued = draft.issueSelected();
    ASSERT_TRUE(issued.ok());
    EXPECT_TRUE(issued->draft);
    EXPECT_EQ(draft.findChild<QTableWidget*>(u"versionsTable"_s)->item(0, 3)->text(), u"Draft (PROJET)"_s);
}

TEST_F(DocumentDialogTest, AttachesAScannedPngListsShowsAndRemovesIt) {
    const auto attached = dialog->attachFile(pngFile(u"convention signée.png"_s));
    ASSERT_TRUE(attached.ok()) << attached.error().message.toStdString();
    ASSERT_EQ(dialog->attachments().size(), 1);
    EXPECT_EQ(cell(u"attachmentsTable"_s, 0, 0), u"convention signée.png"_s);
    EXPECT_EQ(cell(u"attachmentsTable"_s, 0, 1), u"PNG image"_s);
    EXPECT_FALSE(cell(u"attachmentsTable"_s, 0, 2).isEmpty());
    EXPECT_EQ(child<QTableWidget>(u"attachmentsTable"_s)->item(0, 4)->toolTip(), attached->sha256);
    EXPECT_EQ(dialog->selectedAttachment()->id, attached->id);
    // An image carries no digital signature.
    EXPECT_FALSE(child<QPushButton>(u"verifyAttachmentButton"_s)->isEnabled());

    auto viewer = dialog->viewSelectedAttachment();
    ASSERT_TRUE(viewer.ok()) << viewer.error().message.toStdString();
    EXPECT_EQ((*viewer)->pageCount(), 1);

    const QString exported = files.path(u"copie.png"_s);
    ASSERT_TRUE(dialog->exportSelectedAttachment(exported).ok());
    EXPECT_EQ(readFile(exported), readFile(files.path(u"convention signée.png"_s)));

    // A file that is neither a PDF nor an image is refused, and the message names it.
    ASSERT_TRUE(writeFile(files.path(u"notes.txt"_s), "pas un scan"));
    const auto refused = dialog->attachFile(files.path(u"notes.txt"_s));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"notes.txt"_s)) << refused.error().message.toStdString();
    EXPECT_EQ(dialog->attachments().size(), 1);

    // Removing asks first; "no" keeps it.
    answer = false;
    ASSERT_TRUE(dialog->removeSelectedAttachment().ok());
    EXPECT_EQ(asked,
              QList<RecordDocumentsDialog::Question>{RecordDocumentsDialog::Question::RemoveAttachment});
    EXPECT_TRUE(lastText.contains(u"convention signée.png"_s));
    EXPECT_EQ(dialog->attachments().size(), 1);
    answer = true;
    ASSERT_TRUE(dialog->removeSelectedAttachment().ok());
    EXPECT_TRUE(dialog->attachments().isEmpty());
    EXPECT_EQ(child<QTableWidget>(u"attachmentsTable"_s)->rowCount(), 0);
}

// One NSS database with a self-signed certificate "Signataire", made once for the suite (about a second), as
// tests/documents/signing_test.cpp does: NSS trusts a self-signed certificate as its own issuer only when it
// is a CA (-2, answered on standard input).
class DocumentSigningDialogTest : public DocumentDialogTest {
protected:
    static void SetUpTestSuite() {
        nss = new TempFolder;
        database = nss->path(u"nssdb"_s);
        QDir().mkpath(database);
        int code = -1;
        runProgram(u"certutil"_s, {u"-N"_s, u"-d"_s, u"sql:"_s + database, u"--empty-password"_s}, &code);
        ASSERT_EQ(code, 0);
        QByteArray noise(256, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        ASSERT_TRUE(writeFile(nss->path(u"noise"_s), noise));
        const QStringList arguments = QStringList{u"-S"_s, u"-n"_s, u"Signataire"_s, u"-x"_s, u"-2"_s}
                                      << u"-s"_s << u"CN=Claire Durand,O=Collège Henri Matisse,C=FR"_s
                                      << u"-t"_s << u"CTu,Cu,Cu"_s << u"-k"_s << u"rsa"_s << u"-g"_s
                                      << u"2048"_s << u"-Z"_s << u"SHA256"_s << u"-v"_s << u"24"_s << u"-m"_s
                                      << QString::number(QRandomGenerator::global()->bounded(1000, 1000000))
                                      << u"--keyUsage"_s << u"digitalSignature,nonRepudiation,certSigning"_s
                                      << u"-d"_s << u"sql:"_s + database << u"-z"_s << nss->path(u"noise"_s);
        const QString out = runProgram(u"certutil"_s, arguments, &code, "y\n\nn\n");
        ASSERT_EQ(code, 0) << out.toStdString();
    }
    static void TearDownTestSuite() {
        delete nss;
        nss = nullptr;
    }

    static inline TempFolder* nss = nullptr;
    static inline QString database;
};

TEST_F(DocumentSigningDialogTest, SignedVersionVerifiesValidAndAFlippedByteDoesNot) {
    ASSERT_TRUE(dialog->issueSelected().ok());
    // An unsigned version: the panel says so.
    ASSERT_TRUE(dialog->verifySelectedVersion().ok());
    EXPECT_TRUE(child<QLabel>(u"verificationLabel"_s)->text().contains(u"not signed"_s))
        << child<QLabel>(u"verificationLabel"_s)->text().toStdString();
    EXPECT_EQ(child<QTableWidget>(u"verificationTable"_s)->rowCount(), 0);

    documents::SignRequest credentials;
    credentials.nssDir = u"sql:"_s + database;
    credentials.nickname = u"Signataire"_s;
    credentials.reason = u"Signature du chef d'établissement"_s;
    const auto signedVersion = dialog->signSelectedVersion(credentials);
    ASSERT_TRUE(signedVersion.ok()) << signedVersion.error().message.toStdString();
    EXPECT_EQ(signedVersion->version, 2);
    EXPECT_TRUE(signedVersion->signedCopy);
    EXPECT_EQ(signedVersion->document, u"measure"_s);
    ASSERT_EQ(dialog->versions().size(), 2);
    EXPECT_EQ(cell(u"versionsTable"_s, 0, 4), u"Yes"_s);
    EXPECT_EQ(cell(u"versionsTable"_s, 1, 4), u"No"_s);  // the unsigned version is kept as it was
    EXPECT_EQ(dialog->selectedVersion()->id, signedVersion->id);

    ASSERT_TRUE(dialog->verifySelectedVersion().ok());
    ASSERT_EQ(child<QTableWidget>(u"verificationTable"_s)->rowCount(), 1);
    EXPECT_EQ(cell(u"verificationTable"_s, 0, 0), u"Claire Durand"_s);
    EXPECT_EQ(cell(u"verificationTable"_s, 0, 2), u"Valid"_s);
    EXPECT_EQ(cell(u"verificationTable"_s, 0, 3), u"Yes"_s);
    EXPECT_EQ(cell(u"verificationTable"_s, 0, 4),
              u"Trusted"_s);  // signing made the NSS database the trusted one
    EXPECT_TRUE(child<QLabel>(u"verificationLabel"_s)->text().contains(u"valid signature"_s));

    // The signed copy, one byte flipped inside the signed range, attached as a PDF copy: not valid.
    const QString exported = files.path(u"signed.pdf"_s);
    ASSERT_TRUE(dialog->exportSelectedVersion(exported).ok());
    QByteArray tampered = readFile(exported);
    const qsizetype at = tampered.indexOf("stream") + 200;
    tampered[at] = char(tampered[at] ^ 0x01);
    ASSERT_TRUE(writeFile(files.path(u"altered.pdf"_s), tampered));
    const auto attached = dialog->attachFile(files.path(u"altered.pdf"_s));
    ASSERT_TRUE(attached.ok()) << attached.error().message.toStdString();
    EXPECT_TRUE(child<QPushButton>(u"verifyAttachmentButton"_s)->isEnabled());
    ASSERT_TRUE(dialog->verifySelectedAttachment().ok());
    ASSERT_EQ(child<QTableWidget>(u"verificationTable"_s)->rowCount(), 1);
    EXPECT_TRUE(cell(u"verificationTable"_s, 0, 2).startsWith(u"Not valid"_s))
        << cell(u"verificationTable"_s, 0, 2).toStdString();
    EXPECT_TRUE(child<QLabel>(u"verificationLabel"_s)->text().contains(u"not valid"_s));
    EXPECT_TRUE(asked.isEmpty());
}

TEST_F(DocumentSigningDialogTest, AWrongPasswordSignsNothingAndNeverShowsThePassword) {
    ASSERT_TRUE(dialog->issueSelected().ok());
    const QString passwordFile = files.path(u"p12-password"_s);
    ASSERT_TRUE(writeFile(passwordFile, "bon mot de passe"));
    const QString p12 = files.path(u"certificat.p12"_s);
    int code = -1;
    const QString out = runProgram(
        u"pk12util"_s,
        {u"-o"_s, p12, u"-n"_s, u"Signataire"_s, u"-d"_s, u"sql:"_s + database, u"-w"_s, passwordFile},
        &code);
    ASSERT_EQ(code, 0) << out.toStdString();

    documents::SignRequest credentials;
    credentials.p12Path = p12;
    credentials.password = "mauvais-secret";
    const auto refused = dialog->signSelectedVersion(credentials);
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(refused.error().message.contains(u"mauvais-secret"_s));
    EXPECT_EQ(dialog->versions().size(), 1);

    credentials.password = "bon mot de passe";
    const auto signedVersion = dialog->signSelectedVersion(credentials);
    ASSERT_TRUE(signedVersion.ok()) << signedVersion.error().message.toStdString();
    EXPECT_TRUE(signedVersion->signedCopy);
    EXPECT_EQ(dialog->versions().size(), 2);
}

}  // namespace
}  // namespace passerelle::test
