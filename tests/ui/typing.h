#pragma once
// Typing into the date and time fields as a user does (issue 11): the widgets get keys, never a setter.

#include "passerelle/ui/date_field.h"
#include "passerelle/ui/date_time_field.h"
#include "passerelle/ui/time_field.h"

#include <QLineEdit>
#include <QTest>

namespace passerelle::test {

// Replaces the text of `field` key by key: Ctrl+A, the text (Delete for none), then Enter, which writes the
// field as leaving it does (and never saves an editor). `text` is ASCII: QTest::keyClicks asserts on others.
inline void typeInto(ui::TypedField* field, const QString& text) {
    QLineEdit* edit = field->lineEdit();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// The date, then the time, of a moment.
inline void typeInto(ui::DateTimeField* field, const QString& date, const QString& time) {
    typeInto(field->dateField(), date);
    typeInto(field->timeField(), time);
}

}  // namespace passerelle::test
