#include "passerelle/ui/date_field.h"

#include "passerelle/domain/input_limits.h"
#include "passerelle/ui/typed_values.h"

#include <QCalendarWidget>
#include <QFrame>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;

DateField::DateField(QWidget* parent) : TypedField(parent), m_today(QDate::currentDate()) {
    m_button = new QToolButton(this);
    m_button->setObjectName(u"calendarButton"_s);
    m_button->setArrowType(Qt::DownArrow);
    // Tab goes from field to field; the calendar is one click, or F4, away.
    m_button->setFocusPolicy(Qt::NoFocus);
    m_button->setToolTip(tr("Choose the date in a calendar (F4)"));
    addBesideLineEdit(m_button);
    connect(m_button, &QToolButton::clicked, this, &DateField::openCalendar);
    // "2012-02-03" is as wide as the usual form; one more digit leaves room to type.
    setSampleText(u"00/00/00000"_s);
    setHint(tr("Type a date: 03/02/2012, 3/2/12 or 03022012. Empty: no date."));
    showValue(emptyValue());
}

DateField::~DateField() = default;

QDate DateField::date() const {
    return value().toDate();
}

void DateField::setDate(const QDate& date) {
    showValue(QVariant(date.isValid() ? date : QDate()));
}

void DateField::setToday(const QDate& today) {
    m_today = today.isValid() ? today : QDate::currentDate();
}

void DateField::setMinimumDate(const QDate& date, const QString& reason) {
    if (date == m_minimum && reason == m_beforeMinimum)
        return;
    m_minimum = date;
    m_beforeMinimum = reason;
    recheck(true);
}

void DateField::setMaximumDate(const QDate& date, const QString& reason) {
    if (date == m_maximum && reason == m_afterMaximum)
        return;
    m_maximum = date;
    m_afterMaximum = reason;
    recheck(true);
}

void DateField::setDayAndMonthOnly(bool dayAndMonth) {
    m_dayAndMonth = dayAndMonth;
    m_button->setVisible(!dayAndMonth);
    setSampleText(dayAndMonth ? u"00/000"_s : u"00/00/00000"_s);
    setHint(dayAndMonth ? tr("Type a day and a month: 01/09 or 0109.")
                        : tr("Type a date: 03/02/2012, 3/2/12 or 03022012. Empty: no date."));
    discardTyping();
}

Result<QVariant> DateField::interpret(const QString& text) const {
    const Result<QDate> date = m_dayAndMonth ? typed::parseDayMonth(text) : typed::parseDate(text, m_today);
    if (!date)
        return date.error();
    if (m_minimum.isValid() && *date < m_minimum && !m_beforeMinimum.isEmpty())
        return failure(m_beforeMinimum);
    if (m_maximum.isValid() && *date > m_maximum && !m_afterMaximum.isEmpty())
        return failure(m_afterMaximum);
    const QString outside = typed::outsideBounds(*date, m_minimum, m_maximum);
    if (!outside.isEmpty())
        return failure(outside);
    return QVariant(date.value());
}

QString DateField::display(const QVariant& value) const {
    return m_dayAndMonth ? typed::dayMonthText(value.toDate()) : typed::dateText(value.toDate());
}

QVariant DateField::emptyValue() const {
    return QVariant(QDate());
}

QString DateField::requiredReason() const {
    return tr("A date is needed here: 03/02/2012, for example.");
}

void DateField::announce(const QVariant& value) {
    Q_EMIT dateEdited(value.toDate());
}

bool DateField::eventFilter(QObject* watched, QEvent* event) {
    if (watched == lineEdit() && event->type() == QEvent::KeyPress && !m_dayAndMonth) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_F4 || (key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier)) {
            openCalendar();
            return true;
        }
    }
    return TypedField::eventFilter(watched, event);
}

QWidget* DateField::calendarPopup() const {
    return m_popup;
}

QDate DateField::calendarStart() const {
    if (date().isValid())
        return date();
    return m_typical.isValid() ? m_typical : m_today;
}

void DateField::createPopup() {
    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setObjectName(u"calendarPopup"_s);
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(0, 0, 0, 0);
    m_calendar = new QCalendarWidget(m_popup);
    m_calendar->setObjectName(u"calendar"_s);
    // French schools count weeks from Monday, whatever the language of the screen.
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setGridVisible(true);
    layout->addWidget(m_calendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::pick);
    connect(m_calendar, &QCalendarWidget::activated, this, &DateField::pick);
}

void DateField::openCalendar() {
    if (m_dayAndMonth || !isEnabled())
        return;
    if (m_popup == nullptr)
        createPopup();
    const QDate first = m_minimum.isValid() ? m_minimum : QDate(input::kFirstYear, 1, 1);
    const QDate last = m_maximum.isValid() ? m_maximum : QDate(input::kLastYear, 12, 31);
    m_calendar->setDateRange(first, last);
    const QDate start = std::clamp(calendarStart(), first, last);
    m_calendar->setSelectedDate(start);
    m_calendar->setCurrentPage(start.year(), start.month());
    m_popup->adjustSize();
    // Below the field, or above it when the screen ends first.
    QPoint at = lineEdit()->mapToGlobal(QPoint(0, lineEdit()->height()));
    if (const QScreen* shown = screen()) {
        const QRect room = shown->availableGeometry();
        if (at.y() + m_popup->height() > room.bottom())
            at.setY(lineEdit()->mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::pick(const QDate& date) {
    m_popup->hide();
    typeValue(QVariant(date));
    lineEdit()->setFocus(Qt::OtherFocusReason);
}

}  // namespace passerelle::ui
