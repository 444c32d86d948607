// 3) Signing a generated PDF with a throw-away certificate made here, verifying it, and catching tampering.
#include "passerelle/documents/signing.h"
#include "document_fixtures.h"
#include "fixtures.h"
#include "passerelle/documents/documents.h"
#include "pdf_tools.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::documents;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// One NSS database with a self-signed certificate "Signataire", shared by the suite (made once: ~1 s). NSS
// only trusts a self-signed certificate as its own issuer when it is a CA (-2, answered on standard input).
class SigningTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        folder = new TempFolder;
        database = folder->path(u"nssdb"_s);
        QDir().mkpath(database);
        int code = -1;
        runProgram(u"certutil"_s, {u"-N"_s, u"-d"_s, u"sql:"_s + database, u"--empty-password"_s}, &code);
        ASSERT_EQ(code, 0);
        QByteArray noise(256, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        ASSERT_TRUE(writeAll(folder->path(u"noise"_s), noise));
        // NSS trusts a self-signed certificate as its own issuer only when it is a CA: -2, answered on stdin.
        const QStringList arguments =
            QStringList{u"-S"_s, u"-n"_s, u"Signataire"_s, u"-x"_s, u"-2"_s}
            << u"-s"_s << u"CN=Cécile Ancher,O=Collège Henri Matisse,C=FR"_s << u"-t"_s << u"CTu,Cu,Cu"_s
            << u"-k"_s << u"rsa"_s << u"-g"_s << u"2048"_s << u"-Z"_s << u"SHA256"_s << u"-v"_s << u"24"_s
            << u"-m"_s << QString::number(QRandomGenerator::global()->bounded(1000, 1000000))
            << u"--keyUsage"_s << u"digitalSignature,nonRepudiation,certSigning"_s << u"-d"_s
            << u"sql:"_s + database << u"-z"_s << folder->path(u"noise"_s);
        const QString out = runProgram(u"certutil"_s, arguments, &code, "y\n\nn\n");
        ASSERT_EQ(code, 0) << out.toStdString();
    }
    static void TearDownTestSuite() {
        delete folder;
        folder = nullptr;
    }

    // A generated document to sign.
    QString unsignedPdf(const QString& name) {
        const auto rendered = renderMeasureDocument(responsibilityMeasure());
        EXPECT_TRUE(rendered.ok());
        const QString path = work.path(name);
        EXPECT_TRUE(writeAll(path, rendered->pdf));
        return path;
    }

    SignRequest nssRequest(const QString& input, const QString& output) {
        SignRequest request;
        request.inputPath = input;
        request.outputPath = output;
        request.nssDir = u"sql:"_s + database;
        request.nickname = u"Signataire"_s;
        request.reason = u"Signature du chef d'établissement"_s;
        request.location = u"Choisy-le-Roi"_s;
        return request;
    }

    static inline TempFolder* folder = nullptr;
    static inline QString database;
    TempFolder work;
};

}  // namespace

TEST_F(SigningTest, SignsValidWholeAndSmallThenDetectsAFlippedByte) {
    const QString input = unsignedPdf(u"in.pdf"_s);
    const QString output = work.path(u"signed.pdf"_s);
    const auto status = signPdf(nssRequest(input, output));
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();

    keepForInspection(u"signed"_s, readAll(output));
    const qint64 before = QFileInfo(input).size();
    const qint64 after = QFileInfo(output).size();
    std::cout << "[ figures  ] unsigned " << before << " bytes, signed " << after << " bytes, growth "
              << (after - before) << " bytes\n";
    EXPECT_LT(after - before, 200 * 1024);

    const auto signatures = verifyPdf(output, database);
    ASSERT_TRUE(signatures.ok()) << signatures.error().message.toStdString();
    ASSERT_EQ(signatures->size(), 1);
    const SignatureInfo& signature = signatures->front();
    EXPECT_TRUE(signature.valid) << signature.signatureStatus.toStdString();
    EXPECT_TRUE(signature.coversWholeDocument);
    // The self-signed CA is trusted by the test's database, as pdfsig (below) says too.
    EXPECT_TRUE(signature.certificateTrusted) << signature.certificateStatus.toStdString();
    EXPECT_EQ(signature.certificateStatus, u"Certificat de confiance"_s);
    EXPECT_EQ(signature.signerName, u"Cécile Ancher"_s);
    EXPECT_TRUE(signature.signerSubject.contains(u"Collège Henri Matisse"_s));
    EXPECT_EQ(signature.reason, u"Signature du chef d'établissement"_s);
    EXPECT_EQ(signature.location, u"Choisy-le-Roi"_s);
    EXPECT_LE(qAbs(signature.signedAt.secsTo(QDateTime::currentDateTime())), 120);

    // pdfsig, the reference tool, agrees.
    const QString report = runProgram(u"pdfsig"_s, {u"-nssdir"_s, u"sql:"_s + database, output});
    EXPECT_TRUE(report.contains(u"Signature Validation: Signature is Valid."_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"Total document signed"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"Certificate Validation: Certificate is Trusted."_s))
        << report.toStdString();

    // A fresh copy of this program, which signed nothing, verifies the file too.
    QProcess fresh;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PASSERELLE_VERIFY_FILE"_s, output);
    environment.insert(u"PASSERELLE_VERIFY_NSSDIR"_s, database);
    fresh.setProcessEnvironment(environment);
    fresh.start(QCoreApplication::applicationFilePath(),
                {u"--gtest_filter=SigningInFreshProcess.VerifiesTheFileNamedInTheEnvironment"_s});
    ASSERT_TRUE(fresh.waitForFinished(60000));
    const QString verdict = QString::fromUtf8(fresh.readAllStandardOutput());
    EXPECT_TRUE(verdict.contains(u"verdict: valid=1 whole=1 trusted=1 "_s)) << verdict.toStdString();
    EXPECT_TRUE(verdict.contains(u"signer=Cécile Ancher"_s)) << verdict.toStdString();

    // Flip one byte of the page content, well inside the first signed range.
    QByteArray tampered = readAll(output);
    const qsizetype at = tampered.indexOf("stream") + 200;
    tampered[at] = char(tampered[at] ^ 0x01);
    const auto broken = verifyPdf(tampered, database);
    ASSERT_TRUE(broken.ok());
    ASSERT_EQ(broken->size(), 1);
    EXPECT_FALSE(broken->front().valid);
}

TEST_F(SigningTest, BytesAppendedAfterSigningAreNotCovered) {
    const QString output = work.path(u"signed.pdf"_s);
    ASSERT_TRUE(signPdf(nssRequest(unsignedPdf(u"in.pdf"_s), output)).ok());
    const QByteArray extended = readAll(output) + "\n% appended after signing\n";
    const auto signatures = verifyPdf(extended, database);
    ASSERT_TRUE(signatures.ok());
    ASSERT_EQ(signatures->size(), 1);
    EXPECT_FALSE(signatures->front().coversWholeDocument);
}

TEST_F(SigningTest, SignsWithAPkcs12FileAndItsPassword) {
    // Export the test certificate with its key, protected by a password given in a file.
    const QString passwordFile = work.path(u"p12-password"_s);
    ASSERT_TRUE(writeAll(passwordFile, "mot de passe « Cœur »"));
    const QString p12 = work.path(u"certificat.p12"_s);
    int code = -1;
    const QString out = runProgram(
        u"pk12util"_s,
        {u"-o"_s, p12, u"-n"_s, u"Signataire"_s, u"-d"_s, u"sql:"_s + database, u"-w"_s, passwordFile},
        &code);
    ASSERT_EQ(code, 0) << out.toStdString();

    SignRequest request;
    request.inputPath = unsignedPdf(u"in.pdf"_s);
    request.outputPath = work.path(u"signed-p12.pdf"_s);
    request.p12Path = p12;
    request.password = "mot de passe « Cœur »";
    const auto status = signPdf(request);
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    const auto signatures = verifyPdf(request.outputPath, database);
    ASSERT_TRUE(signatures.ok());
    ASSERT_EQ(signatures->size(), 1);
    EXPECT_TRUE(signatures->front().valid);
    EXPECT_TRUE(signatures->front().coversWholeDocument);
    EXPECT_EQ(signatures->front().signerName, u"Cécile Ancher"_s);
    EXPECT_TRUE(signatures->front().certificateTrusted);

    request.outputPath = work.path(u"wrong-password.pdf"_s);
    request.password = "faux";
    const auto refused = signPdf(request);
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(refused.error().message.contains(u"faux"_s));  // the password never shows in a message
    EXPECT_FALSE(QFileInfo::exists(request.outputPath));
}

TEST_F(SigningTest, RefusesBadRequests) {
    const QString input = unsignedPdf(u"in.pdf"_s);
    SignRequest sameFile = nssRequest(input, input);
    EXPECT_EQ(signPdf(sameFile).error().field, u"outputPath"_s);

    SignRequest unknown = nssRequest(input, work.path(u"out.pdf"_s));
    unknown.nickname = u"Personne"_s;
    EXPECT_FALSE(signPdf(unknown).ok());
    EXPECT_FALSE(QFileInfo::exists(work.path(u"out.pdf"_s)));

    SignRequest noDatabase = nssRequest(input, work.path(u"out.pdf"_s));
    noDatabase.nssDir = work.path(u"nowhere"_s);
    EXPECT_EQ(signPdf(noDatabase).error().kind, ErrorKind::NotFound);

    ASSERT_TRUE(writeAll(work.path(u"text.pdf"_s), "pas un PDF"));
    EXPECT_FALSE(signPdf(nssRequest(work.path(u"text.pdf"_s), work.path(u"out.pdf"_s))).ok());
}

TEST_F(SigningTest, VerifyTellsUnsignedFromNotAPdf) {
    const auto none = verifyPdf(readAll(unsignedPdf(u"in.pdf"_s)), database);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
    EXPECT_FALSE(verifyPdf(QByteArray("GIF89a not a pdf")).ok());
    EXPECT_FALSE(verifyPdf(work.path(u"missing.pdf"_s)).ok());
}

// Run by SigningTest in a child process (skipped otherwise): verification in a process that signed nothing.
TEST(SigningInFreshProcess, VerifiesTheFileNamedInTheEnvironment) {
    const QString file = qEnvironmentVariable("PASSERELLE_VERIFY_FILE");
    if (file.isEmpty())
        GTEST_SKIP() << "helper for SigningTest, run in a child process";
    const auto signatures = verifyPdf(file, qEnvironmentVariable("PASSERELLE_VERIFY_NSSDIR"));
    ASSERT_TRUE(signatures.ok()) << signatures.error().message.toStdString();
    ASSERT_EQ(signatures->size(), 1);
    const SignatureInfo& signature = signatures->front();
    std::cout << "verdict: valid=" << signature.valid << " whole=" << signature.coversWholeDocument
              << " trusted=" << signature.certificateTrusted
              << " signer=" << signature.signerName.toStdString() << " ("
              << signature.certificateStatus.toStdString() << ")" << std::endl;
}
