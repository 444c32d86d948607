// Signing and verifying through poppler-qt6. See nss_store.h for why several NSS databases need care.
#include "passerelle/documents/signing.h"

#include "nss_store.h"
#include "pdf_update.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <cert.h>
#include <nss.h>
#include <ocsp.h>
#include <secport.h>

#include <memory>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kToolTimeoutMs = 30000;
constexpr PRUint32 kOcspTimeoutSeconds = 10;

Status runTool(const QString& program, const QStringList& arguments, const QString& what) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.closeWriteChannel();  // never wait for a password on standard input
    if (!process.waitForFinished(kToolTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        // The tool's own output names the problem (bad password, corrupt file); it never contains the
        // password.
        const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
        return failure(u"%1 : échec (%2)."_s.arg(what, output.isEmpty() ? process.errorString() : output), {},
                       ErrorKind::Io);
    }
    return success();
}

// A private NSS database holding the certificate and key of a PKCS#12 file, deleted with the object.
struct ImportedP12 {
    QTemporaryDir folder;
    QString nickname;
};

Result<std::unique_ptr<ImportedP12>> importP12(const QString& p12Path, const QByteArray& password) {
    if (!QFileInfo(p12Path).isReadable()) {
        return failure(u"Fichier PKCS#12 illisible : %1."_s.arg(p12Path), u"p12Path"_s, ErrorKind::NotFound);
    }
    auto imported = std::make_unique<ImportedP12>();
    if (!imported->folder.isValid())
        return failure(u"Dossier temporaire impossible à créer."_s, {}, ErrorKind::Io);
    const QString db = u"sql:"_s + imported->folder.path();
    if (auto status = runTool(u"certutil"_s, {u"-N"_s, u"-d"_s, db, u"--empty-password"_s},
                              u"Création de la base de certificats temporaire"_s);
        !status) {
        return status.error();
    }
    {
        // pk12util reads the password from a file (-w): private to the owner, deleted right after the import.
        const QString passwordPath = imported->folder.filePath(u"p12-password"_s);
        QFile passwordFile(passwordPath);
        if (!passwordFile.open(QIODevice::WriteOnly) ||
            !passwordFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            passwordFile.write(password) != password.size()) {
            return failure(u"Fichier de mot de passe temporaire impossible à écrire."_s, {}, ErrorKind::Io);
        }
        passwordFile.close();
        const Status imported12 =
            runTool(u"pk12util"_s, {u"-i"_s, p12Path, u"-d"_s, db, u"-w"_s, passwordPath},
                    u"Import du certificat PKCS#12"_s);
        QFile::remove(passwordPath);
        if (!imported12)
            return imported12.error();
    }
    // The certificate that came with its private key is the one marked "u" (user) in the listing.
    QProcess list;
    list.start(u"certutil"_s, {u"-L"_s, u"-d"_s, db});
    list.waitForFinished(kToolTimeoutMs);
    static const QRegularExpression line(u"^(.*\\S)\\s+([A-Za-z]*,[A-Za-z]*,[A-Za-z]*)\\s*$"_s);
    for (const QString& text : QString::fromLocal8Bit(list.readAllStandardOutput()).split(u'\n')) {
        const auto match = line.match(text);
        if (match.hasMatch() && match.captured(2).contains(u'u')) {
            imported->nickname = match.captured(1);
            return imported;
        }
    }
    return failure(u"Le fichier PKCS#12 ne contient aucun certificat avec sa clé privée."_s, u"p12Path"_s);
}

struct CertificateDeleter {
    void operator()(CERTCertificate* certificate) const { CERT_DestroyCertificate(certificate); }
};
using CertificatePtr = std::unique_ptr<CERTCertificate, CertificateDeleter>;

// Whether NSS knows the certificate poppler is about to be asked for (a "token:nickname" for an extra
// database). Checked first: it names the problem exactly, and poppler 22.12, given a name it cannot find,
// fails inside its signing code on a path that leaks the whole CMS message it was building (tests/lsan.supp).
bool certificateExists(const QString& nickname) {
    const QByteArray name = nickname.toUtf8();
    return CertificatePtr(CERT_FindCertByNickname(CERT_GetDefaultCertDB(), name.constData())) != nullptr;
}

// Poppler asks NSS for the key's password through this callback; NSS frees what it returns.
void setPasswordForNss(const QByteArray& password) {
    Poppler::setNSSPasswordCallback([password](const char*) -> char* {
        return password.isEmpty() ? nullptr : PORT_Strdup(password.constData());
    });
}

QString signatureStatusText(Poppler::SignatureValidationInfo::SignatureStatus status) {
    using S = Poppler::SignatureValidationInfo;
    switch (status) {
        case S::SignatureValid:
            return u"Signature valide"_s;
        case S::SignatureInvalid:
            return u"Signature invalide"_s;
        case S::SignatureDigestMismatch:
            return u"Le document a été modifié après la signature"_s;
        case S::SignatureDecodingError:
            return u"Signature illisible"_s;
        case S::SignatureGenericError:
            return u"La signature n'a pas pu être vérifiée"_s;
        case S::SignatureNotFound:
            return u"Signature absente"_s;
        case S::SignatureNotVerified:
            return u"Signature non vérifiée"_s;
    }
    return u"Statut inconnu"_s;
}

QString certificateStatusText(Poppler::SignatureValidationInfo::CertificateStatus status) {
    using S = Poppler::SignatureValidationInfo;
    switch (status) {
        case S::CertificateTrusted:
            return u"Certificat de confiance"_s;
        case S::CertificateUntrustedIssuer:
            return u"Émetteur du certificat non approuvé"_s;
        case S::CertificateUnknownIssuer:
            return u"Émetteur du certificat inconnu"_s;
        case S::CertificateRevoked:
            return u"Certificat révoqué"_s;
        case S::CertificateExpired:
            return u"Certificat expiré"_s;
        case S::CertificateGenericError:
            return u"Le certificat n'a pas pu être vérifié"_s;
        case S::CertificateNotVerified:
            return u"Certificat non vérifié"_s;
    }
    return u"Statut inconnu"_s;
}

Result<QList<SignatureInfo>> verifyDocument(const QByteArray& pdf, const QString& nssDir) {
    // The database first: loading a document with signatures can make poppler initialise NSS on its own,
    // after which the database could only be an extra token, whose trust settings poppler then misreads.
    const auto database = NssDatabase::open(nssDir);
    if (!database)
        return database.error();
    // A certificate naming an OCSP responder makes NSS ask it; an offline PC should not wait a minute.
    CERT_SetOCSPTimeout(kOcspTimeoutSeconds);
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document)
        return failure(u"Ce fichier n'est pas un PDF lisible."_s, {}, ErrorKind::Invalid);
    const qint64 fileSize = pdf.size();

    QList<SignatureInfo> result;
    for (const auto& field : document->signatures()) {
        if (field->signatureType() == Poppler::FormFieldSignature::UnsignedSignature)
            continue;
        // Revocation is checked as pdfsig does by default (OCSP, a failure to reach the responder not
        // counting against the certificate). Not ValidateWithoutOCSPRevocationCheck: with it, poppler 22.12
        // answers CertificateGenericError for a certificate that chains to a trusted root: it takes the
        // verdict from NSS's last error code, and with the OCSP-disabled policy a successful verification
        // leaves SEC_ERROR_EXTENSION_NOT_FOUND there (seen: -8157 after validate; 0 with OCSP on). `pdfsig
        // -no-ocsp` says "Unknown issue with Certificate" for a file it calls trusted without the option.
        const auto info = field->validate(Poppler::FormFieldSignature::ValidateVerifyCertificate,
                                          QDateTime::currentDateTime());
        SignatureInfo signature;
        signature.fieldName = field->fullyQualifiedName();
        signature.signerName = info.signerName();
        signature.signerSubject = info.signerSubjectDN();
        signature.signedAt = QDateTime::fromSecsSinceEpoch(info.signingTime());
        signature.reason = info.reason();
        signature.location = info.location();
        signature.valid = info.signatureStatus() == Poppler::SignatureValidationInfo::SignatureValid;
        signature.certificateTrusted =
            info.certificateStatus() == Poppler::SignatureValidationInfo::CertificateTrusted;
        signature.signatureStatus = signatureStatusText(info.signatureStatus());
        signature.certificateStatus = certificateStatusText(info.certificateStatus());
        // Whole document: poppler's own check, and the last signed byte is the last byte of the file, so that
        // nothing (not even a later incremental update) was appended after signing.
        const QList<qint64> bounds = info.signedRangeBounds();
        signature.coversWholeDocument =
            info.signsTotalDocument() && !bounds.isEmpty() && bounds.last() == fileSize;
        result << signature;
    }
    return result;
}

}  // namespace

Status signPdf(const SignRequest& request) {
    if (!QFileInfo(request.inputPath).isReadable()) {
        return failure(u"Fichier à signer illisible : %1."_s.arg(request.inputPath), u"inputPath"_s,
                       ErrorKind::NotFound);
    }
    if (request.outputPath.isEmpty() ||
        QFileInfo(request.outputPath).absoluteFilePath() == QFileInfo(request.inputPath).absoluteFilePath()) {
        return failure(u"Le fichier signé doit être un nouveau fichier."_s, u"outputPath"_s);
    }
    const bool fromP12 = !request.p12Path.isEmpty();
    if (fromP12 == !request.nickname.isEmpty()) {
        return failure(u"Indiquer soit un fichier PKCS#12, soit une base NSS et un nom de certificat."_s,
                       u"certificate"_s);
    }

    QFile input(request.inputPath);
    if (!input.open(QIODevice::ReadOnly)) {
        return failure(u"Fichier à signer illisible : %1."_s.arg(request.inputPath), u"inputPath"_s,
                       ErrorKind::Io);
    }
    const QByteArray original = input.readAll();
    if (!original.startsWith("%PDF-"))
        return failure(u"Ce fichier n'est pas un PDF."_s, u"inputPath"_s);

    // Give poppler a standard font for the signature field so it does not embed a whole one. A PDF with
    // cross-reference streams is signed as it is (poppler then embeds a font: a larger file, still valid).
    QTemporaryDir work;
    if (!work.isValid())
        return failure(u"Dossier temporaire impossible à créer."_s, {}, ErrorKind::Io);
    const QString preparedPath = work.filePath(u"prepared.pdf"_s);
    {
        PdfUpdate update;
        update.signingFont = true;
        const auto prepared = appendPdfUpdate(original, update);
        QFile file(preparedPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(prepared ? *prepared : original) < 0) {
            return failure(u"Fichier temporaire impossible à écrire."_s, {}, ErrorKind::Io);
        }
    }

    std::unique_ptr<ImportedP12> imported;
    if (fromP12) {
        // Make sure poppler's own database is set up first, so the temporary one is only ever an extra token.
        if (const auto main = NssDatabase::open(request.nssDir); !main)
            return main.error();
        auto result = importP12(request.p12Path, request.password);
        if (!result)
            return result.error();
        imported = std::move(*result);
    }
    const QString databaseDir = fromP12 ? imported->folder.path() : request.nssDir;
    const auto database = NssDatabase::open(databaseDir);
    if (!database)
        return database.error();
    const QString nickname = (*database)->qualifiedNickname(fromP12 ? imported->nickname : request.nickname);
    if (!certificateExists(nickname)) {
        return failure(u"La signature a échoué : certificat « %1 » introuvable dans la base NSS."_s.arg(
                           fromP12 ? imported->nickname : request.nickname),
                       u"certificate"_s, ErrorKind::NotFound);
    }

    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(preparedPath);
    if (!document)
        return failure(u"Ce PDF est illisible."_s, u"inputPath"_s);
    std::unique_ptr<Poppler::PDFConverter> converter = document->pdfConverter();
    QFile::remove(request.outputPath);
    converter->setOutputFileName(request.outputPath);

    Poppler::PDFConverter::NewSignatureData data;
    data.setCertNickname(nickname);
    data.setPassword(QString::fromUtf8(request.password));
    data.setPage(0);
    data.setBoundingRectangle(QRectF());  // no visible appearance
    data.setSignatureText(request.reason.isEmpty() ? u"Signé"_s : request.reason);
    data.setReason(request.reason);
    data.setLocation(request.location);
    setPasswordForNss(request.password);
    const bool signedOk = converter->sign(data);
    setPasswordForNss({});
    if (!signedOk || !QFileInfo::exists(request.outputPath)) {
        QFile::remove(request.outputPath);
        return failure(
            u"La signature a échoué : clé privée du certificat « %1 » absente ou mot de passe incorrect."_s
                .arg(fromP12 ? imported->nickname : request.nickname),
            u"certificate"_s);
    }
    return success();
}

Result<QList<SignatureInfo>> verifyPdf(const QString& path, const QString& nssDir) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(u"Fichier illisible : %1."_s.arg(path), u"path"_s, ErrorKind::NotFound);
    }
    return verifyPdf(file.readAll(), nssDir);
}

Result<QList<SignatureInfo>> verifyPdf(const QByteArray& pdf, const QString& nssDir) {
    if (!pdf.startsWith("%PDF-"))
        return failure(u"Ce fichier n'est pas un PDF."_s);
    return verifyDocument(pdf, nssDir);
}

}  // namespace passerelle::documents
