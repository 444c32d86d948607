#include "passerelle/ui/student_list_page.h"

#include "passerelle/ui/student_table_model.h"
#include "ui_student_list_page.h"

#include <QHeaderView>

namespace passerelle::ui {
namespace {

// Long enough not to query on every keystroke of a fast typist, short enough to feel immediate.
constexpr int searchDebounceMs = 250;

}  // namespace

StudentListPage::StudentListPage(storage::Database& database, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::StudentListPage>()) {
    m_ui->setupUi(this);
    m_model = new StudentTableModel(database, this);
    m_ui->table->setModel(m_model);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->table->horizontalHeader()->resizeSection(StudentTableModel::LastName, 200);
    m_ui->table->horizontalHeader()->resizeSection(StudentTableModel::FirstName, 160);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDebounceMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &StudentListPage::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &StudentListPage::applySearch);
    connect(m_model, &StudentTableModel::totalCountChanged, this, &StudentListPage::updateCount);

    applySearch();
}

StudentListPage::~StudentListPage() = default;

void StudentListPage::applySearch() {
    m_searchDelay.stop();
    storage::ListQuery query;
    query.text = m_ui->searchEdit->text().trimmed();
    m_model->setQuery(query);
}

void StudentListPage::updateCount(int total) {
    m_ui->countLabel->setText(tr("%n student(s)", nullptr, total));
}

}  // namespace passerelle::ui
