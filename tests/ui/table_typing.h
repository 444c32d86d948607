#pragma once
// Typing into the cells of an editor's child table and choosing in its combo boxes as a user does (issue 12):
// keys into the real widgets, never a setter. The texts are ASCII: QTest::keyClicks asserts on others.

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace passerelle::test {

// Opens a text cell for typing (the table's window is shown), replaces its text key by key, then Enter.
inline void typeIntoCell(QTableWidget* table, int row, int column, const QString& text) {
    ASSERT_NE(table->item(row, column), nullptr) << "no text cell at " << row << ", " << column;
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    QWidget* focus = QApplication::focusWidget();
    if (focus == nullptr)
        focus = table->window()->focusWidget();
    auto* editor = qobject_cast<QLineEdit*>(focus);
    ASSERT_NE(editor, nullptr) << "no editor open in the cell " << row << ", " << column;
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The view commits the cell Enter closes once the key is handled, as the event loop goes on.
    QApplication::processEvents();
}

// Chooses in a (non-editable) combo box by typing the start of a choice, as its keyboard search does.
inline void chooseByTyping(QComboBox* combo, const QString& text) {
    ASSERT_NE(combo, nullptr);
    ASSERT_FALSE(combo->isEditable());
    QTest::keyClicks(combo, text);
}

// The combo box of a table's cell (a civility, a representative ...), or null.
inline QComboBox* comboInCell(const QTableWidget* table, int row, int column) {
    return qobject_cast<QComboBox*>(table->cellWidget(row, column));
}

}  // namespace passerelle::test
