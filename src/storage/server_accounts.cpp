// Issue 15: the shared server's roles, row-level security and users. PostgreSQL-only SQL by nature (roles,
// policies, SECURITY DEFINER functions have no SQLite counterpart), so it lives here and not in a dialect.
// What each role may do is in docs/server.md; the functions in server_functions.h, the grants and policies in
// server_policies.h.
#include "passerelle/storage/server_accounts.h"

#include "passerelle/storage/database.h"
#include "server_functions.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

const QList<std::pair<ServerRole, QString>>& roleKeys() {
    static const QList<std::pair<ServerRole, QString>> keys{{ServerRole::Administrator, u"administrator"_s},
                                                            {ServerRole::Cpe, u"cpe"_s},
                                                            {ServerRole::Head, u"head"_s},
                                                            {ServerRole::Partner, u"partner"_s},
                                                            {ServerRole::Auditor, u"auditor"_s}};
    return keys;
}

Status requirePostgres(Database& database) {
    if (database.isServer())
        return success();
    return failure(
        u"Server accounts need a PostgreSQL database (--database postgresql://...); %1 is a "
        u"SQLite file, which has no users or roles."_s.arg(database.path()),
        {}, ErrorKind::Invalid);
}

// The server's own words for what went wrong. Our functions raise 22023 (bad value), 42710 (login exists),
// P0002 (no such user) and 42501 (not allowed): those are the user's input, the rest is the database's.
Error serverError(const QString& what, const QSqlError& error) {
    // The first line: the server's CONTEXT (which function raised) and the SQLSTATE follow it.
    QString detail = error.databaseText().trimmed().section(u'\n', 0, 0).trimmed();
    if (detail.startsWith(u"ERROR:"_s))
        detail = detail.mid(6).trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    static const QStringList inputCodes{u"22023"_s, u"42710"_s, u"P0002"_s, u"42501"_s};
    const bool input = inputCodes.contains(error.nativeErrorCode());
    return failure(input ? detail : what + u": "_s + detail, {}, input ? ErrorKind::Invalid : ErrorKind::Io);
}

// One statement through a query of its own (never the connection's statement cache: the values passed here
// must not stay bound in a cached statement).
Status run(Database& database, const QString& sql, const QList<QVariant>& values, const QString& what,
           QList<QList<QVariant>>* rows = nullptr) {
    QSqlQuery query(database.connection());
    // Without values, run as is: QPSQL prepares with PREPARE, which takes no DO, CREATE or GRANT.
    const bool ran = values.isEmpty() ? query.exec(sql) : [&] {
        if (!query.prepare(sql))
            return false;
        for (const QVariant& value : values)
            query.addBindValue(value);
        return query.exec();
    }();
    if (!ran)
        return serverError(what, query.lastError());
    while (rows && query.next()) {
        QList<QVariant> row;
        for (int i = 0; i < query.record().count(); ++i)
            row << query.value(i);
        rows->append(row);
    }
    return success();
}

QByteArray hmac(const QByteArray& key, const QByteArray& message) {
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802, RFC 7677; PostgreSQL's
// scram_build_secret): computed here so that the password itself never reaches the server, whose log could
// otherwise hold it in a failed statement. PBKDF2 with one block: SHA-256's output is the key's length.
// SASLprep is approximated by NFKC, which it is for every password typed on a French keyboard.
QString scramVerifier(const QString& password) {
    constexpr int iterations = 4096;
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
    const QByteArray secret = password.normalized(QString::NormalizationForm_KC).toUtf8();
    QByteArray block = hmac(secret, salt + QByteArray::fromHex("00000001"));
    QByteArray salted = block;
    for (int i = 1; i < iterations; ++i) {
        block = hmac(secret, block);
        for (qsizetype j = 0; j < salted.size(); ++j)
            salted[j] = char(salted[j] ^ block[j]);
    }
    const QByteArray storedKey =
        QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

}  // namespace

QString serverRoleKey(ServerRole role) {
    for (const auto& [value, key] : roleKeys()) {
        if (value == role)
            return key;
    }
    return {};
}

std::optional<ServerRole> serverRoleFromKey(const QString& key) {
    for (const auto& [value, known] : roleKeys()) {
        if (known == key)
            return value;
    }
    return std::nullopt;
}

QStringList serverRoleKeys() {
    QStringList keys;
    for (const auto& entry : roleKeys())
        keys << entry.second;
    return keys;
}

Status initServerSecurity(Database& database) {
    if (auto s = requirePostgres(database); !s)
        return s;
    return database.transaction([&]() -> Status {
        // "policy ... does not exist, skipping" and the like: expected on a first run, noise on the terminal.
        if (auto s = run(database, u"SET LOCAL client_min_messages = warning"_s, {}, u"The connection"_s); !s)
            return s;
        QList<QList<QVariant>> rows;
        // The schema the migrations wrote into, quoted by the server: the functions pin their search_path
        // to it, so that no one can slip a table of the same name in front of theirs.
        if (auto s = run(database, u"SELECT quote_ident(current_schema())"_s, {},
                         u"The database's schema could not be read"_s, &rows);
            !s)
            return s;
        if (rows.isEmpty() || rows.first().first().toString().isEmpty())
            return failure(u"The database has no schema to secure."_s, {}, ErrorKind::Invalid);
        const QString schema = rows.first().first().toString();
        rows.clear();
        if (auto s = run(database,
                         u"SELECT table_name FROM information_schema.tables WHERE table_schema = "
                         u"current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"_s,
                         {}, u"The database's tables could not be listed"_s, &rows);
            !s)
            return s;
        QStringList tables;
        for (const auto& row : rows)
            tables << row.first().toString();
        if (!tables.contains(u"passerelle_schema"_s)) {
            return failure(
                u"This database has no Passerelle schema yet: run `passerelle-cli --database URL "
                u"init` (or server init as its owner) first."_s,
                {}, ErrorKind::Invalid);
        }
        // Fail closed: a table nobody classified would be readable by no one, or worse by everyone.
        const QStringList known = securedTables();
        QStringList unknown;
        for (const QString& table : tables) {
            if (!known.contains(table))
                unknown << table;
        }
        if (!unknown.isEmpty()) {
            return failure(
                u"server init does not know the table(s) %1: who may read them must be decided in "
                u"server_policies.h first."_s.arg(unknown.join(u", "_s)),
                {}, ErrorKind::Invalid);
        }
        for (const QString& statement : serverSecurityStatements(schema)) {
            if (auto s = run(database, statement, {}, u"The server's roles and policies could not be set"_s);
                !s)
                return s;
        }
        return success();
    });
}

Status addServerUser(Database& database, const QString& login, ServerRole role,
                     const QStringList& organisationIds, const QString& password) {
    if (auto s = requirePostgres(database); !s)
        return s;
    if (organisationIds.isEmpty())
        return failure(u"A user needs at least one organisation (--organisation ID)."_s, u"organisation"_s);
    if (password.size() < 8)
        return failure(u"The password must have at least 8 characters."_s, u"password"_s);
    QJsonArray organisations;
    for (const QString& id : organisationIds)
        organisations.append(id);
    const QString organisationsJson =
        QString::fromUtf8(QJsonDocument(organisations).toJson(QJsonDocument::Compact));
    // One statement, so one transaction: the function checks everything before it creates the login.
    return run(database, u"SELECT passerelle_create_user(?, ?, ?, ?)"_s,
               {login, serverRoleKey(role), scramVerifier(password), organisationsJson},
               u"The user could not be added"_s);
}

Result<QList<ServerUser>> listServerUsers(Database& database) {
    if (auto s = requirePostgres(database); !s)
        return s.error();
    QList<QList<QVariant>> rows;
    const Status status = run(database, u"SELECT login, role, organisation_id FROM passerelle_list_users()"_s,
                              {}, u"The users could not be listed"_s, &rows);
    if (!status)
        return status.error();
    QList<ServerUser> users;
    for (const auto& row : rows) {
        const QString login = row.at(0).toString();
        if (users.isEmpty() || users.last().login != login) {
            ServerUser user;
            user.login = login;
            user.role = serverRoleFromKey(row.at(1).toString()).value_or(ServerRole::Auditor);
            users.append(user);
        }
        if (!row.at(2).isNull())
            users.last().organisationIds << row.at(2).toString();
    }
    for (ServerUser& user : users)
        std::sort(user.organisationIds.begin(), user.organisationIds.end());
    return users;
}

Status removeServerUser(Database& database, const QString& login) {
    if (auto s = requirePostgres(database); !s)
        return s;
    return run(database, u"SELECT passerelle_remove_user(?)"_s, {login}, u"The user could not be removed"_s);
}

}  // namespace passerelle::storage
