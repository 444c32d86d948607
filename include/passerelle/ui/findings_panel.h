#pragma once

#include "passerelle/rules/finding.h"

#include <QLabel>
#include <QListWidget>
#include <QWidget>

namespace passerelle::ui {

// The rules panel beside an editor: one line per finding with its severity icon and French message (the
// rule and its legal reference in the tooltip). Activating a line asks the editor to focus the field.
class FindingsPanel final : public QWidget {
    Q_OBJECT

public:
    // Item data roles of the list's lines.
    enum Role { FieldRole = Qt::UserRole, RuleRole, SeverityRole };

    explicit FindingsPanel(QWidget* parent = nullptr);

    void setFindings(const rules::Findings& findings);
    const rules::Findings& findings() const { return m_findings; }
    QStringList ruleIds() const;
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    // The exchange key of the finding's field ("slots", "insurances.host.contract" ...).
    void fieldActivated(const QString& field);

private:
    rules::Findings m_findings;
    bool m_shown = false;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
};

}  // namespace passerelle::ui
