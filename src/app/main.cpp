// passerelle: the desktop application.
#include "passerelle/runtime/logging.h"
#include "passerelle/runtime/paths.h"
#include "passerelle/runtime/private_files.h"
#include "passerelle/storage/database.h"
#include "passerelle/ui/app_settings.h"
#include "passerelle/ui/main_window.h"
#include "passerelle/ui/startup.h"
#include "passerelle/ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>

#include <utility>

#include <spdlog/spdlog.h>

using namespace passerelle;

int main(int argc, char** argv) {
    // Before anything is created: the database, its journal, the log, backups, PDFs and exports are private
    // to this account (0600, folders 0700), whatever the session's umask.
    runtime::restrictNewFilesToOwner();
    QApplication app(argc, argv);
    runtime::setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Passerelle"));
    // The language chosen in the settings dialog, else the system's.
    const QString language = ui::AppSettings::load().language;
    ui::installTranslations(language.isEmpty() ? QLocale() : QLocale(language));

    // Command-line options are for administrators and scripts: English, like passerelle-cli.
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("Open this database file instead of the default one, or a server's database: "
                       "postgresql://[user@]host[:port]/dbname (the password from ~/.pgpass, else asked)."),
        QStringLiteral("path"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Log details (debug level)."));
    parser.addOption(databaseOption);
    parser.addOption(verboseOption);
    parser.process(app);

    runtime::setupLogging({.filePath = runtime::logFilePath(), .verbose = parser.isSet(verboseOption)});
    spdlog::info("passerelle {} started", PASSERELLE_VERSION);

    QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : runtime::defaultDatabasePath();
    int code = 0;
    // A restore needs the database closed: the window asks for it, the loop closes everything, restores and
    // opens the database again in a new window. A server connected to (or reconnected after a lost
    // connection) is handed over by the window the same way (issue 15).
    QString restoreFrom;
    std::unique_ptr<storage::Database> next;
    do {
        if (!restoreFrom.isEmpty())
            ui::Startup::restore(path, std::exchange(restoreFrom, QString()));
        const std::unique_ptr<storage::Database> database =
            next ? std::move(next) : ui::Startup::openDatabase(path);
        if (!database)
            return 1;
        path = database->path();
        ui::Startup::welcome(*database);

        ui::MainWindow window(*database);
        QObject::connect(&window, &ui::MainWindow::restoreRequested, &window,
                         [&restoreFrom, &window](const QString& backup) {
                             restoreFrom = backup;
                             QMetaObject::invokeMethod(&window, &QWidget::close, Qt::QueuedConnection);
                         });
        window.show();
        // A second later: SQLite's integrity check reads the whole file, and on a two-core machine it would
        // otherwise compete with the first paint and the dashboard's figures (issue 14).
        QTimer::singleShot(1000, &window, &ui::MainWindow::checkDatabaseInBackground);
        code = QApplication::exec();
        next = window.takeNextDatabase();
        if (restoreFrom.isEmpty())
            ui::Startup::backUpOnClose(*database);
    } while (!restoreFrom.isEmpty() || next);
    spdlog::info("passerelle finished with code {}", code);
    return code;
}
