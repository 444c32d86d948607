#pragma once

// Where a shared PostgreSQL database is (issue 15): `postgresql://[user@]host[:port]/dbname[?sslmode=...]`,
// as libpq writes it. A password is never part of an address Passerelle shows, logs or stores: it comes
// from a prompt (OpenOptions::password) or from libpq's own ~/.pgpass / PGPASSFILE.

#include "passerelle/domain/result.h"

#include <QString>

namespace passerelle::storage {

struct ServerAddress {
    QString host;      // empty: libpq's default (PGHOST, else the local socket)
    int port = 0;      // 0: libpq's default (PGPORT, else 5432)
    QString database;  // empty: libpq's default (PGDATABASE, else the user's name)
    QString user;      // empty: libpq's default (PGUSER, else the system user)
    QString sslMode;   // empty: libpq's default ("prefer": TLS when the server offers it)

    // The address written back, without any password: what the title bar and the logs may show.
    QString url() const;
};

// Whether `text` names a server rather than a file: it starts with postgresql:// or postgres://.
bool isServerAddress(const QString& text);
// Reads an address; a password in it is refused (ErrorKind::Invalid) so that it never lands in a shell's
// history or a settings file, and so are options Passerelle does not know.
Result<ServerAddress> parseServerAddress(const QString& text);

}  // namespace passerelle::storage
