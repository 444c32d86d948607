#include "passerelle/ui/timetable_widget.h"

#include "passerelle/rules/measure_facts.h"
#include "passerelle/ui/time_field.h"

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

// How a message names one time of the grid.
QString timeName(int day, int edit) {
    const QString name = dayName(day);
    switch (edit) {
        case 0:
            return TimetableWidget::tr("%1 morning, start").arg(name);
        case 1:
            return TimetableWidget::tr("%1 morning, end").arg(name);
        case 2:
            return TimetableWidget::tr("%1 afternoon, start").arg(name);
        default:
            return TimetableWidget::tr("%1 afternoon, end").arg(name);
    }
}

}  // namespace

// A grid of 24 identical time fields is clearer built in a loop than in a Designer form.
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
            auto* field = new TimeField(this);
            field->setPlaceholderText(u"--:--"_s);
            // The grid has no room for a reason beside each time: they are listed under it.
            field->setReasonBeside(false);
            field->setFieldName(timeName(day, edit));
            field->setObjectName(u"time_%1_%2"_s.arg(day).arg(edit));
            label->setBuddy(field);
            grid->addWidget(label, row, 1 + edit * 2, Qt::AlignRight);
            grid->addWidget(field, row, 2 + edit * 2);
            m_rows[day].edits[edit] = field;
            connect(field, &TimeField::timeEdited, this, [this, day, edit] { onTimeChanged(day, edit); });
            connect(field, &TimeField::problemShown, this, &TimetableWidget::listProblems);
        }
        m_rows[day].hours = new QLabel(this);
        m_rows[day].hours->setMinimumWidth(60);
        grid->addWidget(m_rows[day].hours, row, 9);
    }
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"timetableProblems"_s);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->setVisible(false);
    outer->addWidget(m_problems);
    m_summary = new QLabel(this);
    outer->addWidget(m_summary);
    outer->addStretch();
    updateFigures();
}

TimeSlots TimetableWidget::timeSlots() const {
    TimeSlots slots;
    for (int day = 0; day < dayCount; ++day) {
        for (int half = 0; half < 2; ++half) {
            const TimeField* from = m_rows[day].edits[half * 2];
            const TimeField* to = m_rows[day].edits[half * 2 + 1];
            if (from->time().isValid() && to->time().isValid())
                slots << TimeSlot{static_cast<Weekday>(day + 1), from->time(), to->time()};
        }
    }
    return slots + m_extra;
}

void TimetableWidget::setTimeSlots(const TimeSlots& slots) {
    m_loading = true;
    m_extra.clear();
    // Each field is given its time once (an empty one when no slot has it): a field whose time is already
    // that keeps its text, and so the cursor of the one being typed in.
    std::array<std::array<QTime, 4>, dayCount> shown{};
    std::array<std::array<bool, 2>, dayCount> used{};
    for (const TimeSlot& slot : slots) {
        const int day = static_cast<int>(slot.day) - 1;
        const int half = slot.isMorning() ? 0 : 1;
        const bool fits =
            day >= 0 && day < dayCount && !used[day][half] && slot.start.isValid() && slot.end.isValid();
        if (!fits) {
            m_extra << slot;
            continue;
        }
        used[day][half] = true;
        shown[day][half * 2] = slot.start;
        shown[day][half * 2 + 1] = slot.end;
    }
    for (int day = 0; day < dayCount; ++day) {
        for (int edit = 0; edit < 4; ++edit)
            m_rows[day].edits[edit]->setTime(shown[day][edit]);
    }
    m_loading = false;
    m_current = timeSlots();
    updateFigures();
}

TimeField* TimetableWidget::timeField(Weekday day, Half half, Bound bound) const {
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

void TimetableWidget::showProblems() {
    for (const Row& row : m_rows) {
        for (TimeField* field : row.edits)
            field->showProblem();
    }
}

void TimetableWidget::listProblems() {
    QStringList lines;
    for (int day = 0; day < dayCount; ++day) {
        for (int edit = 0; edit < 4; ++edit) {
            const QString& problem = m_rows[day].edits[edit]->shownProblem();
            if (!problem.isEmpty())
                lines << timeName(day, edit) + u": "_s + problem;
        }
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
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
