#include "passerelle/ui/handle_deadline_dialog.h"

#include "passerelle/storage/repositories.h"
#include "passerelle/ui/date_field.h"
#include "ui_handle_deadline_dialog.h"

#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace passerelle::ui {

HandleDeadlineDialog::HandleDeadlineDialog(const rules::Deadline& deadline, const QDate& today,
                                           QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HandleDeadlineDialog>()), m_deadline(deadline) {
    m_ui->setupUi(this);
    m_ui->deadlineLabel->setText(
        tr("%1 — %2, due on %3.")
            .arg(deadline.title, deadline.message, QLocale().toString(deadline.date, QLocale::ShortFormat)));
    m_ui->handledOnField->setToday(today);
    m_ui->handledOnField->setDate(today);
    m_ui->handledOnField->setRequired(true);
    // Handled is something done, not planned: never after today.
    m_ui->handledOnField->setMaximumDate(today,
                                         tr("A deadline is marked handled once it has been dealt with, "
                                            "not later than today"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as Handled"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    // The date is usually today, already filled in: the user starts with what was done.
    m_ui->noteEdit->setFocus(Qt::OtherFocusReason);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &HandleDeadlineDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &HandleDeadlineDialog::reject);
}

HandleDeadlineDialog::~HandleDeadlineDialog() = default;

HandledDeadline HandleDeadlineDialog::mark() const {
    return {.rule = m_deadline.rule,
            .due = m_deadline.date,
            .on = m_ui->handledOnField->date(),
            .note = m_ui->noteEdit->toPlainText().trimmed()};
}

void HandleDeadlineDialog::accept() {
    m_ui->handledOnField->showProblem();
    if (m_ui->handledOnField->hasProblem()) {
        m_ui->handledOnField->lineEdit()->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

Status HandleDeadlineDialog::addMark(storage::Database& database, const QString& agreementId,
                                     const HandledDeadline& mark) {
    storage::AgreementRepository repository(database);
    auto agreement = repository.find(agreementId);
    if (!agreement)
        return agreement.error();
    agreement->handledDeadlines.removeIf([&](const HandledDeadline& existing) {
        return existing.rule == mark.rule && existing.due == mark.due;
    });
    agreement->handledDeadlines.append(mark);
    if (const auto saved = repository.save(*agreement); !saved)
        return saved.error();
    return success();
}

Status HandleDeadlineDialog::removeMark(storage::Database& database, const QString& agreementId,
                                        const QString& rule, const QDate& due) {
    storage::AgreementRepository repository(database);
    auto agreement = repository.find(agreementId);
    if (!agreement)
        return agreement.error();
    agreement->handledDeadlines.removeIf(
        [&](const HandledDeadline& existing) { return existing.rule == rule && existing.due == due; });
    if (const auto saved = repository.save(*agreement); !saved)
        return saved.error();
    return success();
}

}  // namespace passerelle::ui
