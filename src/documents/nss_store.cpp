#include "nss_store.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QUuid>

#include <poppler-form.h>

#include <nss.h>
#include <pk11pub.h>
#include <secmod.h>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {
QMutex nssMutex;
QString popplerDatabase;  // the folder poppler initialised NSS with, once
}  // namespace

QString plainNssPath(const QString& dir) {
    QString path = dir.startsWith(u"sql:"_s) ? dir.mid(4) : dir;
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

Result<std::unique_ptr<NssDatabase>> NssDatabase::open(const QString& dir) {
    const QMutexLocker lock(&nssMutex);
    const QString path = plainNssPath(dir);
    if (!path.isEmpty() && !QFileInfo::exists(QDir(path).filePath(u"cert9.db"_s))) {
        return failure(u"Aucune base de certificats NSS dans %1."_s.arg(path), u"nssDir"_s,
                       ErrorKind::NotFound);
    }
    std::unique_ptr<NssDatabase> database(new NssDatabase);
    if (!NSS_IsInitialized()) {
        if (!path.isEmpty())
            Poppler::setNSSDir(path);
        popplerDatabase = path;
        // Any certificate query makes poppler initialise NSS now, with that folder.
        (void)Poppler::getAvailableSigningCertificates();
        if (!NSS_IsInitialized())
            return failure(u"NSS n'a pas pu être initialisé."_s, {}, ErrorKind::Io);
        return database;
    }
    if (path.isEmpty() || path == popplerDatabase)
        return database;

    const QString token = u"Passerelle-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QByteArray spec = "configdir='sql:" + path.toUtf8() + "' tokenDescription='" + token.toUtf8() + "'";
    PK11SlotInfo* slot = SECMOD_OpenUserDB(spec.constData());
    if (!slot)
        return failure(u"Impossible d'ouvrir la base de certificats %1."_s.arg(path), u"nssDir"_s,
                       ErrorKind::Io);
    database->m_slot = slot;
    database->m_prefix = token + u':';
    return database;
}

NssDatabase::~NssDatabase() {
    if (!m_slot)
        return;
    const QMutexLocker lock(&nssMutex);
    auto* slot = static_cast<PK11SlotInfo*>(m_slot);
    SECMOD_CloseUserDB(slot);
    PK11_FreeSlot(slot);
}

}  // namespace passerelle::documents
