#include "passerelle/ui/main_window.h"

#include "passerelle/exchange/json_format.h"
#include "passerelle/rules/agreement_calendar.h"
#include "passerelle/runtime/paths.h"
#include "passerelle/runtime/private_files.h"
#include "passerelle/storage/backups.h"
#include "passerelle/storage/change_feed.h"
#include "passerelle/storage/database.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/server_address.h"
#include "passerelle/ui/backups_dialog.h"
#include "passerelle/ui/batch_export.h"
#include "passerelle/ui/csv_import_dialog.h"
#include "passerelle/ui/dashboard_page.h"
#include "passerelle/ui/database_health.h"
#include "passerelle/ui/deadlines_page.h"
#include "passerelle/ui/editors.h"
#include "passerelle/ui/enum_labels.h"
#include "passerelle/ui/list_page.h"
#include "passerelle/ui/paged_table_model.h"
#include "passerelle/ui/record_documents_dialog.h"
#include "passerelle/ui/record_table_models.h"
#include "passerelle/ui/records_with_findings.h"
#include "passerelle/ui/settings_dialog.h"
#include "passerelle/ui/siecle_import_dialog.h"
#include "passerelle/ui/startup.h"
#include "passerelle/ui/student_table_model.h"
#include "passerelle/ui/user_guide_dialog.h"
#include "ui_main_window.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

#include <optional>

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString sectionKey = QStringLiteral("mainWindow/section");

// The sections whose records print documents, as the document archive names them.
std::optional<storage::ArchivedKind> archivedKind(MainWindow::Section section) {
    switch (section) {
        case MainWindow::Agreements:
            return storage::ArchivedKind::Agreement;
        case MainWindow::Measures:
            return storage::ArchivedKind::Measure;
        case MainWindow::Groups:
            return storage::ArchivedKind::Group;
        default:
            return std::nullopt;
    }
}

// The school years a list of agreements or measures can be narrowed to: the next one, this one and the four
// before, as the rules module counts them from the rentrée setting.
QList<PeriodOption> schoolYearOptions(const QDate& today, const rules::RuleSettings& settings) {
    constexpr int shownSchoolYears = 6;
    QList<PeriodOption> options;
    for (const rules::SchoolYear& year : rules::schoolYearsAround(today, shownSchoolYears, settings)) {
        options.append(
            {QStringLiteral("%1-%2").arg(year.first.year()).arg(year.last.year()), year.first, year.last});
    }
    return options;
}

// Enough lines to see what went wrong without a message box taller than the screen.
constexpr int shownErrorLines = 15;

// A list read again after another user's change keeps the selected record selected when it is still among
// the rows read: the user who was looking at it is not thrown back to nothing.
void refreshKeepingSelection(ListPage& page) {
    const QString selected = page.isVisible() ? page.currentId() : QString();
    page.refresh();
    if (selected.isEmpty())
        return;
    const PagedTableModel& model = *page.model();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.idAt(row) == selected) {
            page.selectRow(row);
            return;
        }
    }
}

}  // namespace

MainWindow::MainWindow(storage::Database& database, QDate today, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_database(database)
    , m_today(today)
    , m_settings(AppSettings::load())
    , m_undoStack(std::make_unique<QUndoStack>()) {
    m_ui->setupUi(this);
    // Quit and Find keep the .ui's Ctrl+Q and Ctrl+F (the guide's table): QKeySequence::Quit is empty on some
    // platforms.

    const rules::RuleSettings ruleSettings = m_settings.ruleSettings();
    // The lists' « avec erreurs » filter, judged like the dashboard: on the window's today, with the
    // preferences as they are when the filter is applied.
    const auto findingsOf = [this](const QString& entity) {
        return [this, entity](rules::Severity severity) {
            return recordsWithFindings(m_database, entity, severity, m_today, m_settings.ruleSettings());
        };
    };
    m_dashboard = new DashboardPage(database, today, ruleSettings, this);
    addSection(tr("Dashboard"), m_dashboard);
    addListPage(Agreements, tr("Agreements"),
                new ListPage(new AgreementTableModel(database),
                             {.statuses = filterOptions<AgreementStatus>(),
                              .kinds = filterOptions<AgreementKind>(),
                              .schoolYears = schoolYearOptions(today, ruleSettings),
                              .documents = true,
                              .batchExport = true,
                              .recordsWithFindings = findingsOf(u"agreement"_s),
                              .loadWhenShown = true},
                             *m_undoStack, this));
    addListPage(
        Partners, tr("Partners"),
        new ListPage(new OrganisationTableModel(database),
                     {.statuses = {}, .kinds = filterOptions<OrganisationKind>(), .loadWhenShown = true},
                     *m_undoStack, this));
    addListPage(Students, tr("Students"),
                new ListPage(new StudentTableModel(database), {.loadWhenShown = true}, *m_undoStack, this));
    addListPage(Measures, tr("Measures"),
                new ListPage(new MeasureTableModel(database),
                             {.statuses = filterOptions<MeasureStatus>(),
                              .kinds = filterOptions<MeasureKind>(),
                              .schoolYears = schoolYearOptions(today, ruleSettings),
                              .documents = true,
                              .batchExport = true,
                              .recordsWithFindings = findingsOf(u"measure"_s),
                              .loadWhenShown = true},
                             *m_undoStack, this));
    addListPage(Groups, tr("Group activities"),
                new ListPage(new GroupTableModel(database),
                             {.statuses = {},
                              .kinds = filterOptions<GroupKind>(),
                              .documents = true,
                              .recordsWithFindings = findingsOf(u"group"_s),
                              .loadWhenShown = true},
                             *m_undoStack, this));
    m_deadlines = new DeadlinesPage(database, today, ruleSettings, this);
    addSection(tr("Deadlines"), m_deadlines);

    // Undo and redo come from the stack, which names the command ("Undo the deletion").
    QAction* undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction* redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as the guide says, besides the platform's own (Ctrl+Shift+Z on Linux).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redoAction->setShortcuts(redoKeys);
    m_ui->editMenu->insertAction(m_ui->newAction, undoAction);
    m_ui->editMenu->insertAction(m_ui->newAction, redoAction);
    m_ui->editMenu->insertSeparator(m_ui->newAction);

    connect(m_ui->sideBar, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->sideBar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->newAction->setEnabled(listPage(static_cast<Section>(row)) != nullptr);
        m_ui->printAction->setEnabled(archivedKind(static_cast<Section>(row)).has_value());
    });
    connect(m_dashboard, &DashboardPage::measuresRequested, this, &MainWindow::openMeasuresFiltered);
    connect(m_dashboard, &DashboardPage::recordsWithErrorsRequested, this, [this](const QString& entity) {
        static const QHash<QString, Section> sections{
            {u"agreement"_s, Agreements}, {u"measure"_s, Measures}, {u"group"_s, Groups}};
        const Section section = sections.value(entity, Measures);
        listPage(section)->setFilters({}, {});
        listPage(section)->setFindingsFilter(rules::Severity::Error);
        showSection(section);
    });
    connect(m_dashboard, &DashboardPage::deadlinesRequested, this, [this] { showSection(Deadlines); });
    connect(m_dashboard, &DashboardPage::figuresShown, this, &MainWindow::updateStatus);
    connect(m_deadlines, &DeadlinesPage::deadlinesChanged, m_dashboard, &DashboardPage::refresh);
    connect(m_deadlines, &DeadlinesPage::agreementRequested, this,
            [this](const QString& id) { editRecord(Agreements, id); });
    connect(m_undoStack.get(), &QUndoStack::indexChanged, this, [this] {
        m_dashboard->refresh();
        m_deadlines->refresh();
        updateStatus();
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openDatabase);
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::importFile);
    connect(m_ui->importSiecleAction, &QAction::triggered, this, &MainWindow::importSiecle);
    connect(m_ui->importCsvAction, &QAction::triggered, this, &MainWindow::importStudentsCsv);
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportFile);
    connect(m_ui->backupsAction, &QAction::triggered, this, &MainWindow::showBackups);
    m_healthCheck = new DatabaseHealthCheck(this);
    connect(m_healthCheck, &DatabaseHealthCheck::damaged, this, &MainWindow::offerRestoreAfterDamage);
    connect(m_ui->printAction, &QAction::triggered, this, &MainWindow::printCurrent);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::editSettings);
    connect(m_ui->newAction, &QAction::triggered, this, &MainWindow::newRecord);
    connect(m_ui->findAction, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refreshAll);
    connect(m_ui->userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    setUpServerActions();

    m_settings.addRecentDatabase(database.path());
    m_settings.save();
    updateRecentMenu();
    restoreLayout();
    updateStatus();
    startChangeFeed();
}

MainWindow::~MainWindow() = default;

void MainWindow::addSection(const QString& title, QWidget* page) {
    m_ui->sideBar->addItem(title);
    m_ui->pages->addWidget(page);
}

void MainWindow::addListPage(Section section, const QString& title, ListPage* page) {
    m_lists.at(section) = page;
    addSection(title, page);
    connect(page, &ListPage::newRequested, this, &MainWindow::newRecord);
    connect(page, &ListPage::editRequested, this,
            [this, section](const QString& id) { editRecord(section, id); });
    connect(page, &ListPage::errorOccurred, this, &MainWindow::showDatabaseError);
    connect(page, &ListPage::documentsRequested, this,
            [this, section](const QString& id) { openDocuments(section, id); });
    connect(page, &ListPage::exportPdfsRequested, this,
            [this, section](const QStringList& ids) { exportPdfs(section, ids); });
}

ListPage* MainWindow::listPage(Section section) const {
    return section >= 0 && section < SectionCount ? m_lists.at(section) : nullptr;
}

void MainWindow::showSection(Section section) {
    m_ui->sideBar->setCurrentRow(section);
}

MainWindow::Section MainWindow::currentSection() const {
    return static_cast<Section>(m_ui->sideBar->currentRow());
}

void MainWindow::focusSearch() {
    if (!listPage(currentSection()))
        showSection(Students);
    listPage(currentSection())->focusSearch();
}

void MainWindow::refreshAll() {
    for (ListPage* page : m_lists) {
        if (page)
            page->refresh();
    }
    m_dashboard->refresh();
    m_deadlines->refresh();
    updateStatus();
}

void MainWindow::startChangeFeed() {
    m_changeFeed = new storage::ChangeFeed(m_database, this);
    connect(m_changeFeed, &storage::ChangeFeed::changed, this, &MainWindow::showOthersChanges);
}

// Only the list on screen reads its page now; the others when they next show (ListPage::refresh).
void MainWindow::showOthersChanges(const QString& kind) {
    // The lists showing records of that kind, or their names (a measure's student and host, a student's
    // school), or findings read from them (a measure's and a group's agreement terms).
    static const QHash<QString, QList<Section>> shownIn{
        {storage::changeKind::organisation, {Partners, Students, Measures}},
        {storage::changeKind::student, {Students, Measures}},
        {storage::changeKind::agreement, {Agreements, Measures, Groups}},
        {storage::changeKind::measure, {Measures}},
        {storage::changeKind::group, {Groups}},
    };
    for (const Section section : shownIn.value(kind))
        refreshKeepingSelection(*listPage(section));
    if (kind == storage::changeKind::person)
        return;  // people show in editors only, which check revisions on save
    if (kind == storage::changeKind::agreement)
        m_deadlines->refresh();
    m_dashboard->refresh();  // in its worker; the status bar's count follows (figuresShown)
}

void MainWindow::openMeasuresFiltered(const QString& status, const QDate& from, const QDate& to) {
    listPage(Measures)->setFilters(status, QString(), from, to);
    showSection(Measures);
}

void MainWindow::newRecord() {
    editRecord(currentSection(), QString());
}

// An empty id opens the editor on a new record. The list, dashboard and deadlines show the saved record
// whether the editor was closed with Save or after saving and closing.
void MainWindow::editRecord(Section section, const QString& id) {
    static const QHash<int, EditorKind> kinds{
        {Agreements, EditorKind::Agreement}, {Partners, EditorKind::Organisation},
        {Students, EditorKind::Student},     {Measures, EditorKind::Measure},
        {Groups, EditorKind::GroupActivity},
    };
    if (!kinds.contains(section))
        return;
    std::unique_ptr<RecordEditorDialog> editor =
        makeEditor(kinds.value(section), m_database, id, m_today, this);
    if (!editor->loadError().isEmpty()) {
        showError(editor->loadError());
        return;
    }
    bool changed = false;
    connect(editor.get(), &RecordEditorDialog::saved, this, [&changed] { changed = true; });
    editor->exec();
    if (changed)
        refreshAll();
}

void MainWindow::openDocuments(Section section, const QString& id) {
    if (const auto kind = archivedKind(section))
        openDocumentsDialog(m_database, *kind, id, m_today, this);
}

void MainWindow::printCurrent() {
    const auto kind = archivedKind(currentSection());
    const QString id = kind ? listPage(currentSection())->currentId() : QString();
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Select an agreement, a measure or a group activity to print."), 10000);
        return;
    }
    previewRecordDocument(m_database, *kind, id, m_today, this);
}

void MainWindow::exportPdfs(Section section, const QStringList& ids) {
    const auto kind = archivedKind(section);
    if (!kind || ids.isEmpty())
        return;
    QMessageBox choice(QMessageBox::Question, tr("Export PDFs"),
                       tr("Export the documents of %n record(s):", nullptr, static_cast<int>(ids.size())),
                       QMessageBox::Cancel, this);
    QPushButton* folderButton =
        choice.addButton(tr("One PDF per record, into a folder…"), QMessageBox::AcceptRole);
    QPushButton* mergedButton = choice.addButton(tr("One merged PDF…"), QMessageBox::AcceptRole);
    choice.exec();
    const bool merged = choice.clickedButton() == mergedButton;
    if (!merged && choice.clickedButton() != folderButton)
        return;

    BatchExportRequest request;
    request.kind = *kind;
    request.ids = ids;
    request.today = m_today;
    request.settings = m_settings.ruleSettings();
    request.letterheadLogo = m_settings.letterheadLogoImage();
    const QString documentsFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (merged) {
        request.mode = BatchExportRequest::Mode::Merged;
        const QString name = *kind == storage::ArchivedKind::Measure ? QStringLiteral("mesures.pdf")
                                                                     : QStringLiteral("conventions.pdf");
        request.target = QFileDialog::getSaveFileName(
            this, tr("Export PDFs"), QDir(documentsFolder).filePath(name), tr("PDF documents (*.pdf)"));
    } else {
        request.target = QFileDialog::getExistingDirectory(this, tr("Export PDFs Into"), documentsFolder);
    }
    if (request.target.isEmpty())
        return;

    // Off the GUI thread, on a connection of its own: the window repaints and Cancel answers at once.
    const BatchExportReport report = BatchExport::runInBackground(this, m_database.path(), request);

    QString summary;
    const QString target = QDir::toNativeSeparators(request.target);
    if (merged) {
        summary = report.cancelled ? tr("Export cancelled: no file was written.")
                  : report.files.isEmpty()
                      ? tr("No file was written.")
                      : tr("%1 written: %n page(s).", nullptr, report.pageCount).arg(target);
    } else {
        const int written = static_cast<int>(report.files.size());
        summary = report.cancelled ? tr("Export cancelled: the %n PDF(s) already written in %1 are kept.",
                                        nullptr, written)
                                         .arg(target)
                                   : tr("%n PDF(s) written in %1.", nullptr, written).arg(target);
    }
    if (report.errors.isEmpty()) {
        QMessageBox::information(this, tr("Export PDFs"), summary);
        return;
    }
    QStringList lines = report.errors.mid(0, shownErrorLines);
    if (report.errors.size() > shownErrorLines)
        lines << tr("… and %n more.", nullptr, static_cast<int>(report.errors.size() - shownErrorLines));
    QMessageBox::warning(
        this, tr("Export PDFs"),
        summary + QStringLiteral("\n\n") +
            tr("%n record(s) could not be exported:", nullptr, static_cast<int>(report.errors.size())) +
            QStringLiteral("\n") + lines.join(u'\n'));
}

// A new database is a new file: an existing one is never emptied or replaced from here.
void MainWindow::newDatabase() {
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QString(),
                                                tr("Passerelle databases (*.sqlite *.db)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".sqlite")) && !path.endsWith(QStringLiteral(".db")))
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        showError(
            tr("%1 already exists. Choose another name, or open it with File › Open Database.").arg(path));
        return;
    }
    openDatabaseFile(path);
}

void MainWindow::openDatabase() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QString(), tr("Passerelle databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseFile(path);
}

void MainWindow::openDatabaseFile(const QString& path) {
    if (path == m_database.path())
        return;
    if (storage::isServerAddress(path)) {
        connectToServer(path);  // the password is asked here: it never goes on a command line
        return;
    }
    // Every section holds the open database: a new one starts a new window process, which is simpler and
    // safer than re-wiring them all, and this window closes.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                 {QStringLiteral("--database"), path})) {
        showError(tr("Passerelle could not be started again on %1.").arg(path));
        return;
    }
    close();
}

void MainWindow::updateRecentMenu() {
    m_ui->recentMenu->clear();
    for (const QString& path : std::as_const(m_settings.recentDatabases)) {
        QAction* action = m_ui->recentMenu->addAction(path);
        connect(action, &QAction::triggered, this, [this, path] { openDatabaseFile(path); });
    }
    m_ui->recentMenu->setEnabled(!m_settings.recentDatabases.isEmpty());
}

void MainWindow::importFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), QString(), tr("Passerelle exchange files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    storage::DatasetStore store(m_database);
    exchange::ReadResult read = exchange::readDataset(file.readAll());
    if (read.ok()) {
        // A reference outside the file is looked up by its id, never by loading the database (issue 14).
        std::optional<Error> lookupFailure;
        const auto stored = [&](exchange::RecordKind kind, const QString& id) {
            const auto found = store.contains(exchange::listKey(kind), id);
            if (!found && !lookupFailure)
                lookupFailure = found.error();
            return found && *found;
        };
        read.errors = exchange::checkReferences(read.dataset, stored);
        if (lookupFailure) {
            showError(lookupFailure->message);
            return;
        }
    }
    if (!read.ok()) {
        QStringList lines;
        for (const exchange::Issue& issue : std::as_const(read.errors).mid(0, 20))
            lines << issue.describe();
        showError(tr("The file was not imported: it has %n error(s).", nullptr,
                     static_cast<int>(read.errors.size())) +
                  QStringLiteral("\n\n") + lines.join(u'\n'));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // An import may update many records at once: the database as it was is kept first.
    const Status kept = Startup::backUpBeforeImport(m_database);
    if (!kept) {
        QGuiApplication::restoreOverrideCursor();
        showError(tr("The file was not imported: the database could not be backed up first (%1).")
                      .arg(kept.error().message));
        return;
    }
    const auto summary = store.importDataset(read.dataset);
    QGuiApplication::restoreOverrideCursor();
    if (!summary) {
        showError(summary.error().message);
        return;
    }
    // The import cannot be undone record by record; the stack must not undo edits made before it either.
    m_undoStack->clear();
    refreshAll();
    statusBar()->showMessage(tr("Imported: %1 added, %2 updated.").arg(summary->added).arg(summary->updated),
                             10000);
}

void MainWindow::importSiecle() {
    // The dialog previews, backs up and writes in one transaction; the window only reads the result.
    SiecleImportDialog dialog(m_database, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // As after any import: the stack must not undo edits made before it.
    m_undoStack->clear();
    refreshAll();
    const storage::ImportSummary summary = dialog.summary();
    statusBar()->showMessage(
        tr("Imported from SIECLE: %1 added, %2 updated.").arg(summary.added).arg(summary.updated), 10000);
}

void MainWindow::importStudentsCsv() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Students from a Spreadsheet"), QString(),
                                     tr("Spreadsheet lists (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    // The dialog maps the columns, previews, backs up and writes in one transaction.
    CsvImportDialog dialog(m_database, path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undoStack->clear();
    refreshAll();
    const storage::ImportSummary& summary = dialog.outcome();
    statusBar()->showMessage(
        tr("Imported from the spreadsheet: %1 added, %2 updated.").arg(summary.added).arg(summary.updated),
        10000);
}

void MainWindow::exportFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QStringLiteral("passerelle.json"),
                                                      tr("Passerelle exchange files (*.json)"));
    if (path.isEmpty())
        return;
    const auto dataset = storage::DatasetStore(m_database).loadAll();
    if (!dataset) {
        showError(dataset.error().message);
        return;
    }
    if (const Status written = runtime::writeFileAtomically(path, exchange::writeDataset(*dataset));
        !written) {
        showError(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), written.error().message));
        return;
    }
    statusBar()->showMessage(tr("Exported %n record(s).", nullptr, static_cast<int>(dataset->recordCount())),
                             10000);
}

void MainWindow::showBackups() {
    BackupsDialog dialog(m_database, runtime::backupFolder(), Startup::retention(), this);
    connect(&dialog, &BackupsDialog::restoreRequested, this,
            [this](const QString& path) { Q_EMIT restoreRequested(path); });
    dialog.exec();
}

void MainWindow::checkDatabaseInBackground() {
    if (m_database.isServer())
        return;  // a server checks its own pages and keeps its own backups: no backup folder on this disk
    m_healthCheck->start(m_database.path(), runtime::backupFolder(), Startup::retention());
}

void MainWindow::offerRestoreAfterDamage(const QStringList& report) {
    if (const std::optional<QString> backup = Startup::askRestoreAfterDamage(m_database.path(), report, this))
        Q_EMIT restoreRequested(*backup);
}

void MainWindow::editSettings() {
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    m_settings.save();
    m_dashboard->setRuleSettings(m_settings.ruleSettings());
    m_deadlines->setRuleSettings(m_settings.ruleSettings());
    refreshAll();
}

void MainWindow::showUserGuide() {
    // Not modal: the guide stays open beside the window while the user follows it.
    auto* guide = new UserGuideDialog(this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Passerelle"),
        tr("<p><b>Passerelle %1</b></p><p>Partnership agreements between schools and their partners, "
           "and the students' measures under them.</p>")
            .arg(QStringLiteral(PASSERELLE_VERSION)));
}

// The menu entry is made here rather than in the .ui so that the server's pieces stay together.
void MainWindow::setUpServerActions() {
    auto* connectAction = new QAction(tr("Connect to a Server…"), this);
    connectAction->setObjectName(u"connectServerAction"_s);
    const QList<QAction*> fileActions = m_ui->fileMenu->actions();
    const qsizetype recent = fileActions.indexOf(m_ui->recentMenu->menuAction());
    m_ui->fileMenu->insertAction(fileActions.value(recent + 1), connectAction);  // after Open Recent
    connect(connectAction, &QAction::triggered, this, [this] { connectToServer(); });
    if (m_database.isServer())
        setWindowTitle(m_database.path());  // the address, never a password; Qt adds « — Passerelle »
}

// Until a server opens, this window and its database stay as they were.
void MainWindow::connectToServer(const QString& address) {
    std::unique_ptr<storage::Database> opened =
        Startup::askForServer(address.isEmpty() ? m_settings.lastServerAddress : address, {}, this);
    if (!opened)
        return;
    // Read again first: only this key changes, whatever another window saved meanwhile.
    AppSettings stored = AppSettings::load();
    stored.lastServerAddress = opened->path();
    stored.save();
    m_settings.lastServerAddress = opened->path();
    switchToDatabase(std::move(opened));
}

std::unique_ptr<storage::Database> MainWindow::takeNextDatabase() {
    return std::move(m_nextDatabase);
}

// Every section holds the open database: the program opens a new window on the new one (main.cpp), which is
// simpler and safer than re-wiring them all.
void MainWindow::switchToDatabase(std::unique_ptr<storage::Database> database) {
    m_nextDatabase = std::move(database);
    QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
}

void MainWindow::showDatabaseError(const QString& message) {
    if (connectionLost())
        offerReconnect(message);
    else
        showError(message);
}

// An empty transaction: its BEGIN reaches the server, so it fails when the connection is gone (QPSQL
// reports a dropped connection as a failed statement, and the connection still says it is open).
bool MainWindow::connectionLost() {
    if (!m_database.isServer())
        return false;
    return !m_database.connection().isOpen() || !m_database.transaction([] { return success(); });
}

void MainWindow::offerReconnect(QString message) {
    // An editor open above the window keeps its typing: its own save reports the failure, and the
    // reconnection (which opens a new window) waits until it is closed.
    if (m_reconnecting || (QApplication::activeModalWidget() && QApplication::activeModalWidget() != this)) {
        statusBar()->showMessage(tr("The connection to the server is lost."), 10000);
        return;
    }
    const QScopedValueRollback asking(m_reconnecting, true);
    for (;;) {
        QMessageBox box(QMessageBox::Warning, tr("Connection Lost"),
                        tr("The connection to the server is lost: the server stopped, or the network is "
                           "down. Nothing already saved is lost."),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Retry when the server can be reached again; Passerelle then reconnects."));
        box.setDetailedText(message);
        QPushButton* retry = box.addButton(tr("Retry"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.setDefaultButton(retry);
        box.exec();
        if (box.clickedButton() != retry)
            return;
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        // The same address: the storage layer remembers the password typed for it in this process.
        auto reopened = Startup::openServer(m_database.path(), {});
        QGuiApplication::restoreOverrideCursor();
        if (reopened) {
            switchToDatabase(std::move(reopened).value());
            return;
        }
        message = reopened.error().message;
    }
}

void MainWindow::showError(const QString& message) {
    QMessageBox::warning(this, tr("Passerelle"), message);
}

// The count comes with the dashboard's figures, read in the background (issue 14); until then, the path
// alone.
void MainWindow::updateStatus() {
    if (!m_databaseLabel) {
        m_databaseLabel = new QLabel(this);
        m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
        statusBar()->addPermanentWidget(m_databaseLabel);
    }
    const qsizetype count = m_dashboard->figures().records;
    if (count < 0) {
        m_databaseLabel->setText(tr("Database: %1").arg(m_database.path()));
        return;
    }
    const QString records = tr("%n record(s)", nullptr, static_cast<int>(count));
    m_databaseLabel->setText(tr("Database: %1 (%2)").arg(m_database.path(), records));
}

void MainWindow::restoreLayout() {
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    const int section = settings.value(sectionKey, 0).toInt();
    showSection(static_cast<Section>(section >= 0 && section < SectionCount ? section : 0));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(sectionKey, static_cast<int>(currentSection()));
    event->accept();
}

}  // namespace passerelle::ui
