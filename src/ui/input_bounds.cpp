#include "input_bounds.h"

#include "passerelle/domain/input_limits.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTextCursor>
#include <QToolTip>

namespace passerelle::ui {
namespace {

// The table's own item editors are line edits made on demand: bounded as they are made.
class BoundedCellDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->setMaxLength(std::min(line->maxLength(), input::kMaxNameLength));
        return editor;
    }
};

// QPlainTextEdit has no maximum length: what goes past it (a paste, mostly) is taken off the end of the
// insertion, with a beep, so the text the user already had stays whole.
void boundPlainText(QPlainTextEdit* edit) {
    QObject::connect(edit, &QPlainTextEdit::textChanged, edit, [edit] {
        const qsizetype excess = edit->document()->characterCount() - 1 - input::kMaxFreeTextLength;
        if (excess <= 0)
            return;
        QTextCursor cursor = edit->textCursor();
        const int end = cursor.position();
        cursor.setPosition(static_cast<int>(std::max<qsizetype>(0, end - excess)));
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        const QSignalBlocker blocker(edit);
        cursor.removeSelectedText();
        edit->setTextCursor(cursor);
        QApplication::beep();
        // The blocked signal is sent once, for the bounded text.
        QMetaObject::invokeMethod(edit, &QPlainTextEdit::textChanged, Qt::QueuedConnection);
    });
}

// Shows the combo box's whole current choice as its tooltip, read when asked: no signal to miss when the
// program changes the choice with signals blocked.
class FullChoiceTip final : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        auto* combo = qobject_cast<QComboBox*>(watched);
        if (combo == nullptr || event->type() != QEvent::ToolTip || !combo->toolTip().isEmpty())
            return false;
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), combo->currentText(), combo);
        return true;
    }
};

// Wide enough for a person's name or a status; longer choices are elided.
constexpr int comboShownCharacters = 28;

}  // namespace

void elideLongChoices(QWidget* root) {
    auto* tip = new FullChoiceTip(root);
    for (QComboBox* combo : root->findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(comboShownCharacters);
        combo->installEventFilter(tip);
    }
}

void boundTextInput(QWidget* root) {
    for (QLineEdit* line : root->findChildren<QLineEdit*>()) {
        if (line->maxLength() > input::kMaxNameLength)
            line->setMaxLength(input::kMaxNameLength);
    }
    for (QPlainTextEdit* edit : root->findChildren<QPlainTextEdit*>())
        boundPlainText(edit);
    for (QTableWidget* table : root->findChildren<QTableWidget*>()) {
        if (qobject_cast<QStyledItemDelegate*>(table->itemDelegate()) != nullptr &&
            table->itemDelegate()->metaObject() == &QStyledItemDelegate::staticMetaObject)
            table->setItemDelegate(new BoundedCellDelegate(table));
    }
}

}  // namespace passerelle::ui
