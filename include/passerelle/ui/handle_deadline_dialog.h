#pragma once

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/result.h"
#include "passerelle/rules/deadlines.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HandleDeadlineDialog;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

// Asks when and how a deadline (a notice to give, an expiry, a review) was dealt with. Once marked, it leaves
// the dashboard and the deadlines list's default view (issue 11); the agreement keeps the mark in its
// `handledDeadlines`.
class HandleDeadlineDialog final : public QDialog {
    Q_OBJECT

public:
    HandleDeadlineDialog(const rules::Deadline& deadline, const QDate& today, QWidget* parent = nullptr);
    ~HandleDeadlineDialog() override;

    HandledDeadline mark() const;
    void accept() override;

    // Adds the mark to its agreement, or removes the agreement's mark of that deadline (`mark` with only its
    // rule and due date), in one save.
    static Status addMark(storage::Database& database, const QString& agreementId,
                          const HandledDeadline& mark);
    static Status removeMark(storage::Database& database, const QString& agreementId, const QString& rule,
                             const QDate& due);

private:
    std::unique_ptr<Ui::HandleDeadlineDialog> m_ui;
    rules::Deadline m_deadline;
};

}  // namespace passerelle::ui
