#pragma once

// Issue 15: who sees what on a shared PostgreSQL server, enforced by the server itself. Every user is a
// PostgreSQL login, member of one of five group roles (passerelle_administrator, passerelle_cpe,
// passerelle_head, passerelle_partner, passerelle_auditor) and linked to one or more organisations; grants
// (table by table, column by column) and row-level security policies decide what each login may read and
// write, whatever program it connects with (docs/server.md has the table). PostgreSQL only: on a SQLite
// file every function here fails with ErrorKind::Invalid.

#include "passerelle/domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle::storage {

class Database;

// The application roles of issue 15, each a PostgreSQL group role named "passerelle_" + its key.
enum class ServerRole { Administrator, Cpe, Head, Partner, Auditor };

QString serverRoleKey(ServerRole role);  // "administrator", "cpe", "head", "partner", "auditor"
std::optional<ServerRole> serverRoleFromKey(const QString& key);
QStringList serverRoleKeys();

struct ServerUser {
    QString login;
    ServerRole role = ServerRole::Auditor;
    QStringList organisationIds;  // sorted
};

// On a PostgreSQL database whose schema the migrations made: creates (or brings up to date) the group roles,
// the users' tables, the functions the policies call, the grants and the row-level security policies. Run
// by the database's owner, who needs CREATEROLE. Idempotent: run it again after an upgrade.
Status initServerSecurity(Database& database);

// A new login with its role and organisations (each must exist), in one statement (so one transaction). The
// password is bound, never spliced into SQL text nor logged; the server stores its SCRAM hash. Run by the
// owner, or by an administrator for its own organisations (and the partners of its agreements).
Status addServerUser(Database& database, const QString& login, ServerRole role,
                     const QStringList& organisationIds, const QString& password);
// The users the connected login may manage (all of them for the owner), sorted by login.
Result<QList<ServerUser>> listServerUsers(Database& database);
// Drops the login and its links, in one statement (so one transaction).
Status removeServerUser(Database& database, const QString& login);

}  // namespace passerelle::storage
