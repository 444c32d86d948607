// The document archive: issued versions with their SHA-256, attachments, checks on reading, and deletion
// together with the record.
#include "storage_fixtures.h"

#include "passerelle/storage/database.h"
#include "passerelle/storage/document_archive.h"
#include "passerelle/storage/repositories.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const RecordRef agreementRef{ArchivedKind::Agreement, agreementId};
const RecordRef measureRef{ArchivedKind::Measure, measureId};
const RecordRef groupRef{ArchivedKind::Group, groupId};

QByteArray samplePdf(const QByteArray& body) {
    return "%PDF-1.4\n% " + body + "\n%%EOF\n";
}

// A real 1 x 1 PNG (signature, IHDR, IDAT, IEND).
QByteArray samplePng() {
    return QByteArray::fromHex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000b49444154789c63600002000005"
        "00"
        "017a5eab3f0000000049454e44ae426082");
}

QString sha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QDateTime at(int day, int hour, int minute = 0, int second = 0) {
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second));
}

class DocumentArchiveTest : public StorageTest {
protected:
    void SetUp() override {
        StorageTest::SetUp();
        importSample();
    }
    int count(const QString& table) { return scalar(u"SELECT COUNT(*) FROM "_s + table).toInt(); }
    // Changes a stored blob behind Passerelle's back, as another program or a damaged disk would.
    void overwrite(const QString& table, const QString& column, qint64 id, const QByteArray& bytes) {
        QSqlQuery query(db().connection());
        ASSERT_TRUE(query.prepare(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(table, column)));
        query.addBindValue(bytes);
        query.addBindValue(id);
        ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
        ASSERT_EQ(query.numRowsAffected(), 1);
    }
};

}  // namespace

TEST_F(DocumentArchiveTest, VersionsAreNumberedOneTwoThreePerDocument) {
    DocumentArchive archive(db());
    for (int i = 1; i <= 3; ++i) {
        const auto issued = archive.issue(measureRef, u"measure"_s, samplePdf("v" + QByteArray::number(i)),
                                          i == 1, false, at(20, 9, i));
        ASSERT_TRUE(issued.ok()) << issued.error().message.toStdString();
        EXPECT_EQ(issued->version, i);
        EXPECT_EQ(issued->record, measureRef);
        EXPECT_EQ(issued->document, u"measure"_s);
        EXPECT_EQ(issued->draft, i == 1);
        EXPECT_EQ(issued->issuedAt, at(20, 9, i));
    }
    // Another document of the same record, and the same document of another record, start at 1.
    const auto booklet =
        archive.issue(measureRef, u"host-report"_s, samplePdf("report"), false, false, at(21, 8));
    ASSERT_TRUE(booklet.ok());
    EXPECT_EQ(booklet->version, 1);
    const auto agreement = archive.issue(agreementRef, u"measure"_s, samplePdf("a"), false, false, at(21, 9));
    ASSERT_TRUE(agreement.ok());
    EXPECT_EQ(agreement->version, 1);

    const auto versions = archive.versions(measureRef);
    ASSERT_TRUE(versions.ok()) << versions.error().message.toStdString();
    ASSERT_EQ(versions->size(), 4);  // newest first
    EXPECT_EQ(versions->at(0).document, u"host-report"_s);
    EXPECT_EQ(versions->at(1).version, 3);
    EXPECT_EQ(versions->at(2).version, 2);
    EXPECT_EQ(versions->at(3).version, 1);
    EXPECT_TRUE(versions->at(3).draft);
    EXPECT_EQ(*booklet, versions->at(0));
}

TEST_F(DocumentArchiveTest, TheRecordedShaIsTheHashOfTheBytes) {
    DocumentArchive archive(db());
    const QByteArray pdf = samplePdf("Contrat d'engagement — élève");
    const auto issued =
        archive.issue(measureRef, u"commitment-contract"_s, pdf, false, true, at(20, 14, 5, 30));
    ASSERT_TRUE(issued.ok()) << issued.error().message.toStdString();
    EXPECT_EQ(issued->sha256, sha256(pdf));
    EXPECT_EQ(issued->sha256.size(), 64);
    EXPECT_TRUE(issued->signedCopy);
    EXPECT_EQ(scalar(u"SELECT sha256 FROM issued_documents"_s).toString(), sha256(pdf));
    EXPECT_EQ(scalar(u"SELECT issued_at FROM issued_documents"_s).toString(), u"2026-11-20T14:05:30"_s);
    EXPECT_EQ(scalar(u"SELECT signed_copy FROM issued_documents"_s).toInt(), 1);
    const auto bytes = archive.pdf(issued->id);
    ASSERT_TRUE(bytes.ok()) << bytes.error().message.toStdString();
    EXPECT_EQ(*bytes, pdf);
}

// "An issued document is never regenerated over a signed one: a new version is kept beside it."
TEST_F(DocumentArchiveTest, IssuingAgainKeepsTheSignedVersionAsItWas) {
    DocumentArchive archive(db());
    const QByteArray signedPdf = samplePdf("signed");
    const auto first = archive.issue(agreementRef, u"agreement"_s, signedPdf, false, true, at(20, 9));
    ASSERT_TRUE(first.ok());
    const auto second =
        archive.issue(agreementRef, u"agreement"_s, samplePdf("regenerated"), false, false, at(22, 9));
    ASSERT_TRUE(second.ok());
    EXPECT_NE(first->id, second->id);
    EXPECT_EQ(*archive.pdf(first->id), signedPdf);
    EXPECT_EQ(count(u"issued_documents"_s), 2);
}

TEST_F(DocumentArchiveTest, ATamperedPdfIsReportedNotReturned) {
    DocumentArchive archive(db());
    const auto issued =
        archive.issue(agreementRef, u"agreement"_s, samplePdf("original"), false, false, at(20, 9));
    ASSERT_TRUE(issued.ok());
    overwrite(u"issued_documents"_s, u"pdf"_s, issued->id, samplePdf("0riginal"));
    const auto bytes = archive.pdf(issued->id);
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(bytes.error().kind, ErrorKind::Io);
    EXPECT_TRUE(bytes.error().message.contains(u"SHA-256"_s)) << bytes.error().message.toStdString();
    EXPECT_EQ(archive.pdf(issued->id + 100).error().kind, ErrorKind::NotFound);
}

TEST_F(DocumentArchiveTest, IssueRefusesAMissingRecordAndBytesThatAreNotAPdf) {
    DocumentArchive archive(db());
    const auto missing = archive.issue({ArchivedKind::Measure, u"M-404"_s}, u"measure"_s, samplePdf("x"),
                                       false, false, at(20, 9));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(missing.error().message.contains(u"M-404"_s));
    // A group id is not a measure id: the kind decides the table.
    EXPECT_FALSE(
        archive.issue({ArchivedKind::Measure, groupId}, u"measure"_s, samplePdf("x"), false, false, at(20, 9))
            .ok());
    const auto notPdf = archive.issue(measureRef, u"measure"_s, "<html>", false, false, at(20, 9));
    ASSERT_FALSE(notPdf.ok());
    EXPECT_EQ(notPdf.error().kind, ErrorKind::Invalid);
    EXPECT_FALSE(archive.issue(measureRef, u" "_s, samplePdf("x"), false, false, at(20, 9)).ok());
    EXPECT_FALSE(archive.issue(measureRef, u"measure"_s, samplePdf("x"), false, false, QDateTime()).ok());
    EXPECT_EQ(count(u"issued_documents"_s), 0);
}

TEST_F(DocumentArchiveTest, AttachAPdfAndAPng) {
    DocumentArchive archive(db());
    const QByteArray scan = samplePdf("scan signé");
    const auto pdf = archive.attach(agreementRef, u"/home/secretariat/Numérisations/convention signée.pdf"_s,
                                    scan, at(23, 10));
    ASSERT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
    EXPECT_EQ(pdf->fileName, u"convention signée.pdf"_s);  // the name, not the folder
    EXPECT_EQ(pdf->mimeType, u"application/pdf"_s);
    EXPECT_EQ(pdf->sha256, sha256(scan));
    EXPECT_EQ(pdf->size, scan.size());
    EXPECT_EQ(pdf->record, agreementRef);
    const auto png = archive.attach(agreementRef, u"photo.png"_s, samplePng(), at(23, 11));
    ASSERT_TRUE(png.ok()) << png.error().message.toStdString();
    EXPECT_EQ(png->mimeType, u"image/png"_s);

    const auto list = archive.attachments(agreementRef);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0), *png);  // newest first
    EXPECT_EQ(list->at(1), *pdf);
    EXPECT_TRUE(archive.attachments(measureRef)->isEmpty());
    EXPECT_EQ(*archive.attachmentContent(pdf->id), scan);
    EXPECT_EQ(*archive.attachmentContent(png->id), samplePng());
}

TEST_F(DocumentArchiveTest, OnlyPdfsAndImagesWithContentAreAttached) {
    DocumentArchive archive(db());
    const auto text = archive.attach(measureRef, u"notes.txt"_s, "Rendez-vous jeudi", at(23, 10));
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().kind, ErrorKind::Invalid);
    EXPECT_TRUE(text.error().message.contains(u"notes.txt"_s)) << text.error().message.toStdString();
    // The content must confirm the name: text renamed scan.pdf is still text.
    EXPECT_FALSE(archive.attach(measureRef, u"scan.pdf"_s, "Rendez-vous jeudi", at(23, 10)).ok());
    const auto empty = archive.attach(measureRef, u"scan.pdf"_s, QByteArray(), at(23, 10));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(u"scan.pdf"_s));
    EXPECT_TRUE(empty.error().message.contains(u"empty"_s));
    QByteArray huge = samplePdf("big");
    huge.append(DocumentArchive::maxAttachmentSize, ' ');
    const auto tooLarge = archive.attach(measureRef, u"big.pdf"_s, huge, at(23, 10));
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_TRUE(tooLarge.error().message.contains(u"50.0 MB"_s)) << tooLarge.error().message.toStdString();
    EXPECT_EQ(count(u"attachments"_s), 0);
    // A scan without an extension is recognised by its content.
    const auto unnamed = archive.attach(measureRef, u"scan"_s, samplePng(), at(23, 10));
    ASSERT_TRUE(unnamed.ok()) << unnamed.error().message.toStdString();
    EXPECT_EQ(unnamed->mimeType, u"image/png"_s);
    ASSERT_TRUE(archive.removeAttachment(unnamed->id).ok());
    const auto missing =
        archive.attach({ArchivedKind::Group, u"G-404"_s}, u"scan.pdf"_s, samplePdf("x"), at(23, 10));
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(count(u"attachments"_s), 0);
}

TEST_F(DocumentArchiveTest, RemoveAnAttachment) {
    DocumentArchive archive(db());
    const auto kept = archive.attach(groupRef, u"feuille.pdf"_s, samplePdf("1"), at(23, 10));
    const auto removed = archive.attach(groupRef, u"feuille-2.pdf"_s, samplePdf("2"), at(23, 11));
    ASSERT_TRUE(kept.ok() && removed.ok());
    ASSERT_TRUE(archive.removeAttachment(removed->id).ok());
    const auto list = archive.attachments(groupRef);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->at(0).id, kept->id);
    const Status again = archive.removeAttachment(removed->id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(archive.attachmentContent(removed->id).error().kind, ErrorKind::NotFound);
}

TEST_F(DocumentArchiveTest, ATamperedAttachmentIsReportedNotReturned) {
    DocumentArchive archive(db());
    const auto attached = archive.attach(measureRef, u"photo.png"_s, samplePng(), at(23, 10));
    ASSERT_TRUE(attached.ok());
    QByteArray changed = samplePng();
    changed[40] = char(changed[40] ^ 1);
    overwrite(u"attachments"_s, u"content"_s, attached->id, changed);
    const auto content = archive.attachmentContent(attached->id);
    ASSERT_FALSE(content.ok());
    EXPECT_EQ(content.error().kind, ErrorKind::Io);
}

// Data about minors is not left behind: the record's documents and attachments go with it, in the same
// transaction, and only when the record itself is deleted.
TEST_F(DocumentArchiveTest, DeletingARecordDeletesItsDocumentsAndAttachments) {
    DocumentArchive archive(db());
    for (const RecordRef& record : {agreementRef, measureRef, groupRef}) {
        ASSERT_TRUE(archive.issue(record, u"doc"_s, samplePdf("v1"), false, false, at(20, 9)).ok());
        ASSERT_TRUE(archive.issue(record, u"doc"_s, samplePdf("v2"), false, true, at(21, 9)).ok());
        ASSERT_TRUE(archive.attach(record, u"scan.pdf"_s, samplePdf("scan"), at(22, 9)).ok());
    }
    EXPECT_EQ(count(u"issued_documents"_s), 6);
    EXPECT_EQ(count(u"attachments"_s), 3);

    // Refused (measures and groups still refer to the agreement): nothing of the archive is touched.
    ASSERT_FALSE(AgreementRepository(db()).remove(agreementId, 1).ok());
    EXPECT_EQ(count(u"issued_documents"_s), 6);

    ASSERT_TRUE(MeasureRepository(db()).remove(measureId, 1).ok());
    EXPECT_TRUE(archive.versions(measureRef)->isEmpty());
    EXPECT_TRUE(archive.attachments(measureRef)->isEmpty());
    EXPECT_EQ(archive.versions(groupRef)->size(), 2);
    EXPECT_EQ(archive.versions(agreementRef)->size(), 2);

    ASSERT_TRUE(GroupRepository(db()).remove(groupId, 1).ok());
    ASSERT_TRUE(AgreementRepository(db()).remove(agreementId, 1).ok());
    EXPECT_EQ(count(u"issued_documents"_s), 0);
    EXPECT_EQ(count(u"attachments"_s), 0);
}

TEST_F(DocumentArchiveTest, SignatureMethodsAreStored) {
    const auto agreement = AgreementRepository(db()).find(agreementId);
    ASSERT_TRUE(agreement.ok());
    EXPECT_EQ(agreement->signatures.at(0).method, SignatureMethod::Paper);
    EXPECT_EQ(agreement->signatures.at(1).method, SignatureMethod::Digital);
    EXPECT_EQ(scalar(u"SELECT method FROM agreement_signatures WHERE seq = 1"_s).toString(), u"digital"_s);
    const auto measure = MeasureRepository(db()).find(measureId);
    ASSERT_TRUE(measure.ok());
    EXPECT_EQ(measure->signatures.at(0).method, SignatureMethod::Digital);
    EXPECT_EQ(measure->signatures.at(1).method, SignatureMethod::Paper);
}

TEST_F(DocumentArchiveTest, AnUnknownSignatureMethodInTheFileIsReported) {
    ASSERT_EQ(scalar(u"SELECT COUNT(*) FROM measure_signatures"_s).toInt(), 3);
    QSqlQuery query(db().connection());
    ASSERT_TRUE(query.exec(u"UPDATE measure_signatures SET method = 'fax' WHERE seq = 0"_s));
    const auto measure = MeasureRepository(db()).find(measureId);
    ASSERT_FALSE(measure.ok());
    EXPECT_TRUE(measure.error().message.contains(u"measure_signatures.method"_s))
        << measure.error().message.toStdString();
}
