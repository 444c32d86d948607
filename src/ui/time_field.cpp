#include "passerelle/ui/time_field.h"

#include "passerelle/ui/typed_values.h"

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

TimeField::TimeField(QWidget* parent) : TypedField(parent) {
    // The widest way of writing a time people use.
    setSampleText(u"00 h 00"_s);
    setHint(tr("Type a time: 16:30, 16h30, 1630 or 9h. Empty: no time."));
    showValue(emptyValue());
}

QTime TimeField::time() const {
    return value().toTime();
}

void TimeField::setTime(const QTime& time) {
    showValue(QVariant(time.isValid() ? time : QTime()));
}

Result<QVariant> TimeField::interpret(const QString& text) const {
    const Result<QTime> time = typed::parseTime(text);
    if (!time)
        return time.error();
    return QVariant(time.value());
}

QString TimeField::display(const QVariant& value) const {
    return typed::timeText(value.toTime());
}

QVariant TimeField::emptyValue() const {
    return QVariant(QTime());
}

QString TimeField::requiredReason() const {
    return tr("Give the time: 16:30, for example.");
}

void TimeField::announce(const QVariant& value) {
    Q_EMIT timeEdited(value.toTime());
}

}  // namespace passerelle::ui
