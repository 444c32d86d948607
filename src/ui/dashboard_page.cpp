#include "passerelle/ui/dashboard_page.h"

#include "passerelle/ui/deadline_table_model.h"
#include "ui_dashboard_page.h"

#include <QHeaderView>
#include <QLocale>

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
    refresh();
}

DashboardPage::~DashboardPage() = default;

bool DashboardPage::refresh() {
    auto figures = loadDashboard(m_database, m_today, m_settings, dashboardDeadlineDays);
    if (!figures) {
        m_ui->dateLabel->setText(tr("The database cannot be read: %1").arg(figures.error().message));
        return false;
    }
    m_figures = std::move(figures).value();
    showFigures();
    return true;
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
