#pragma once

#include "passerelle/rules/deadlines.h"
#include "passerelle/rules/settings.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class DeadlinesPage;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

class DeadlineTableModel;

// The "Échéances" section: every agreement deadline (notice, expiry, review) within a chosen horizon. A
// deadline dealt with is marked handled (a date and a note) and leaves the list, shown again on demand.
class DeadlinesPage final : public QWidget {
    Q_OBJECT

public:
    DeadlinesPage(storage::Database& database, QDate today, const rules::RuleSettings& settings,
                  QWidget* parent = nullptr);
    ~DeadlinesPage() override;

    bool refresh();
    void setRuleSettings(const rules::RuleSettings& settings) { m_settings = settings; }
    // Days ahead: one of the horizon choices (30, 90, 365).
    void setHorizonDays(int days);
    DeadlineTableModel* model() const { return m_model; }
    std::optional<rules::Deadline> currentDeadline() const;
    void selectRow(int row);
    // Marks the selected deadline handled (asking when and how), or reopens it when it is marked.
    void markOrReopenCurrent();
    // Asks where to save the deadlines shown (within the horizon, handled ones when shown) and writes them as
    // CSV or XLSX.
    void exportList();
    // Asks where to save the deadlines shown as an iCalendar file and writes it.
    void exportCalendar();

Q_SIGNALS:
    void agreementRequested(const QString& id);
    // A deadline was marked handled or reopened: the dashboard's list changed too.
    void deadlinesChanged();

protected:
    // The agreements are first read when the page first shows, not while the window starts (issue 14).
    void showEvent(QShowEvent* event) override;

private:
    bool m_loaded = false;
    void updateActions();

    std::unique_ptr<Ui::DeadlinesPage> m_ui;
    storage::Database& m_database;
    QDate m_today;
    rules::RuleSettings m_settings;
    DeadlineTableModel* m_model = nullptr;
};

}  // namespace passerelle::ui
