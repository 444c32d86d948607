#include "../commands.h"
#include "../exit_codes.h"
#include "passerelle/documents/signing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passerelle::cli {

// Exit 0 when every signature is valid and covers the whole file, 1 when one is invalid or the file was
// changed after signing, 2 when the file is not a PDF or has no signature.
int runVerify(CommandContext& context) {
    QCommandLineParser parser;
    parser.addOption(CommandContext::jsonOption());
    const QCommandLineOption nssDir(
        QStringLiteral("nss-dir"),
        QStringLiteral("NSS database whose trusted certificates decide 'trusted'."), QStringLiteral("dir"));
    parser.addOption(nssDir);
    if (auto exit = context.parse(parser, QStringLiteral("FILE.pdf")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(QStringLiteral("expected one FILE.pdf"), ExitBadInput);

    const auto signatures = documents::verifyPdf(positional.first(), parser.value(nssDir));
    if (!signatures)
        return context.fail(signatures.error().message, ExitBadInput);
    if (signatures->isEmpty())
        return context.fail(QStringLiteral("%1 has no signature").arg(positional.first()), ExitBadInput);

    bool allGood = true;
    QJsonArray array;
    for (const documents::SignatureInfo& signature : *signatures) {
        allGood = allGood && signature.valid && signature.coversWholeDocument;
        if (parser.isSet(CommandContext::jsonOption())) {
            array.append(QJsonObject{{QStringLiteral("field"), signature.fieldName},
                                     {QStringLiteral("signer"), signature.signerName},
                                     {QStringLiteral("subject"), signature.signerSubject},
                                     {QStringLiteral("signedAt"), signature.signedAt.toString(Qt::ISODate)},
                                     {QStringLiteral("reason"), signature.reason},
                                     {QStringLiteral("valid"), signature.valid},
                                     {QStringLiteral("trusted"), signature.certificateTrusted},
                                     {QStringLiteral("wholeDocument"), signature.coversWholeDocument},
                                     {QStringLiteral("status"), signature.signatureStatus},
                                     {QStringLiteral("certificate"), signature.certificateStatus}});
        } else {
            context.out() << signature.signerName << '\t' << signature.signedAt.toString(Qt::ISODate) << '\t'
                          << (signature.valid ? "valid" : "INVALID") << '\t'
                          << (signature.coversWholeDocument ? "whole document" : "CHANGED AFTER SIGNING")
                          << '\t' << (signature.certificateTrusted ? "trusted" : "untrusted certificate")
                          << '\t' << signature.signatureStatus << '\n';
        }
    }
    if (parser.isSet(CommandContext::jsonOption()))
        context.out() << QJsonDocument(array).toJson();
    return allGood ? ExitSuccess : ExitFailure;
}

}  // namespace passerelle::cli
