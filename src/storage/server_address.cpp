#include "passerelle/storage/server_address.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

Error badAddress(const QString& why) {
    return failure(
        u"The server address is not valid: %1 (expected "
        u"postgresql://[user@]host[:port]/database[?sslmode=...])."_s.arg(why),
        u"database"_s, ErrorKind::Invalid);
}

const QStringList& sslModes() {
    static const QStringList modes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                   u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return modes;
}

}  // namespace

bool isServerAddress(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           trimmed.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<ServerAddress> parseServerAddress(const QString& text) {
    if (!isServerAddress(text))
        return badAddress(u"it does not start with postgresql://"_s);
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return badAddress(url.errorString());
    if (!url.password().isEmpty()) {
        return failure(
            u"The server address contains a password: Passerelle never takes one on a command line "
            u"or in an address. Leave it out; Passerelle asks for it, or libpq reads it from "
            u"~/.pgpass (PGPASSFILE)."_s,
            u"database"_s, ErrorKind::Invalid);
    }
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(0);
    if (address.port < 0 || address.port > 65535)
        return badAddress(u"the port must be a number from 1 to 65535"_s);
    address.user = url.userName();
    address.database = url.path().mid(1);  // the leading '/'
    if (address.database.contains(u'/'))
        return badAddress(u"the database name cannot contain '/'"_s);
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode"_s) {
            if (!sslModes().contains(value))
                return badAddress(u"sslmode must be one of %1"_s.arg(sslModes().join(u", "_s)));
            address.sslMode = value;
        } else {
            return badAddress(u"unknown option \"%1\" (only sslmode is read)"_s.arg(key));
        }
    }
    return address;
}

QString ServerAddress::url() const {
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(u"/"_s + database);
    if (!sslMode.isEmpty())
        url.setQuery(u"sslmode="_s + sslMode);
    // An empty host keeps the "//" (postgresql:///db), which QUrl drops without an authority.
    QString text = url.toString(QUrl::FullyEncoded);
    if (host.isEmpty() && user.isEmpty() && port == 0 && !text.startsWith(u"postgresql://"_s))
        text.replace(0, u"postgresql:"_s.size(), u"postgresql://"_s);
    return text;
}

}  // namespace passerelle::storage
