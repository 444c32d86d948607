#pragma once

// Digital signatures of PDF files through poppler-qt6 and NSS. The signature is invisible (no appearance with
// an embedded font, so signing adds a few kilobytes) and covers the whole file. A password is only ever held
// in memory: it never goes on a command line or into a log.

#include "passerelle/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace passerelle::documents {

struct SignRequest {
    QString inputPath;
    QString outputPath;  // must differ from inputPath
    // Either a certificate of an NSS database ...
    QString nssDir;  // a folder holding cert9.db / key4.db (with or without the "sql:" prefix)
    QString nickname;
    // ... or a PKCS#12 file, imported into a private temporary NSS database for the signature.
    QString p12Path;
    QByteArray password;  // of the PKCS#12 file, or of the NSS database's key
    QString reason;       // « Signature du chef d'établissement »
    QString location;
};

Status signPdf(const SignRequest& request);

struct SignatureInfo {
    QString fieldName;
    QString signerName;     // the certificate's common name
    QString signerSubject;  // the full distinguished name
    QDateTime signedAt;
    QString reason;
    QString location;
    bool valid = false;               // the bytes it covers are exactly those signed
    bool certificateTrusted = false;  // the certificate chains to a root trusted by the NSS database
    QString signatureStatus;          // a French sentence for the UI and the CLI
    QString certificateStatus;
    bool coversWholeDocument =
        false;  // nothing was appended after signing (signed ranges reach the end of file)
};

// The signatures of a PDF, in file order. An error when the file cannot be read or is not a PDF; an empty
// list when it has no signature. `nssDir`, when given, is the database whose trust settings decide
// certificateTrusted.
Result<QList<SignatureInfo>> verifyPdf(const QString& path, const QString& nssDir = {});
Result<QList<SignatureInfo>> verifyPdf(const QByteArray& pdf, const QString& nssDir = {});

}  // namespace passerelle::documents
