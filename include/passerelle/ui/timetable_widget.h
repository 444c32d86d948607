#pragma once

#include "passerelle/domain/time_slot.h"

#include <QLabel>
#include <QWidget>

#include <array>

namespace passerelle::ui {

class TimeField;

// The weekly timetable of a measure as in the annex of seed 004: Monday to Saturday, a morning and an
// afternoon "de ... à ..." each, the hours of each day and the days per week shown as the user types (the
// figures come from the rules module's measure facts, so they are the ones the rules check).
// Each time is a TimeField ("0800", "12h", "16:30"); an empty one is no time, and a half-day counts as a slot
// only when both of its times are filled in. A time that is not one stays in red in the grid, its reason
// under the grid, naming the day and the half-day.
class TimetableWidget final : public QWidget {
    Q_OBJECT

public:
    enum class Half { Morning, Afternoon };
    enum class Bound { From, To };

    explicit TimetableWidget(QWidget* parent = nullptr);

    TimeSlots timeSlots() const;
    // Shows `slots` without emitting slotsEdited (undo, loading). Slots that do not fit the grid (a third one
    // on a day, two mornings) are kept as they are and returned by timeSlots().
    void setTimeSlots(const TimeSlots& slots);

    TimeField* timeField(Weekday day, Half half, Bound bound) const;
    QLabel* dayHoursLabel(Weekday day) const;
    QLabel* summaryLabel() const { return m_summary; }
    // The reasons of the times typed that are not times, one line each ("Tuesday afternoon, end: ...").
    QLabel* problemsLabel() const { return m_problems; }
    // Shows the problem of every time typed that is not one, as leaving its field does (before a page of a
    // wizard or a dialog is accepted).
    void showProblems();

Q_SIGNALS:
    // The user changed one time: `editKey` names the time edit (consecutive edits of one edit merge into a
    // single undo step), `before` and `after` are the whole timetable.
    void slotsEdited(const QString& editKey, const TimeSlots& before, const TimeSlots& after);

private:
    static constexpr int dayCount = 6;
    struct Row {
        std::array<TimeField*, 4> edits{};  // morning from, morning to, afternoon from, afternoon to
        QLabel* hours = nullptr;
    };

    void onTimeChanged(int day, int edit);
    void updateFigures();
    void listProblems();

    std::array<Row, dayCount> m_rows{};
    QLabel* m_summary = nullptr;
    QLabel* m_problems = nullptr;
    TimeSlots m_current;  // the timetable as last shown or emitted: the "before" of the next edit
    TimeSlots m_extra;    // slots the grid cannot show
    bool m_loading = false;
};

}  // namespace passerelle::ui
