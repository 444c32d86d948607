#include "../commands.h"
#include "../exit_codes.h"
#include "../file_output.h"
#include "passerelle/documents/signing.h"

#include <QFileInfo>

namespace passerelle::cli {

// The password is read from a file, never taken on the command line (where `ps` and shell histories show it).
int runSign(CommandContext& context) {
    QCommandLineParser parser;
    parser.addOption(CommandContext::outputOption());
    const QCommandLineOption p12(QStringLiteral("p12"), QStringLiteral("A PKCS#12 certificate file."),
                                 QStringLiteral("file"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QStringLiteral("A file whose first line is the certificate's password."), QStringLiteral("file"));
    const QCommandLineOption nssDir(QStringLiteral("nss-dir"),
                                    QStringLiteral("An NSS certificate database folder."),
                                    QStringLiteral("dir"));
    const QCommandLineOption nickname(QStringLiteral("nickname"),
                                      QStringLiteral("The certificate's nickname in the NSS database."),
                                      QStringLiteral("name"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why the document is signed."),
                                    QStringLiteral("text"));
    for (const auto& option : {p12, passwordFile, nssDir, nickname, reason})
        parser.addOption(option);
    if (auto exit =
            context.parse(parser, QStringLiteral("FILE.pdf -o OUT.pdf (--p12 CERT.p12 --password-file F | "
                                                 "--nss-dir DIR --nickname NAME)")))
        return *exit;

    const QStringList positional = parser.positionalArguments();
    const QString output = parser.value(CommandContext::outputOption());
    const bool withP12 = parser.isSet(p12);
    const bool withNss = parser.isSet(nssDir) && parser.isSet(nickname);
    if (positional.size() != 1 || output.isEmpty() || withP12 == withNss ||
        (withP12 && !parser.isSet(passwordFile))) {
        return context.fail(
            QStringLiteral("expected FILE.pdf -o OUT.pdf with either --p12 and --password-file, or "
                           "--nss-dir and --nickname"),
            ExitBadInput);
    }
    if (QFileInfo(positional.first()).canonicalFilePath() == QFileInfo(output).canonicalFilePath()) {
        return context.fail(QStringLiteral("-o must name another file than the input"), ExitBadInput);
    }

    documents::SignRequest request;
    request.inputPath = positional.first();
    request.outputPath = output;
    request.p12Path = parser.value(p12);
    request.nssDir = parser.value(nssDir);
    request.nickname = parser.value(nickname);
    request.reason = parser.value(reason);
    if (parser.isSet(passwordFile)) {
        const auto password = readPasswordFile(parser.value(passwordFile));
        if (!password)
            return context.fail(password.error().message, ExitBadInput);
        request.password = *password;
    }
    if (const Status signedPdf = documents::signPdf(request); !signedPdf) {
        return context.fail(signedPdf.error().message,
                            signedPdf.error().kind == ErrorKind::Io ? ExitFailure : ExitBadInput);
    }
    context.out() << "Signed: " << output << "\n";
    return ExitSuccess;
}

}  // namespace passerelle::cli
