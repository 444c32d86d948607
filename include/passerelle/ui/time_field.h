#pragma once

#include "passerelle/ui/typed_field.h"

#include <QTime>

namespace passerelle::ui {

// A time of day typed as people write it: 1630, 16h30, 16 h 30, 16:30, 9h, 9, 930, 0800 all read as a time
// and show as "16:30" once the field is left; an empty field is "no time" (no slot). 25h or 12:75 stay as
// typed, in red, with their reason (typed_values.h reads them).
class TimeField final : public TypedField {
    Q_OBJECT
    Q_PROPERTY(QTime time READ time WRITE setTime USER true)

public:
    explicit TimeField(QWidget* parent = nullptr);

    // The last time typed or shown, kept while the text is not one; invalid: none.
    QTime time() const;
    // From the program: announces nothing, and rewrites the text only when the time differs.
    void setTime(const QTime& time);

Q_SIGNALS:
    // The user gave the field a new time, or emptied it (an invalid QTime).
    void timeEdited(const QTime& time);

protected:
    Result<QVariant> interpret(const QString& text) const override;
    QString display(const QVariant& value) const override;
    QVariant emptyValue() const override;
    QString requiredReason() const override;
    void announce(const QVariant& value) override;
};

}  // namespace passerelle::ui
