#include "test_database.h"

#include "fixtures.h"

#include <QProcess>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::test {

bool testingOnServer() {
    return qEnvironmentVariable("PASSERELLE_TEST_BACKEND") == u"postgresql"_s;
}

namespace {

// Runs one statement with psql on the server's maintenance database; empty on success, psql's error
// otherwise.
QString runPsql(const QString& sql, const QString& database = u"postgres"_s) {
    QProcess psql;
    psql.start(u"psql"_s, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, database, u"-c"_s, sql});
    if (!psql.waitForFinished(60000))
        return u"psql did not finish: "_s + psql.errorString();
    if (psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0)
        return QString::fromUtf8(psql.readAllStandardError()).trimmed();
    return {};
}

}  // namespace

TestDatabase::TestDatabase(const TempFolder& folder, const QString& name) {
    if (!testingOnServer()) {
        m_location = folder.path(name + u".sqlite"_s);
        return;
    }
    // Lower case and digits only: an identifier that needs no quoting. C collation and UTF-8, as
    // docs/server.md asks of a school's database.
    const QString serverName = u"t_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    m_error =
        runPsql(u"CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'"_s.arg(
            serverName));
    m_location = u"postgresql:///"_s + serverName;
}

TestDatabase::~TestDatabase() = default;  // pg_virtualenv throws the whole cluster away after the suite

}  // namespace passerelle::test
