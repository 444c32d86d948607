#pragma once

#include "passerelle/ui/typed_field.h"

#include <QDate>

class QCalendarWidget;
class QFrame;
class QToolButton;

namespace passerelle::ui {

// A date typed as people write it: 03/02/2012, 3/2/12, 03022012, 2012-02-03, 3.2.2012, 3-2-2012 all read as
// a date and show as "03/02/2012" once the field is left; an empty field is "no date". A two-digit year is
// this century up to ten years ahead, the last one otherwise (typed_values.h). 31/02/2012, a year outside
// the exchange format's, or a date outside the field's own bounds stay as typed, in red, with their reason:
// a bound is never enforced by changing what the user typed.
//
// The button beside it opens a calendar on the month of the field's date, or of its typical date (a birth
// date: thirteen years ago, a collège student's age), or of today; choosing a day fills the field. F4 and
// Alt+Down open it from the keyboard.
class DateField final : public TypedField {
    Q_OBJECT
    Q_PROPERTY(QDate date READ date WRITE setDate USER true)

public:
    explicit DateField(QWidget* parent = nullptr);
    ~DateField() override;

    // The last date typed or shown, kept while the text is not one; invalid: none.
    QDate date() const;
    // From the program: announces nothing, and rewrites the text only when the date differs.
    void setDate(const QDate& date);

    // The day two-digit years and the calendar count from (an editor's "today", fixed in tests).
    void setToday(const QDate& today);
    const QDate& today() const { return m_today; }
    // The month the calendar opens on while the field is empty; invalid: today's.
    void setTypicalDate(const QDate& date) { m_typical = date; }
    // Bounds of this field, on top of the exchange format's years. A date outside them is refused with
    // `reason` (by default, one naming the bound). An invalid date removes the bound.
    void setMinimumDate(const QDate& date, const QString& reason = {});
    void setMaximumDate(const QDate& date, const QString& reason = {});
    const QDate& minimumDate() const { return m_minimum; }
    const QDate& maximumDate() const { return m_maximum; }
    // A day and a month, without a year (the first day of a school year): "01/09", no calendar.
    void setDayAndMonthOnly(bool dayAndMonth);

    QToolButton* calendarButton() const { return m_button; }
    // The calendar of the popup; null until the popup first opens.
    QCalendarWidget* calendar() const { return m_calendar; }
    QWidget* calendarPopup() const;
    // The month the calendar opens on: the field's date, its typical date, or today.
    QDate calendarStart() const;

public Q_SLOTS:
    void openCalendar();

Q_SIGNALS:
    // The user gave the field a new date, or emptied it (an invalid QDate).
    void dateEdited(const QDate& date);

protected:
    Result<QVariant> interpret(const QString& text) const override;
    QString display(const QVariant& value) const override;
    QVariant emptyValue() const override;
    QString requiredReason() const override;
    void announce(const QVariant& value) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void pick(const QDate& date);
    void createPopup();

    QToolButton* m_button = nullptr;
    QFrame* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QDate m_today;
    QDate m_typical;
    QDate m_minimum;
    QDate m_maximum;
    QString m_beforeMinimum;  // the reasons given with the bounds; empty: the general ones
    QString m_afterMaximum;
    bool m_dayAndMonth = false;
};

}  // namespace passerelle::ui
