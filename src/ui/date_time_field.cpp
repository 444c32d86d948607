#include "passerelle/ui/date_time_field.h"

#include "passerelle/ui/date_field.h"
#include "passerelle/ui/time_field.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

DateTimeField::DateTimeField(QWidget* parent) : QWidget(parent) {
    m_date = new DateField(this);
    m_date->setObjectName(u"date"_s);
    m_time = new TimeField(this);
    m_time->setObjectName(u"time"_s);
    // One reason for the pair, after the time.
    m_date->setReasonBeside(false);
    m_time->setReasonBeside(false);
    // Beside the pair, in the red of the parts' own reasons.
    m_reason = new QLabel(this);
    m_reason->setObjectName(u"reasonLabel"_s);
    m_reason->setWordWrap(true);
    m_reason->setVisible(false);
    m_reason->setPalette(m_date->reasonLabel()->palette());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_date);
    layout->addWidget(m_time);
    layout->addWidget(m_reason, 1);
    setReasonBeside(true);
    setFocusProxy(m_date);
    setFocusPolicy(m_date->focusPolicy());
    for (TypedField* part : {static_cast<TypedField*>(m_date), static_cast<TypedField*>(m_time)}) {
        connect(part, &TypedField::typed, this, &DateTimeField::onPartTyped);
        connect(part, &TypedField::problemShown, this, &DateTimeField::showReason);
    }
    connect(m_date, &DateField::dateEdited, this, &DateTimeField::onPartTyped);
    connect(m_time, &TimeField::timeEdited, this, &DateTimeField::onPartTyped);
}

void DateTimeField::setDateTime(const QDateTime& dateTime) {
    // The same moment again (an editor refreshing its form) leaves the parts as typed: a date waiting for
    // its time is not a moment yet, and must not be wiped by the "none" still recorded.
    const QDateTime value = dateTime.isValid() ? dateTime : QDateTime();
    if (value == m_value)
        return;
    m_value = value;
    m_date->setDate(m_value.date());
    m_time->setTime(m_value.time());
    m_time->setRequired(m_required || !m_date->text().trimmed().isEmpty());
}

void DateTimeField::setRequired(bool required) {
    m_required = required;
    m_date->setRequired(required);
    m_time->setRequired(required || !m_date->text().trimmed().isEmpty());
}

void DateTimeField::setToday(const QDate& today) {
    m_date->setToday(today);
}

void DateTimeField::setReasonBeside(bool beside) {
    m_reasonBeside = beside;
    // Beside a reason the parts keep the width of their samples; in a cell they share it.
    for (const TypedField* part : {static_cast<TypedField*>(m_date), static_cast<TypedField*>(m_time)})
        part->lineEdit()->setMaximumWidth(beside ? part->lineEdit()->minimumWidth() : QWIDGETSIZE_MAX);
    showReason();
}

void DateTimeField::setFieldName(const QString& name) {
    m_date->setFieldName(name);
    m_time->setFieldName(name);
}

void DateTimeField::setPlaceholderText(const QString& text) {
    m_date->setPlaceholderText(text);
}

void DateTimeField::showReason() {
    const QString problem =
        m_date->shownProblem().isEmpty() ? m_time->shownProblem() : m_date->shownProblem();
    m_reason->setText(problem);
    m_reason->setToolTip(problem);
    m_reason->setVisible(m_reasonBeside && !problem.isEmpty());
    // As TypedField: as wide as the two parts, unless there is a reason to show or a cell to fill.
    const bool compact = m_reasonBeside && problem.isEmpty();
    setSizePolicy(compact ? QSizePolicy::Fixed : QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void DateTimeField::onPartTyped() {
    // A date typed asks for its time; an empty date asks for nothing, unless the moment is required.
    m_time->setRequired(m_required || !m_date->text().trimmed().isEmpty());
    // The parts' values, not their texts: a part holding a text that is not a value keeps its last one
    // (and gives back the one before the typing when left), so the moment follows it.
    const QDate date = m_date->date();
    const QTime time = m_time->time();
    if (date.isValid() && !time.isValid())
        return;  // a date waiting for its time
    const QDateTime value = date.isValid() ? QDateTime(date, time) : QDateTime();
    if (value == m_value)
        return;
    m_value = value;
    Q_EMIT dateTimeEdited(value);
}

}  // namespace passerelle::ui
