// Recognising a Passerelle database before touching it (docs/data-model.md, "Recognising a Passerelle file").
// Part of the SQLite dialect: it reads SQLite's file header and opens read-only connections. Nothing here
// writes to the file or beside it, so a file that is refused stays byte for byte as it was.
#include "dialect.h"

#include "passerelle/storage/integrity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage::dialect {
namespace {

constexpr qint64 headerSize = 100;  // SQLite's file header: magic string, page size, application id ...
constexpr int applicationIdOffset = 68;

Error notOurs(const QString& why) {
    return failure(u"this file is not a Passerelle database (%1); it was left unchanged."_s.arg(why), {},
                   ErrorKind::Invalid);
}

Error readError(const QSqlError& error) {
    if (isDamage(error))
        return failure(damagedDatabaseMessage(), {}, ErrorKind::Io);
    return failure(u"the file could not be read: "_s + error.text().trimmed(), {}, ErrorKind::Io);
}

// The tables every Passerelle database has had since schema version 1.
const QSet<QString>& coreTables() {
    static const QSet<QString> tables{u"organisations"_s, u"people"_s, u"students"_s, u"agreements"_s,
                                      u"measures"_s};
    return tables;
}

struct Contents {
    int userVersion = 0;
    qint32 applicationId = 0;
    int objects = 0;  // tables, views, indexes, triggers
    QSet<QString> tables;
};

Result<Contents> readContents(const QSqlDatabase& connection) {
    Contents contents;
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return readError(query.lastError());
    contents.userVersion = query.value(0).toInt();
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
        return readError(query.lastError());
    contents.applicationId = query.value(0).toInt();
    if (!query.exec(u"SELECT type, name FROM sqlite_master"_s))
        return readError(query.lastError());
    while (query.next()) {
        ++contents.objects;
        if (query.value(0).toString() == u"table"_s)
            contents.tables.insert(query.value(1).toString());
    }
    if (query.lastError().isValid())
        return readError(query.lastError());
    return contents;
}

}  // namespace

ReadOnlyConnection::ReadOnlyConnection(const QString& path)
    : m_name(u"passerelle-ro-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_path(QFileInfo(path).absoluteFilePath()) {}

ReadOnlyConnection::~ReadOnlyConnection() {
    {
        QSqlDatabase connection = QSqlDatabase::database(m_name, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Status ReadOnlyConnection::open() {
    // Without a -wal the main file holds everything: "immutable" then reads it without taking a lock or
    // creating -wal/-shm files. With a -wal, a program is using the file (or was stopped): read through it.
    const bool hasWal = QFileInfo::exists(m_path + u"-wal"_s);
    const QString uri = QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                        (hasWal ? u"?mode=ro"_s : u"?mode=ro&immutable=1"_s);
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    connection.setDatabaseName(uri);
    connection.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!connection.open())
        return readError(connection.lastError());
    return success();
}

QSqlDatabase ReadOnlyConnection::connection() const {
    return QSqlDatabase::database(m_name, false);
}

Result<ExistingFile> inspectExistingFile(const QString& path, int latestSchemaVersion) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(u"the file could not be read: "_s + file.errorString(), {}, ErrorKind::Io);
    }
    if (file.size() == 0)
        return notOurs(u"it is empty"_s);
    const QByteArray header = file.read(headerSize);
    file.close();
    if (header.size() < headerSize || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return notOurs(u"it is not an SQLite database at all"_s);
    // Another program's mark: refused without even opening it.
    const qint32 markedId = qFromBigEndian<qint32>(header.constData() + applicationIdOffset);
    if (markedId != 0 && markedId != passerelleApplicationId) {
        return notOurs(u"it is another program's SQLite database, application id 0x%1"_s.arg(
            QString::number(quint32(markedId), 16)));
    }

    ReadOnlyConnection reader(path);
    if (const Status opened = reader.open(); !opened)
        return opened.error();
    const auto contents = readContents(reader.connection());
    if (!contents)
        return contents.error();
    const bool marked = contents->applicationId == passerelleApplicationId;
    const bool hasCoreTables = contents->tables.contains(coreTables());
    if (contents->applicationId != 0 && !marked)
        return notOurs(u"it is another program's SQLite database"_s);
    if (!marked && (!hasCoreTables || contents->userVersion < 1)) {
        // Passerelle only ever leaves complete databases behind (a new one is built aside, then renamed).
        if (contents->objects == 0)
            return notOurs(u"it is an empty SQLite database that Passerelle did not create"_s);
        return notOurs(u"it is another program's SQLite database: it has no Passerelle tables"_s);
    }
    if (contents->userVersion > latestSchemaVersion) {
        return failure(
            u"this database was written by a newer version of Passerelle (data version %1; this "
            u"version reads up to %2). It was left unchanged: open it with the newer Passerelle."_s
                .arg(contents->userVersion)
                .arg(latestSchemaVersion),
            {}, ErrorKind::Invalid);
    }
    if (!hasCoreTables || contents->userVersion < 1) {
        // Marked as Passerelle's but without its tables: not something a Passerelle wrote whole.
        return failure(damagedDatabaseMessage(), {}, ErrorKind::Io);
    }
    return ExistingFile{contents->userVersion, marked};
}

}  // namespace passerelle::storage::dialect
