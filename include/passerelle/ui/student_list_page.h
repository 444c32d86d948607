#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class StudentListPage;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

class StudentTableModel;

// The "Élèves" section: a search box (debounced, accent-blind) over the paged student table.
class StudentListPage final : public QWidget {
    Q_OBJECT

public:
    explicit StudentListPage(storage::Database& database, QWidget* parent = nullptr);
    ~StudentListPage() override;

    StudentTableModel* model() const { return m_model; }
    // Applies the search box now instead of after the debounce delay (tests, Enter key).
    void applySearch();

private:
    void updateCount(int total);

    std::unique_ptr<Ui::StudentListPage> m_ui;
    StudentTableModel* m_model = nullptr;
    QTimer m_searchDelay;
};

}  // namespace passerelle::ui
