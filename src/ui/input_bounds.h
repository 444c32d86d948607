#pragma once
// The editors hold no value the exchange format would refuse (issue 10, "The GUI forms enforce the same
// limits"): every one-line field stops at input::kMaxNameLength characters, every multi-line field at
// input::kMaxFreeTextLength, every table cell typed into at the one-line bound. Numbers get their bounds
// where the editor sets up its spin boxes, from the same input_limits.h.

class QWidget;

namespace passerelle::ui {

// Applies the text bounds to every QLineEdit, QPlainTextEdit and QTableWidget under `root`, present now. A
// field that already has a smaller maximum keeps it.
void boundTextInput(QWidget* root);

// Every combo box under `root` keeps a width that fits a 1366×768 screen whatever its items (an agreement's
// title runs to 150 characters): the shown choice is elided, and hovering it shows the whole of it.
void elideLongChoices(QWidget* root);

}  // namespace passerelle::ui
