#pragma once

#include "passerelle/ui/app_settings.h"

#include <QDate>
#include <QMainWindow>

#include <array>
#include <memory>

class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace passerelle::storage {
class ChangeFeed;
class Database;
}  // namespace passerelle::storage

class QLabel;

namespace passerelle::ui {

class DashboardPage;
class DatabaseHealthCheck;
class DeadlinesPage;
class ListPage;

// The application's window: the side bar of sections on the left, the current section on the right, the
// menus, the toolbar and the status bar. It owns the undo stack every section pushes its edits on.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    // The side bar, in this order.
    enum Section { Dashboard, Agreements, Partners, Students, Measures, Groups, Deadlines, SectionCount };

    // `today` is the date the dashboard and the rules judge by (fixed in tests).
    explicit MainWindow(storage::Database& database, QDate today = QDate::currentDate(),
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    Section currentSection() const;
    // The list of a list section (Agreements, Partners, Students, Measures, Groups), null for the others.
    ListPage* listPage(Section section) const;
    ListPage* studentsPage() const { return listPage(Students); }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    DeadlinesPage* deadlinesPage() const { return m_deadlines; }
    QUndoStack* undoStack() const { return m_undoStack.get(); }
    // Ctrl+F: the search box of the current list (the students' when the section has no list).
    void focusSearch();
    // Reads the database again in every section (after an import, an edit, F5).
    void refreshAll();
    // Fichier › Se connecter à un serveur… (issue 15): the connect dialog, offering `address`, else the last
    // address used. Once connected, this window closes and the program opens a new one on the server.
    void connectToServer(const QString& address = {});
    // The database this window closed for (a server connected to, or the same server reached again after a
    // lost connection): the program opens a new window on it. Null when the window closed for another reason.
    std::unique_ptr<storage::Database> takeNextDatabase();
    // Checks the database file in a worker thread (the program calls it once the window shows), then makes
    // the day's backup there when it is sound; on damage the user is told and offered the latest sound
    // backup.
    void checkDatabaseInBackground();
    DatabaseHealthCheck* healthCheck() const { return m_healthCheck; }
    // Other users' changes on a server database (issue 15); inactive on a file.
    storage::ChangeFeed* changeFeed() const { return m_changeFeed; }

Q_SIGNALS:
    // The user chose to restore a backup (Fichier › Sauvegardes…, or after damage was found): the program
    // closes this window and the database, restores the file and opens it again.
    void restoreRequested(const QString& backupPath);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addSection(const QString& title, QWidget* page);
    void addListPage(Section section, const QString& title, ListPage* page);
    void openMeasuresFiltered(const QString& status, const QDate& from, const QDate& to);
    void newRecord();
    void editRecord(Section section, const QString& id);
    // Documents… of a list: the documents dialog of one agreement, measure or group activity.
    void openDocuments(Section section, const QString& id);
    // File > Print…: the print preview of the selected record's usual document.
    void printCurrent();
    // Export PDFs… of the Agreements and Measures lists: one PDF per record into a folder, or one merged PDF.
    void exportPdfs(Section section, const QStringList& ids);
    void newDatabase();
    void openDatabase();
    void openDatabaseFile(const QString& path);
    void updateRecentMenu();
    void importFile();
    // Fichier › Importer › Depuis SIECLE…: the SIECLE import dialog; after an import, as importFile.
    void importSiecle();
    // Fichier › Importer › Depuis un tableur (CSV)…: the file, then the column-mapping dialog.
    void importStudentsCsv();
    void exportFile();
    void showBackups();
    void offerRestoreAfterDamage(const QStringList& report);
    void editSettings();
    void showUserGuide();
    void showAbout();
    void showError(const QString& message);
    // A read or write failed: when the server's connection is gone, the user is told so and offered to
    // reconnect (issue 15); any other failure is shown as it is.
    void showDatabaseError(const QString& message);
    bool connectionLost();
    void offerReconnect(QString message);
    void switchToDatabase(std::unique_ptr<storage::Database> database);
    void setUpServerActions();
    void updateStatus();
    void restoreLayout();
    // Listens for other users' changes and shows them (issue 15).
    void startChangeFeed();
    // Reads again what shows records of `kind`: the lists now when shown, otherwise when next shown.
    void showOthersChanges(const QString& kind);

    std::unique_ptr<Ui::MainWindow> m_ui;
    storage::Database& m_database;
    QDate m_today;
    AppSettings m_settings;
    std::unique_ptr<QUndoStack> m_undoStack;
    DashboardPage* m_dashboard = nullptr;
    DeadlinesPage* m_deadlines = nullptr;
    std::array<ListPage*, SectionCount> m_lists{};
    std::unique_ptr<storage::Database> m_nextDatabase;
    bool m_reconnecting = false;  // several lists failing at once ask once
    DatabaseHealthCheck* m_healthCheck = nullptr;
    // The database's path and record count, kept at the status bar's right: the bar's own messages (an
    // import's summary) show beside it and are never overwritten when the count comes from the worker.
    QLabel* m_databaseLabel = nullptr;
    storage::ChangeFeed* m_changeFeed = nullptr;
};

}  // namespace passerelle::ui
