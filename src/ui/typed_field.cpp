#include "passerelle/ui/typed_field.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>

#include <utility>

namespace passerelle::ui {
namespace {

using namespace Qt::Literals::StringLiterals;

// The red of the other error texts of the application (sign_dialog.ui).
const QColor problemText(0xb0, 0x00, 0x20);
const QColor problemBackground(0xfd, 0xec, 0xee);

// Room for the frame, the text margins and the cursor around the text itself.
constexpr int lineEditPadding = 22;

// A typed value is never longer than this: a safeguard, far above "16 h 30" or "03 / 02 / 2012".
constexpr int maxTypedLength = 40;

bool layoutHolds(QLayoutItem* item, const QWidget* widget) {
    if (item == nullptr)
        return false;
    if (item->widget() == widget)
        return true;
    const QLayout* layout = item->layout();
    if (layout == nullptr)
        return false;
    for (int index = 0; index < layout->count(); ++index) {
        if (layoutHolds(layout->itemAt(index), widget))
            return true;
    }
    return false;
}

// The text of the label of the form row holding `widget`, looking in `layout` and the layouts inside it.
QString formRowLabel(const QLayout* layout, const QWidget* widget) {
    if (layout == nullptr)
        return {};
    if (const auto* form = qobject_cast<const QFormLayout*>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (!layoutHolds(form->itemAt(row, QFormLayout::FieldRole), widget))
                continue;
            const QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole);
            QWidget* labelWidget = label ? label->widget() : nullptr;
            if (const auto* text = qobject_cast<QLabel*>(labelWidget))
                return text->text();
            if (const auto* button = qobject_cast<QAbstractButton*>(labelWidget))
                return button->text();
        }
    }
    for (int index = 0; index < layout->count(); ++index) {
        const QString found = formRowLabel(layout->itemAt(index)->layout(), widget);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

// "S&igned on:" → "Signed on".
QString plainLabel(QString text) {
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u"\x01"_s, u"&"_s);
    text = text.trimmed();
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

}  // namespace

TypedField::TypedField(QWidget* parent) : QWidget(parent) {
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"lineEdit"_s);
    m_edit->setMaxLength(maxTypedLength);
    m_edit->installEventFilter(this);
    m_reason = new QLabel(this);
    m_reason->setObjectName(u"reasonLabel"_s);
    m_reason->setWordWrap(true);
    m_reason->setVisible(false);
    QPalette red = m_reason->palette();
    red.setColor(QPalette::WindowText, problemText);
    m_reason->setPalette(red);
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addWidget(m_edit);
    m_layout->addWidget(m_reason, 1);
    setFocusProxy(m_edit);
    setFocusPolicy(m_edit->focusPolicy());
    updateSizePolicy();
    connect(m_edit, &QLineEdit::textEdited, this, &TypedField::onTextEdited);
}

TypedField::~TypedField() = default;

QString TypedField::text() const {
    return m_edit->text();
}

Result<QVariant> TypedField::read(const QString& text) const {
    if (text.trimmed().isEmpty()) {
        if (m_required)
            return failure(requiredReason());
        return emptyValue();
    }
    return interpret(text);
}

QString TypedField::problem() const {
    const Result<QVariant> value = read(text());
    return value ? QString() : value.error().message;
}

void TypedField::showProblem() {
    setShownProblem(problem());
}

void TypedField::setRequired(bool required) {
    if (m_required == required)
        return;
    m_required = required;
    recheck(false);
}

void TypedField::setReasonBeside(bool beside) {
    m_reasonBeside = beside;
    // Beside a reason the line edit keeps the width of its sample; alone in a cell it takes it all.
    m_layout->setStretch(0, beside ? 0 : 1);
    m_reason->setVisible(beside && !m_shownProblem.isEmpty());
    updateWidth();
    updateSizePolicy();
}

// Without a reason shown, the field is as wide as its line edit and button, so that what follows it in a
// row (a student's age) stays beside it; with one, it takes the room the row has, for the reason to wrap
// in. In a cell, it takes the cell.
void TypedField::updateSizePolicy() {
    const bool compact = m_reasonBeside && m_shownProblem.isEmpty();
    setSizePolicy(compact ? QSizePolicy::Fixed : QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void TypedField::setPlaceholderText(const QString& text) {
    m_edit->setPlaceholderText(text);
    updateWidth();
}

void TypedField::setSampleText(const QString& sample) {
    m_sample = sample;
    updateWidth();
}

void TypedField::setHint(const QString& hint) {
    m_hint = hint;
    if (m_shownProblem.isEmpty())
        m_edit->setToolTip(hint);
}

void TypedField::updateWidth() {
    const QFontMetrics metrics = m_edit->fontMetrics();
    int width = metrics.horizontalAdvance(m_sample);
    if (m_reasonBeside)
        width = std::max(width, metrics.horizontalAdvance(m_edit->placeholderText()));
    width += lineEditPadding;
    if (m_reasonBeside) {
        m_edit->setFixedWidth(width);
    } else {
        m_edit->setMinimumWidth(width);
        m_edit->setMaximumWidth(QWIDGETSIZE_MAX);
    }
}

void TypedField::restoreTyping(const QString& text) {
    m_edit->setText(text);
    const Result<QVariant> value = read(text);
    setShownProblem(value ? QString() : value.error().message);
}

void TypedField::discardTyping() {
    m_typing = false;
    const QString shown = display(m_value);
    if (m_edit->text() != shown)
        m_edit->setText(shown);
    showProgramsProblem();
}

// A value the program shows may break the field's rules (an end beyond its bound): it says so at once. An
// empty required field waits for the user to leave it or save: it is often empty only because nothing is
// selected yet (the incident form).
void TypedField::showProgramsProblem() {
    const Result<QVariant> value = read(text());
    setShownProblem(value || text().trimmed().isEmpty() ? QString() : value.error().message);
}

void TypedField::showValue(const QVariant& value) {
    if (value == m_value)
        return;
    m_value = value;
    m_typing = false;
    const QString shown = display(value);
    if (m_edit->text() != shown)
        m_edit->setText(shown);
    showProgramsProblem();
}

void TypedField::recheck(bool showNow) {
    const Result<QVariant> value = read(text());
    if (!value) {
        if (showNow || !m_shownProblem.isEmpty())
            setShownProblem(value.error().message);
        return;
    }
    setShownProblem({});
    if (value.value() == m_value)
        return;
    // The text became a value because a rule changed, mostly while an editor fills its form, where an
    // edit would be ignored: it is announced once that is over, if the text still says the same.
    QMetaObject::invokeMethod(
        this,
        [this, typed = value.value()] {
            const Result<QVariant> now = read(text());
            if (now && now.value() == typed)
                announceIfNew(typed);
        },
        Qt::QueuedConnection);
}

void TypedField::addBesideLineEdit(QWidget* widget) {
    m_layout->insertWidget(m_layout->indexOf(m_reason), widget);
}

void TypedField::typeValue(const QVariant& value) {
    const QString shown = display(value);
    m_edit->setText(shown);
    onLeft();
}

bool TypedField::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit) {
        if (event->type() == QEvent::ShortcutOverride) {
            // Ctrl+Z and Ctrl+Y belong to the editor's undo stack: the line edit's own undo would change the
            // text behind the field's back (it announces no edit).
            const auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
                key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Y)) {
                event->ignore();
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            onLeft();
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            // Enter writes the field as leaving it does; the dialog then ignores the key (it never saves).
            if (key == Qt::Key_Return || key == Qt::Key_Enter)
                onLeft();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TypedField::onTextEdited() {
    if (!m_typing) {
        m_typing = true;
        m_beforeTyping = m_value;
    }
    const Result<QVariant> value = read(text());
    if (!value) {
        // While typing, "08:0" is not a time yet: no red until the user leaves the field; but a problem
        // already shown follows the text.
        if (!m_shownProblem.isEmpty())
            setShownProblem(value.error().message);
        return;
    }
    setShownProblem({});
    announceIfNew(value.value());
    Q_EMIT typed();
}

void TypedField::onLeft() {
    const bool typing = std::exchange(m_typing, false);
    const Result<QVariant> value = read(text());
    if (!value) {
        setShownProblem(value.error().message);
        // The record goes back to what it was before these keys: "2" of "25h" was 02:00 for a moment.
        if (typing)
            announceIfNew(m_beforeTyping);
        Q_EMIT typed();
        return;
    }
    setShownProblem({});
    const QString shown = display(value.value());
    if (m_edit->text() != shown)
        m_edit->setText(shown);
    announceIfNew(value.value());
    Q_EMIT typed();
}

void TypedField::announceIfNew(const QVariant& value) {
    if (value == m_value)
        return;
    m_value = value;
    announce(value);
}

void TypedField::setShownProblem(const QString& problem) {
    if (problem == m_shownProblem)
        return;
    m_shownProblem = problem;
    if (problem.isEmpty()) {
        m_edit->setPalette(QPalette());
    } else {
        QPalette red = m_edit->palette();
        red.setColor(QPalette::Text, problemText);
        red.setColor(QPalette::Base, problemBackground);
        m_edit->setPalette(red);
    }
    m_edit->setToolTip(problem.isEmpty() ? m_hint : problem);
    m_reason->setText(problem);
    m_reason->setToolTip(problem);
    m_reason->setVisible(m_reasonBeside && !problem.isEmpty());
    updateSizePolicy();
    Q_EMIT problemShown(problem);
}

TypedField* firstFieldWithProblem(QWidget* root) {
    for (TypedField* field : root->findChildren<TypedField*>()) {
        if (field->isEnabled() && field->hasProblem())
            return field;
    }
    return nullptr;
}

QString fieldLabel(const TypedField* field) {
    for (const QWidget* widget = field; widget != nullptr && !widget->isWindow();
         widget = widget->parentWidget()) {
        if (const auto* typed = qobject_cast<const TypedField*>(widget);
            typed && !typed->fieldName().isEmpty())
            return typed->fieldName();
        for (const QLabel* label : widget->window()->findChildren<QLabel*>()) {
            if (label->buddy() == widget)
                return plainLabel(label->text());
        }
        const QWidget* parent = widget->parentWidget();
        const QString row = parent ? formRowLabel(parent->layout(), widget) : QString();
        if (!row.isEmpty())
            return plainLabel(row);
    }
    return {};
}

QString fieldProblemMessage(const TypedField* field) {
    const QString label = fieldLabel(field);
    const QString typed = field->text().trimmed();
    const QString reason = field->problem();
    if (typed.isEmpty()) {
        return label.isEmpty() ? TypedField::tr("A field is empty. %1").arg(reason)
                               : TypedField::tr("The field \"%1\" is empty. %2").arg(label, reason);
    }
    return label.isEmpty() ? TypedField::tr("A field holds \"%1\". %2").arg(typed, reason)
                           : TypedField::tr("The field \"%1\" holds \"%2\". %3").arg(label, typed, reason);
}

}  // namespace passerelle::ui
