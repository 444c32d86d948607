#include "server.h"

#include "passerelle/storage/database.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::bench {
namespace {

// psql with libpq's own environment (PGHOST, PGPORT, PGUSER, PGPASSWORD inside pg_virtualenv): the password
// never on a command line.
QString runPsql(const QString& address, const QString& sql) {
    QProcess psql;
    psql.start(u"psql"_s, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, address, u"-c"_s, sql});
    if (!psql.waitForStarted(10000))
        return u"psql could not start: "_s + psql.errorString();
    if (!psql.waitForFinished(600000))
        return u"psql did not finish: "_s + psql.errorString();
    if (psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0)
        return QString::fromUtf8(psql.readAllStandardError()).trimmed();
    return {};
}

}  // namespace

QString ServerTarget::name(int students) const {
    return prefix + u'_' + QString::number(students);
}

QString ServerTarget::address(int students) const {
    return base + u'/' + name(students) + query;
}

bool parseServerTarget(const QString& text, ServerTarget& target) {
    static const QRegularExpression pattern(u"^(postgres(?:ql)?://[^/?]*)/([a-z][a-z0-9_]*)(\\?.*)?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        std::fprintf(
            stderr,
            "passerelle-bench: --server: expected postgresql://[user@][host][:port]/name with a name "
            "of lower-case letters, digits and '_', not '%s'\n",
            qPrintable(text));
        return false;
    }
    target = {.base = match.captured(1), .prefix = match.captured(2), .query = match.captured(3)};
    return true;
}

QString recreateServerDatabase(const ServerTarget& target, int students) {
    const QString admin = target.base + u"/postgres"_s + target.query;
    const QString name = target.name(students);
    if (QString error = runPsql(admin, u"DROP DATABASE IF EXISTS %1"_s.arg(name)); !error.isEmpty())
        return error;
    return runPsql(
        admin,
        u"CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'"_s.arg(name));
}

double serverDatabaseMB(storage::Database& database) {
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT pg_database_size(current_database())"_s) || !query.next())
        return -1;
    return query.value(0).toDouble() / 1e6;
}

}  // namespace passerelle::bench
