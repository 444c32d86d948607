#pragma once

#include "passerelle/rules/settings.h"
#include "passerelle/ui/dashboard_figures.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>

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
//
// The figures are read in a worker thread on a database connection of its own (issue 14): the window shows at
// once, and the first read of a day, which recomputes every stored finding, never freezes it.
class DashboardPage final : public QWidget {
    Q_OBJECT

public:
    DashboardPage(storage::Database& database, QDate today, const rules::RuleSettings& settings,
                  QWidget* parent = nullptr);
    ~DashboardPage() override;

    // Reads the figures again, in the background; the page shows them, or why the database cannot be read,
    // when they come (figuresShown). A refresh asked while one runs starts again once it is done.
    void refresh();
    bool isLoading() const { return m_pending; }  // figures asked for are not yet on screen
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
    // New figures (or the reason they could not be read) are on screen.
    void figuresShown();

private:
    struct Loaded {
        std::optional<DashboardFigures> figures;
        QString error;
    };
    void startLoading();
    void loadingFinished();
    void showFigures();

    std::unique_ptr<Ui::DashboardPage> m_ui;
    storage::Database& m_database;
    QDate m_today;
    rules::RuleSettings m_settings;
    DashboardFigures m_figures;
    DeadlineTableModel* m_deadlines = nullptr;
    QFutureWatcher<Loaded> m_loading;
    bool m_refreshAgain = false;
    bool m_pending = false;
};

}  // namespace passerelle::ui
