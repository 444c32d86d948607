#include "passerelle/ui/deadlines_page.h"

#include "passerelle/exchange/calendar.h"
#include "passerelle/rules/deadlines.h"
#include "passerelle/storage/deadline_reads.h"
#include "passerelle/ui/deadline_table_model.h"
#include "passerelle/ui/handle_deadline_dialog.h"
#include "passerelle/ui/list_export.h"
#include "passerelle/ui/table_export_actions.h"
#include "ui_deadlines_page.h"

#include <QDateTime>
#include <QHeaderView>
#include <QMessageBox>

namespace passerelle::ui {

DeadlinesPage::DeadlinesPage(storage::Database& database, QDate today, const rules::RuleSettings& settings,
                             QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeadlinesPage>())
    , m_database(database)
    , m_today(today)
    , m_settings(settings) {
    m_ui->setupUi(this);
    m_ui->horizonCombo->addItem(tr("30 days"), 30);
    m_ui->horizonCombo->addItem(tr("3 months"), 91);
    m_ui->horizonCombo->addItem(tr("one year"), 365);
    m_ui->horizonCombo->setCurrentIndex(1);
    m_model = new DeadlineTableModel(this);
    m_ui->table->setModel(m_model);
    m_ui->table->horizontalHeader()->resizeSection(DeadlineTableModel::Date, 100);
    m_ui->table->horizontalHeader()->resizeSection(DeadlineTableModel::DaysLeft, 110);
    m_ui->table->horizontalHeader()->resizeSection(DeadlineTableModel::What, 190);
    m_ui->table->horizontalHeader()->resizeSection(DeadlineTableModel::Agreement, 300);
    connect(m_ui->horizonCombo, &QComboBox::currentIndexChanged, this, &DeadlinesPage::refresh);
    connect(m_ui->showHandledCheck, &QCheckBox::toggled, this, &DeadlinesPage::refresh);
    connect(m_ui->markHandledButton, &QPushButton::clicked, this, &DeadlinesPage::markOrReopenCurrent);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &DeadlinesPage::exportList);
    connect(m_ui->exportCalendarButton, &QPushButton::clicked, this, &DeadlinesPage::exportCalendar);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeadlinesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeadlinesPage::updateActions);
    connect(m_ui->table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT agreementRequested(index.data(DeadlineTableModel::AgreementIdRole).toString());
    });
    updateActions();
}

DeadlinesPage::~DeadlinesPage() = default;

void DeadlinesPage::showEvent(QShowEvent* event) {
    if (!m_loaded)
        refresh();
    QWidget::showEvent(event);
}

void DeadlinesPage::setHorizonDays(int days) {
    const int index = m_ui->horizonCombo->findData(days);
    if (index >= 0)
        m_ui->horizonCombo->setCurrentIndex(index);
}

bool DeadlinesPage::refresh() {
    m_loaded = true;
    // The agreements' terms, then only those with a deadline whole (issue 14), not every agreement.
    const int days = m_ui->horizonCombo->currentData().toInt();
    const rules::DeadlineOptions options{.includeHandled = m_ui->showHandledCheck->isChecked()};
    const auto deadlines = storage::storedDeadlines(m_database, m_today, days, m_settings, options);
    if (!deadlines) {
        m_model->setDeadlines({}, m_today);
        m_ui->countLabel->setText(tr("The agreements cannot be read: %1").arg(deadlines.error().message));
        m_ui->exportButton->setEnabled(false);
        m_ui->exportCalendarButton->setEnabled(false);
        return false;
    }
    m_model->setDeadlines(*deadlines, m_today);
    m_ui->countLabel->setText(tr("%n deadline(s)", nullptr, m_model->rowCount()));
    m_ui->exportButton->setEnabled(m_model->rowCount() > 0);
    m_ui->exportCalendarButton->setEnabled(m_model->rowCount() > 0);
    return true;
}

std::optional<rules::Deadline> DeadlinesPage::currentDeadline() const {
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->deadlines().size())
        return std::nullopt;
    return m_model->deadlines().at(rows.first().row());
}

void DeadlinesPage::selectRow(int row) {
    m_ui->table->selectRow(row);
}

// A handled deadline shown on demand can be reopened (a mark made by mistake); any other is marked.
void DeadlinesPage::markOrReopenCurrent() {
    const std::optional<rules::Deadline> deadline = currentDeadline();
    if (!deadline)
        return;
    Status written = success();
    if (deadline->handled) {
        written = HandleDeadlineDialog::removeMark(m_database, deadline->agreementId, deadline->rule,
                                                   deadline->date);
    } else {
        HandleDeadlineDialog dialog(*deadline, m_today, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        written = HandleDeadlineDialog::addMark(m_database, deadline->agreementId, dialog.mark());
    }
    if (!written) {
        QMessageBox::warning(this, tr("Deadlines"),
                             tr("The deadline could not be marked: %1").arg(written.error().message));
        return;
    }
    refresh();
    Q_EMIT deadlinesChanged();
}

void DeadlinesPage::exportList() {
    // The model holds every deadline shown: no page to read.
    const auto table = tableOfRows(*m_model, *m_ui->table->horizontalHeader(), DeadlineTableModel::ExportRole,
                                   tr("Deadlines"));
    if (!table) {
        QMessageBox::warning(this, tr("Deadlines"), table.error().message);
        return;
    }
    saveTableAs(this, *table, exportFileName(QStringLiteral("echeances"), m_today));
}

void DeadlinesPage::exportCalendar() {
    saveCalendarAs(this, exchange::deadlinesCalendar(m_model->deadlines(), QDateTime::currentDateTimeUtc()),
                   exportFileName(QStringLiteral("echeances"), m_today));
}

void DeadlinesPage::updateActions() {
    const std::optional<rules::Deadline> deadline = currentDeadline();
    m_ui->markHandledButton->setEnabled(deadline.has_value());
    m_ui->markHandledButton->setText(deadline && deadline->handled ? tr("&Reopen") : tr("&Mark as Handled…"));
}

}  // namespace passerelle::ui
