#include "passerelle/ui/dashboard_page.h"

#include "passerelle/storage/database.h"
#include "passerelle/ui/deadline_table_model.h"
#include "ui_dashboard_page.h"

#include <QHeaderView>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;

// The next deadlines shown on the dashboard; the Échéances section lists them all.
constexpr int dashboardDeadlineDays = 90;
constexpr int dashboardDeadlineRows = 8;

}  // namespace

DashboardPage::DashboardPage(storage::Database& database, QDate today, const rules::RuleSettings& settings,
                             QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardPage>())
    , m_database(database)
    , m_today(today)
    , m_settings(settings) {
    m_ui->setupUi(this);
    m_deadlines = new DeadlineTableModel(this);
    m_ui->deadlinesTable->setModel(m_deadlines);
    m_ui->deadlinesTable->horizontalHeader()->resizeSection(DeadlineTableModel::Date, 100);
    m_ui->deadlinesTable->horizontalHeader()->resizeSection(DeadlineTableModel::DaysLeft, 110);
    m_ui->deadlinesTable->horizontalHeader()->resizeSection(DeadlineTableModel::What, 190);
    m_ui->deadlinesTable->horizontalHeader()->resizeSection(DeadlineTableModel::Agreement, 300);

    const QString running = key(MeasureStatus::InProgress);
    connect(m_ui->todayButton, &QPushButton::clicked, this,
            [this] { Q_EMIT measuresRequested(QString(), m_today, m_today); });
    connect(m_ui->weekButton, &QPushButton::clicked, this, [this] {
        const QDate monday = m_today.addDays(1 - m_today.dayOfWeek());
        Q_EMIT measuresRequested(QString(), monday, monday.addDays(5));
    });
    connect(m_ui->inProgressButton, &QPushButton::clicked, this,
            [this, running] { Q_EMIT measuresRequested(running, {}, {}); });
    // The list with the most records in error: the CPE's measures first when there are some.
    connect(m_ui->errorsButton, &QPushButton::clicked, this, [this] {
        QString entity = u"measure"_s;
        for (const QString& other : {u"agreement"_s, u"group"_s}) {
            if (m_figures.errorsByEntity.value(other) > m_figures.errorsByEntity.value(entity))
                entity = other;
        }
        Q_EMIT recordsWithErrorsRequested(entity);
    });
    connect(m_ui->allDeadlinesButton, &QPushButton::clicked, this, &DashboardPage::deadlinesRequested);
    connect(&m_loading, &QFutureWatcher<Loaded>::finished, this, &DashboardPage::loadingFinished);

    m_ui->dateLabel->setText(QLocale().toString(m_today, QLocale::LongFormat));
    for (QPushButton* tile :
         {m_ui->todayButton, m_ui->weekButton, m_ui->inProgressButton, m_ui->errorsButton})
        tile->setText(tr("Counting…"));
    refresh();
}

// The worker's result is dropped with the page: waiting here keeps its connection from outliving the file.
DashboardPage::~DashboardPage() {
    m_loading.disconnect(this);
    m_loading.waitForFinished();
}

void DashboardPage::refresh() {
    m_pending = true;
    if (m_loading.isRunning()) {
        m_refreshAgain = true;  // what it reads may be older than the change that asked for this refresh
        return;
    }
    startLoading();
}

void DashboardPage::startLoading() {
    m_refreshAgain = false;
    const QString path = m_database.path();
    const QDate today = m_today;
    const rules::RuleSettings settings = m_settings;
    // QtSql connections belong to one thread: the worker opens the same file on a connection of its own. Its
    // writes (the day's findings, once) wait for the GUI thread's like any other writer's.
    m_loading.setFuture(QtConcurrent::run([path, today, settings]() -> Loaded {
        auto database = storage::Database::open(path, {.existingOnly = true});
        if (!database)
            return {std::nullopt, database.error().message};
        auto figures = loadDashboard(**database, today, settings, dashboardDeadlineDays);
        if (!figures)
            return {std::nullopt, figures.error().message};
        return {std::move(figures).value(), {}};
    }));
}

void DashboardPage::loadingFinished() {
    if (m_refreshAgain) {
        startLoading();
        return;
    }
    m_pending = false;
    Loaded loaded = m_loading.result();
    if (loaded.figures) {
        m_figures = std::move(*loaded.figures);
        showFigures();
    } else {
        m_ui->dateLabel->setText(tr("The database cannot be read: %1").arg(loaded.error));
    }
    Q_EMIT figuresShown();
}

void DashboardPage::showFigures() {
    m_ui->dateLabel->setText(QLocale().toString(m_today, QLocale::LongFormat));
    m_ui->todayButton->setText(tr("%n student(s) expected today", nullptr, m_figures.expectedToday));
    m_ui->weekButton->setText(tr("%n student(s) expected this week", nullptr, m_figures.expectedThisWeek));
    m_ui->inProgressButton->setText(tr("%n measure(s) in progress", nullptr, m_figures.measuresInProgress));
    m_ui->errorsButton->setText(tr("%n rule error(s) to fix", nullptr, m_figures.ruleErrors) + u'\n' +
                                tr("%n warning(s)", nullptr, m_figures.ruleWarnings));
    m_deadlines->setDeadlines(m_figures.nextDeadlines.mid(0, dashboardDeadlineRows), m_today);
}

}  // namespace passerelle::ui
