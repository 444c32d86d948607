#pragma once
// A temporary database with the records the documents tests print: the measure editor's world (a school, a
// host, a signed agreement, a student) plus measures saved directly through the repository.

#include "measure_editor_fixture.h"
#include "passerelle/domain/measure.h"

#include <QByteArray>
#include <QTime>

namespace passerelle::test {

struct DocumentWorld : MeasureEditorWorld {
    // A responsibility measure of `student` (the world's one by default) on two weeks from `start`, Tuesdays
    // from 17:00 to `tuesdayEnd`: with 19:00 it breaks no rule; with 20:30 it is over the 3 hours a day
    // (RESP-DAILY-HOURS, an error).
    Measure saveMeasure(const QDate& start, const QTime& tuesdayEnd = QTime(19, 0),
                        const QString& studentId = {});
    Student saveStudent(const QString& firstName, const QString& lastName);
};

// The Monday after fixedToday().
QDate nextMonday();
QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& bytes);

}  // namespace passerelle::test
