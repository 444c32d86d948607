#include "passerelle/ui/list_page.h"

#include "passerelle/ui/list_export.h"
#include "passerelle/ui/paged_table_model.h"
#include "passerelle/ui/record_commands.h"
#include "passerelle/ui/table_export_actions.h"
#include "ui_list_page.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

#include <algorithm>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;

// Long enough not to query on every keystroke of a fast typist, short enough to feel immediate.
constexpr int searchDebounceMs = 250;

void fillCombo(QComboBox* combo, const QString& anyLabel, const QList<FilterOption>& options) {
    combo->addItem(anyLabel, QString());
    for (const FilterOption& option : options)
        combo->addItem(option.label, option.key);
    combo->setVisible(!options.isEmpty());
}

void selectKey(QComboBox* combo, const QString& key) {
    const int index = combo->findData(key);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

}  // namespace

ListPage::ListPage(PagedTableModel* model, const ListPageOptions& options, QUndoStack& undoStack,
                   QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ListPage>()), m_model(model), m_undoStack(undoStack) {
    m_ui->setupUi(this);
    m_model->setParent(this);
    m_ui->table->setModel(m_model);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->table->horizontalHeader()->setDefaultSectionSize(170);
    // A click on a column header sorts the whole list in the database (PagedTableModel::sort), not only the
    // rows loaded so far; until then, the records' default order.
    m_ui->table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->table->setSortingEnabled(true);
    fillCombo(m_ui->statusCombo, tr("All statuses"), options.statuses);
    fillCombo(m_ui->kindCombo, tr("All kinds"), options.kinds);
    m_recordsWithFindings = options.recordsWithFindings;
    m_ui->findingsCombo->addItem(tr("With or without findings"));
    m_ui->findingsCombo->addItem(tr("With errors"), int(rules::Severity::Error));
    m_ui->findingsCombo->addItem(tr("With warnings"), int(rules::Severity::Warning));
    m_ui->findingsCombo->setVisible(bool(m_recordsWithFindings));
    m_schoolYears = options.schoolYears;
    m_ui->schoolYearCombo->addItem(tr("All school years"));
    for (const PeriodOption& year : std::as_const(m_schoolYears))
        m_ui->schoolYearCombo->addItem(year.label);
    m_ui->schoolYearCombo->setVisible(!m_schoolYears.isEmpty());
    updatePeriod();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDebounceMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &ListPage::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &ListPage::applySearch);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &ListPage::applySearch);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ListPage::applySearch);
    connect(m_ui->findingsCombo, &QComboBox::currentIndexChanged, this, &ListPage::applySearch);
    connect(m_ui->schoolYearCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool any = index <= 0 || index > m_schoolYears.size();
        m_from = any ? QDate() : m_schoolYears[index - 1].first;
        m_to = any ? QDate() : m_schoolYears[index - 1].last;
        updatePeriod();
        applySearch();
    });
    connect(m_ui->clearPeriodButton, &QToolButton::clicked, this, [this] {
        m_from = {};
        m_to = {};
        updatePeriod();
        applySearch();
    });
    connect(m_model, &PagedTableModel::totalCountChanged, this, &ListPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::updateActions);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListPage::updateActions);
    connect(m_ui->table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString id = m_model->idAt(index.row());
        if (!id.isEmpty())
            Q_EMIT editRequested(id);
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &ListPage::newRequested);
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] {
        const QString id = currentId();
        if (!id.isEmpty())
            Q_EMIT editRequested(id);
    });
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ListPage::duplicateCurrent);
    connect(m_ui->documentsButton, &QPushButton::clicked, this, [this] {
        const QString id = currentId();
        if (!id.isEmpty())
            Q_EMIT documentsRequested(id);
    });
    connect(m_ui->exportPdfsButton, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        if (!ids.isEmpty())
            Q_EMIT exportPdfsRequested(ids);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ListPage::exportList);
    m_ui->documentsButton->setVisible(options.documents);
    m_ui->exportPdfsButton->setVisible(options.batchExport);
    // The table's context menu offers the same actions as the buttons above it.
    const QList<QPushButton*> menuButtons{m_ui->editButton, m_ui->documentsButton, m_ui->exportPdfsButton,
                                          m_ui->duplicateButton, m_ui->deleteButton};
    for (QPushButton* button : menuButtons) {
        if (button->isHidden())
            continue;
        auto* action = new QAction(button->text(), m_ui->table);
        action->setObjectName(button->objectName().replace(u"Button"_s, u"Action"_s));
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_ui->table->addAction(action);
        m_menuActions.insert(button, action);
    }
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ListPage::deleteCurrent);
    // The Delete key on the list asks like the button does (the docs/user-guide.md shortcut table).
    if (QAction* deleteAction = m_menuActions.value(m_ui->deleteButton)) {
        deleteAction->setShortcut(QKeySequence::Delete);
        deleteAction->setShortcutContext(Qt::WidgetShortcut);
    }
    if (!options.loadWhenShown)
        applySearch();  // otherwise showEvent reads it
}

ListPage::~ListPage() = default;

void ListPage::showEvent(QShowEvent* event) {
    if (!m_loaded)
        applySearch();
    QWidget::showEvent(event);
}

void ListPage::refresh() {
    if (isVisible())
        applySearch();
    else
        m_loaded = false;
}

void ListPage::applySearch() {
    m_loaded = true;
    m_searchDelay.stop();
    storage::ListQuery query;
    query.text = m_ui->searchEdit->text().trimmed();
    query.status = m_ui->statusCombo->currentData().toString();
    query.kind = m_ui->kindCombo->currentData().toString();
    query.from = m_from;
    query.to = m_to;
    if (m_recordsWithFindings && m_ui->findingsCombo->currentIndex() > 0) {
        const auto severity = static_cast<rules::Severity>(m_ui->findingsCombo->currentData().toInt());
        auto ids = m_recordsWithFindings(severity);
        if (!ids) {
            Q_EMIT errorOccurred(ids.error().message);
            return;
        }
        query.ids = std::move(*ids);
    }
    query.sortBy = m_model->query().sortBy;
    query.descending = m_model->query().descending;
    if (!m_model->setQuery(query))
        Q_EMIT errorOccurred(m_model->lastError());
}

void ListPage::focusSearch() {
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void ListPage::setSearchText(const QString& text) {
    m_ui->searchEdit->setText(text);
    applySearch();
}

void ListPage::setFilters(const QString& status, const QString& kind, const QDate& from, const QDate& to) {
    const QSignalBlocker statusBlocker(m_ui->statusCombo);
    const QSignalBlocker kindBlocker(m_ui->kindCombo);
    const QSignalBlocker findingsBlocker(m_ui->findingsCombo);
    selectKey(m_ui->statusCombo, status);
    m_ui->findingsCombo->setCurrentIndex(0);
    selectKey(m_ui->kindCombo, kind);
    m_from = from;
    m_to = to;
    updatePeriod();
    applySearch();
}

void ListPage::setFindingsFilter(std::optional<rules::Severity> severity) {
    const QSignalBlocker blocker(m_ui->findingsCombo);
    const int index = severity ? m_ui->findingsCombo->findData(int(*severity)) : 0;
    m_ui->findingsCombo->setCurrentIndex(index < 0 ? 0 : index);
    applySearch();
}

QString ListPage::currentId() const {
    const QStringList ids = selectedIds();
    return ids.isEmpty() ? QString() : ids.first();
}

QModelIndexList ListPage::selectedRowsInOrder() const {
    QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList ListPage::selectedIds() const {
    const QModelIndexList rows = selectedRowsInOrder();
    QStringList ids;
    for (const QModelIndex& row : std::as_const(rows)) {
        if (const QString id = m_model->idAt(row.row()); !id.isEmpty())
            ids << id;
    }
    return ids;
}

void ListPage::selectRow(int row) {
    m_ui->table->selectRow(row);
}

void ListPage::exportList() {
    // Reading a département's list takes a moment: the cursor says so.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto table = tableOfList(*m_model, *m_ui->table->horizontalHeader());
    QApplication::restoreOverrideCursor();
    if (!table) {
        Q_EMIT errorOccurred(table.error().message);
        return;
    }
    saveTableAs(this, *table, exportFileName(m_model->exportName(), QDate::currentDate()));
}

void ListPage::duplicateCurrent() {
    const QString id = currentId();
    if (id.isEmpty())
        return;
    auto command = std::make_unique<DuplicateRecordCommand>(*m_model, id);
    const DuplicateRecordCommand& pushed = *command;
    m_undoStack.push(command.release());  // the stack owns its commands
    if (!pushed.lastError().isEmpty())
        Q_EMIT errorOccurred(pushed.lastError());
}

void ListPage::deleteCurrent() {
    const QModelIndexList rows = selectedRowsInOrder();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    const QString id = m_model->idAt(row);
    if (id.isEmpty() || !confirmDeletion(m_model->deleteQuestion(row)))
        return;
    const auto snapshot = m_model->snapshot(id);
    if (!snapshot) {
        Q_EMIT errorOccurred(snapshot.error().message);
        return;
    }
    auto command = std::make_unique<DeleteRecordCommand>(*m_model, id, *snapshot);
    const DeleteRecordCommand& pushed = *command;
    m_undoStack.push(command.release());
    if (!pushed.lastError().isEmpty())
        Q_EMIT errorOccurred(pushed.lastError());
}

// Asks with the record named; "Keep" is the default, so Enter or Escape never delete.
bool ListPage::confirmDeletion(const QString& question) {
    QMessageBox box(QMessageBox::Question, tr("Delete"),
                    question + u"\n\n"_s +
                        tr("You can bring it back with Edit › Undo (Ctrl+Z) until you close Passerelle."),
                    QMessageBox::NoButton, this);
    QPushButton* deleteButton = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    QPushButton* keepButton = box.addButton(tr("Keep"), QMessageBox::RejectRole);
    deleteButton->setObjectName(u"confirmDeleteButton"_s);
    keepButton->setObjectName(u"keepButton"_s);
    box.setDefaultButton(keepButton);
    box.setEscapeButton(keepButton);
    box.exec();
    return box.clickedButton() == deleteButton;
}

void ListPage::updateCount(int total) {
    m_ui->countLabel->setText(m_model->countText(total));
    m_ui->exportButton->setEnabled(total > 0);
}

void ListPage::updateActions() {
    const qsizetype selected = selectedIds().size();
    m_ui->editButton->setEnabled(selected == 1);
    m_ui->duplicateButton->setEnabled(selected == 1);
    m_ui->deleteButton->setEnabled(selected == 1);
    m_ui->documentsButton->setEnabled(selected == 1);
    m_ui->exportPdfsButton->setEnabled(selected > 0);
    for (auto it = m_menuActions.cbegin(); it != m_menuActions.cend(); ++it)
        it.value()->setEnabled(it.key()->isEnabled());
}

// The period is the school-year combo's when it is one of its years; any other (from the dashboard) is spelt
// out beside it, with a button to drop it.
void ListPage::updatePeriod() {
    const auto year =
        std::find_if(m_schoolYears.cbegin(), m_schoolYears.cend(),
                     [this](const PeriodOption& y) { return y.first == m_from && y.last == m_to; });
    {
        const QSignalBlocker blocker(m_ui->schoolYearCombo);
        m_ui->schoolYearCombo->setCurrentIndex(
            year == m_schoolYears.cend() ? 0 : 1 + static_cast<int>(year - m_schoolYears.cbegin()));
    }
    const bool otherPeriod = (m_from.isValid() || m_to.isValid()) && year == m_schoolYears.cend();
    m_ui->periodLabel->setVisible(otherPeriod);
    m_ui->clearPeriodButton->setVisible(otherPeriod);
    if (!otherPeriod)
        return;
    const QLocale locale;
    m_ui->periodLabel->setText(m_from == m_to ? tr("On %1").arg(locale.toString(m_from, QLocale::ShortFormat))
                                              : tr("From %1 to %2")
                                                    .arg(locale.toString(m_from, QLocale::ShortFormat),
                                                         locale.toString(m_to, QLocale::ShortFormat)));
}

}  // namespace passerelle::ui
