#include "passerelle/ui/timetable_widget.h"

#include "passerelle/rules/measure_facts.h"

#include <QGridLayout>
#include <QVBoxLayout>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;

QString formatMinutes(int minutes) {
    if (minutes % 60 == 0)
        return TimetableWidget::tr("%1 h").arg(minutes / 60);
    return TimetableWidget::tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString dayName(int index) {
    switch (index) {
        case 0:
            return TimetableWidget::tr("Monday");
        case 1:
            return TimetableWidget::tr("Tuesday");
        case 2:
            return TimetableWidget::tr("Wednesday");
        case 3:
            return TimetableWidget::tr("Thursday");
        case 4:
            return TimetableWidget::tr("Friday");
        default:
            return TimetableWidget::tr("Saturday");
    }
}

bool isFilled(const QTimeEdit* edit) {
    return edit->time() != edit->minimumTime();
}

}  // namespace

// A grid of 24 identical time edits is clearer built in a loop than in a Designer form.
TimetableWidget::TimetableWidget(QWidget* parent) : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    auto* grid = new QGridLayout();
    outer->addLayout(grid);
    grid->addWidget(new QLabel(tr("Morning"), this), 0, 1, 1, 4, Qt::AlignCenter);
    grid->addWidget(new QLabel(tr("Afternoon"), this), 0, 5, 1, 4, Qt::AlignCenter);
    grid->addWidget(new QLabel(tr("Hours"), this), 0, 9);
    for (int day = 0; day < dayCount; ++day) {
        const int row = day + 1;
        grid->addWidget(new QLabel(dayName(day), this), row, 0);
        for (int edit = 0; edit < 4; ++edit) {
            auto* label = new QLabel(edit % 2 == 0 ? tr("from") : tr("to"), this);
            auto* timeEdit = new QTimeEdit(this);
            timeEdit->setDisplayFormat(u"HH:mm"_s);
            timeEdit->setMinimumTime(QTime(0, 0));
            timeEdit->setSpecialValueText(u"--:--"_s);
            timeEdit->setObjectName(u"time_%1_%2"_s.arg(day).arg(edit));
            grid->addWidget(label, row, 1 + edit * 2, Qt::AlignRight);
            grid->addWidget(timeEdit, row, 2 + edit * 2);
            m_rows[day].edits[edit] = timeEdit;
            connect(timeEdit, &QTimeEdit::timeChanged, this, [this, day, edit] { onTimeChanged(day, edit); });
        }
        m_rows[day].hours = new QLabel(this);
        m_rows[day].hours->setMinimumWidth(60);
        grid->addWidget(m_rows[day].hours, row, 9);
    }
    m_summary = new QLabel(this);
    outer->addWidget(m_summary);
    outer->addStretch();
    updateFigures();
}

TimeSlots TimetableWidget::timeSlots() const {
    TimeSlots slots;
    for (int day = 0; day < dayCount; ++day) {
        for (int half = 0; half < 2; ++half) {
            const QTimeEdit* from = m_rows[day].edits[half * 2];
            const QTimeEdit* to = m_rows[day].edits[half * 2 + 1];
            if (isFilled(from) && isFilled(to))
                slots << TimeSlot{static_cast<Weekday>(day + 1), from->time(), to->time()};
        }
    }
    return slots + m_extra;
}

void TimetableWidget::setTimeSlots(const TimeSlots& slots) {
    m_loading = true;
    m_extra.clear();
    for (Row& row : m_rows) {
        for (QTimeEdit* edit : row.edits)
            edit->setTime(edit->minimumTime());
    }
    std::array<std::array<bool, 2>, dayCount> used{};
    for (const TimeSlot& slot : slots) {
        const int day = static_cast<int>(slot.day) - 1;
        const int half = slot.isMorning() ? 0 : 1;
        // Midnight is the "empty" value of the grid, so a slot starting or ending then cannot be shown in it.
        const bool fits = day >= 0 && day < dayCount && !used[day][half] && slot.start.isValid() &&
                          slot.end.isValid() && slot.start != QTime(0, 0) && slot.end != QTime(0, 0);
        if (!fits) {
            m_extra << slot;
            continue;
        }
        used[day][half] = true;
        m_rows[day].edits[half * 2]->setTime(slot.start);
        m_rows[day].edits[half * 2 + 1]->setTime(slot.end);
    }
    m_loading = false;
    m_current = timeSlots();
    updateFigures();
}

QTimeEdit* TimetableWidget::timeEdit(Weekday day, Half half, Bound bound) const {
    const int index = (half == Half::Morning ? 0 : 2) + (bound == Bound::From ? 0 : 1);
    return m_rows[static_cast<int>(day) - 1].edits[index];
}

QLabel* TimetableWidget::dayHoursLabel(Weekday day) const {
    return m_rows[static_cast<int>(day) - 1].hours;
}

void TimetableWidget::onTimeChanged(int day, int edit) {
    if (m_loading)
        return;
    const TimeSlots before = m_current;
    m_current = timeSlots();
    updateFigures();
    if (before != m_current)
        Q_EMIT slotsEdited(u"slots.%1.%2"_s.arg(day).arg(edit), before, m_current);
}

void TimetableWidget::updateFigures() {
    const rules::WeeklyMinutes minutes = rules::plannedMinutesPerDay(timeSlots());
    for (int day = 0; day < dayCount; ++day) {
        const int onDay = minutes.perDay[static_cast<std::size_t>(day)];
        m_rows[day].hours->setText(onDay == 0 ? QString() : formatMinutes(onDay));
    }
    m_summary->setText(tr("%n day(s) per week", nullptr, minutes.daysWithSlots()) + u" · "_s +
                       tr("%1 per week").arg(formatMinutes(minutes.perWeek())));
}

}  // namespace passerelle::ui
