#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace passerelle::ui {

class DateField;
class TimeField;

// A moment: a DateField and a TimeField side by side (an incident, a session cancelled when the partner
// warned). An empty date is "none", whatever the time; a date needs its time, which the time field asks for
// once the user leaves it or saves. Only a complete moment (or none) is announced.
class DateTimeField final : public QWidget {
    Q_OBJECT

public:
    explicit DateTimeField(QWidget* parent = nullptr);

    // The last moment typed or shown; invalid: none.
    QDateTime dateTime() const { return m_value; }
    // From the program: announces nothing, and rewrites each part only when it differs.
    void setDateTime(const QDateTime& dateTime);
    // Required: both parts must be filled in (an incident's moment); otherwise the date may stay empty.
    void setRequired(bool required);
    void setToday(const QDate& today);
    // As TypedField's: the reason beside the time, or only as the tooltip (a table cell).
    void setReasonBeside(bool beside);
    void setFieldName(const QString& name);
    void setPlaceholderText(const QString& text);

    DateField* dateField() const { return m_date; }
    TimeField* timeField() const { return m_time; }
    QLabel* reasonLabel() const { return m_reason; }

Q_SIGNALS:
    // The user gave a new complete moment, or emptied the date (an invalid QDateTime).
    void dateTimeEdited(const QDateTime& dateTime);

private:
    void onPartTyped();
    void showReason();

    DateField* m_date = nullptr;
    TimeField* m_time = nullptr;
    QLabel* m_reason = nullptr;
    QDateTime m_value;
    bool m_required = false;
    bool m_reasonBeside = true;
};

}  // namespace passerelle::ui
