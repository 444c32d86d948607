#pragma once

#include "passerelle/rules/settings.h"
#include "passerelle/ui/dashboard_figures.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class DashboardPage;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

class DeadlineTableModel;

// The "Tableau de bord": the students expected today and this week, the measures in progress, the open rule
// errors and the next deadlines. Each count opens the matching list.
class DashboardPage final : public QWidget {
    Q_OBJECT

public:
    DashboardPage(storage::Database& database, QDate today, const rules::RuleSettings& settings,
                  QWidget* parent = nullptr);
    ~DashboardPage() override;

    // Reads the database again; returns false (and says why in the date line) when it cannot be read.
    bool refresh();
    void setToday(const QDate& today) { m_today = today; }
    void setRuleSettings(const rules::RuleSettings& settings) { m_settings = settings; }
    const DashboardFigures& figures() const { return m_figures; }
    DeadlineTableModel* deadlinesModel() const { return m_deadlines; }

Q_SIGNALS:
    // Open the measures list with these filters (empty status: any; invalid dates: any period).
    void measuresRequested(const QString& status, const QDate& from, const QDate& to);
    void deadlinesRequested();
    // Open the list of that kind of record ("measure", "agreement", "group") filtered to those with errors.
    void recordsWithErrorsRequested(const QString& entity);

private:
    void showFigures();

    std::unique_ptr<Ui::DashboardPage> m_ui;
    storage::Database& m_database;
    QDate m_today;
    rules::RuleSettings m_settings;
    DashboardFigures m_figures;
    DeadlineTableModel* m_deadlines = nullptr;
};

}  // namespace passerelle::ui
