#pragma once

// passerelle-bench on a PostgreSQL server (issue 15): a database per size, made with psql as docs/server.md
// asks of a school's (UTF-8, C collation), then filled and measured through the same storage code as a file.

#include <QString>

namespace passerelle::storage {
class Database;
}

namespace passerelle::bench {

// Splits `postgresql://[user@]host[:port]/name[?query]` into the server part and the name, which becomes a
// prefix: one database per size, `name_STUDENTS`. False with a message on stderr when it is not such an
// address or the name needs quoting (lower case, digits and '_' only).
struct ServerTarget {
    QString base;        // up to the '/' before the name
    QString prefix;      // the name, lower case
    QString query;       // "?sslmode=..." or empty
    bool reuse = false;  // measure the databases a previous run made, as they are

    QString address(int students) const;
    QString name(int students) const;
};
bool parseServerTarget(const QString& text, ServerTarget& target);

// Drops the size's database if it exists and creates it empty (psql, connected to the `postgres` database of
// the same server). Empty on success, else psql's message.
QString recreateServerDatabase(const ServerTarget& target, int students);

// The database's size on the server (pg_database_size), in MB; -1 when it cannot be read.
double serverDatabaseMB(storage::Database& database);

}  // namespace passerelle::bench
