#include "passerelle/ui/main_window.h"

#include "passerelle/storage/database.h"
#include "passerelle/ui/student_list_page.h"
#include "ui_main_window.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>

namespace passerelle::ui {
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");

}  // namespace

MainWindow::MainWindow(storage::Database& database, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_database(database) {
    m_ui->setupUi(this);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);

    m_studentsPage = new StudentListPage(database, this);
    addSection(tr("Students"), m_studentsPage);

    connect(m_ui->sideBar, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->sideBar->setCurrentRow(0);

    statusBar()->showMessage(tr("Database: %1").arg(database.path()));
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::addSection(const QString& title, QWidget* page) {
    m_ui->sideBar->addItem(title);
    m_ui->pages->addWidget(page);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Passerelle"),
                       tr("<p><b>Passerelle %1</b></p><p>Partnership agreements between schools and their partners, "
                          "and the students' measures under them.</p>")
                           .arg(QStringLiteral(PASSERELLE_VERSION)));
}

void MainWindow::restoreLayout() {
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

}  // namespace passerelle::ui
