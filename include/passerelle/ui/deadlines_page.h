#pragma once

#include "passerelle/rules/settings.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class DeadlinesPage;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

class DeadlineTableModel;

// The "Échéances" section: every agreement deadline (notice, expiry, review) within a chosen horizon.
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

Q_SIGNALS:
    void agreementRequested(const QString& id);

private:
    std::unique_ptr<Ui::DeadlinesPage> m_ui;
    storage::Database& m_database;
    QDate m_today;
    rules::RuleSettings m_settings;
    DeadlineTableModel* m_model = nullptr;
};

}  // namespace passerelle::ui
