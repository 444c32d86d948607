// passerelle-cli sign / verify with a throw-away certificate made by the test (certutil, as in
// ../shared/toolchain.md): valid and whole -> 0; one byte flipped inside the signed range -> 1.
#include "cli_runner.h"
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

int runTool(const QString& program, const QStringList& arguments, const QByteArray& input = {}) {
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60'000);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

}  // namespace

TEST(CliSigning, SignThenVerifyThenTamper) {
    TempFolder folder;
    const QString data = folder.path(u"data"_s);
    const QString nss = folder.path(u"nss"_s);
    ASSERT_TRUE(QDir().mkpath(nss));
    ASSERT_EQ(runTool(u"certutil"_s, {u"-N"_s, u"-d"_s, u"sql:"_s + nss, u"--empty-password"_s}), 0);
    QFile noise(folder.path(u"noise"_s));
    ASSERT_TRUE(noise.open(QIODevice::WriteOnly));
    noise.write(QByteArray(256, 'n') + QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    noise.close();
    ASSERT_EQ(runTool(u"certutil"_s,
                      {u"-S"_s,
                       u"-n"_s,
                       u"Signataire"_s,
                       u"-x"_s,
                       u"-2"_s,
                       u"-s"_s,
                       u"CN=Test,O=College Test,C=FR"_s,
                       u"-t"_s,
                       u"CTu,Cu,Cu"_s,
                       u"-k"_s,
                       u"rsa"_s,
                       u"-g"_s,
                       u"2048"_s,
                       u"-Z"_s,
                       u"SHA256"_s,
                       u"-v"_s,
                       u"24"_s,
                       u"-m"_s,
                       u"4242"_s,
                       u"--keyUsage"_s,
                       u"digitalSignature,nonRepudiation,certSigning"_s,
                       u"-d"_s,
                       u"sql:"_s + nss,
                       u"-z"_s,
                       noise.fileName()},
                      "y\n\nn\n"),
              0);

    const QString database = folder.path(u"d.sqlite"_s);
    ASSERT_EQ(runCli({u"--database"_s, database, u"demo"_s, u"--students"_s, u"200"_s, u"--today"_s,
                      u"2026-11-24"_s},
                     data)
                  .exitCode,
              0);
    const QString pdfs = folder.path(u"pdfs"_s);
    const CliRun made =
        runCli({u"--database"_s, database, u"pdf"_s, u"--all-measures"_s, u"-o"_s, pdfs}, data);
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QString input = QString::fromUtf8(made.out.split('\n').first().split('\t').first());

    const QString output = folder.path(u"signed.pdf"_s);
    const CliRun signedRun = runCli({u"sign"_s, input, u"-o"_s, output, u"--nss-dir"_s, nss, u"--nickname"_s,
                                     u"Signataire"_s, u"--reason"_s, u"Signature du chef d'établissement"_s},
                                    data);
    ASSERT_EQ(signedRun.exitCode, 0) << signedRun.err.toStdString();
    EXPECT_LT(QFile(output).size() - QFile(input).size(), 200 * 1024);

    const CliRun verified = runCli({u"verify"_s, output, u"--json"_s}, data);
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString() << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains("\"valid\": true")) << verified.out.toStdString();
    // Trust is the database's word: the test's own CA is trusted by its database, unknown elsewhere.
    EXPECT_TRUE(verified.out.contains("\"trusted\": false")) << verified.out.toStdString();
    const CliRun trusted = runCli({u"verify"_s, output, u"--json"_s, u"--nss-dir"_s, nss}, data);
    EXPECT_EQ(trusted.exitCode, 0) << trusted.out.toStdString() << trusted.err.toStdString();
    EXPECT_TRUE(trusted.out.contains("\"trusted\": true")) << trusted.out.toStdString();
    EXPECT_TRUE(trusted.out.contains("\"certificate\": \"Certificat de confiance\""))
        << trusted.out.toStdString();

    // Flip one byte in the middle of the file: inside the signed range.
    QFile tampered(output);
    ASSERT_TRUE(tampered.open(QIODevice::ReadWrite));
    QByteArray bytes = tampered.readAll();
    const qsizetype middle = bytes.indexOf("/Title");
    ASSERT_GT(middle, 0);
    bytes[middle + 1] = bytes[middle + 1] == 'T' ? 'X' : 'T';
    tampered.seek(0);
    tampered.write(bytes);
    tampered.close();
    EXPECT_EQ(runCli({u"verify"_s, output}, data).exitCode, 1);
}
