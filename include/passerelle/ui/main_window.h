#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

class StudentListPage;

// The application's window: the side bar of sections on the left, the current section on the right.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(storage::Database& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    StudentListPage* studentsPage() const { return m_studentsPage; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addSection(const QString& title, QWidget* page);
    void showAbout();
    void restoreLayout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    storage::Database& m_database;
    StudentListPage* m_studentsPage = nullptr;
};

}  // namespace passerelle::ui
