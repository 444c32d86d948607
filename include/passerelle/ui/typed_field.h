#pragma once

#include "passerelle/domain/result.h"

#include <QVariant>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace passerelle::ui {

// What TimeField and DateField share (issue 11): a plain line edit the user types into freely, read when
// the text changes. A text that is a value becomes the field's value at once and is announced (the editor
// records it, with its undo step and its rules); leaving the field writes it the usual way ("0800" becomes
// "08:00"). A text that is not a value is never replaced nor dropped: it stays as typed, in red, with its
// reason beside it and as the tooltip. The record does not take it: leaving the field with such a text
// gives back the value the field had before the user began typing (the first keys of "25h", "2", were a
// time for a moment), and the editors refuse to save while a field holds one (firstFieldWithProblem).
//
// The program's setter (loading, undo) announces nothing and touches the text only when the value
// differs, so that the cursor of the field being typed in stays where it is.
class TypedField : public QWidget {
    Q_OBJECT

public:
    ~TypedField() override;

    QLineEdit* lineEdit() const { return m_edit; }
    QLabel* reasonLabel() const { return m_reason; }
    QString text() const;
    // Why the text is not a value; empty when it is one (the empty text is one, "none", unless required).
    QString problem() const;
    bool hasProblem() const { return !problem().isEmpty(); }
    // The problem shown in red now (empty: none); a problem appears once the user leaves the field.
    const QString& shownProblem() const { return m_shownProblem; }
    // Shows the field's problem now, as leaving it does.
    void showProblem();
    // A field whose empty text is a problem (an incident's date). The problem shows when the user leaves
    // the field or saves, not at once.
    void setRequired(bool required);
    bool isRequired() const { return m_required; }
    // How a message names the field ("Tuesday afternoon, end"); empty: its label in the form.
    void setFieldName(const QString& name) { m_name = name; }
    const QString& fieldName() const { return m_name; }
    // Where there is no room beside the field (a table cell, the timetable's grid) the reason is only the
    // tooltip, and the line edit takes the field's whole width; the owner may show the reason elsewhere
    // (problemShown).
    void setReasonBeside(bool beside);
    // What the empty field shows, greyed ("Not signed").
    void setPlaceholderText(const QString& text);
    // Puts back a text the user typed (a table row rebuilt), as if typed again but announcing nothing.
    void restoreTyping(const QString& text);
    // Shows the value again, dropping whatever the user typed that was not one: a record loaded afresh.
    void discardTyping();

Q_SIGNALS:
    // The problem shown changed; empty when the field shows none any more.
    void problemShown(const QString& problem);
    // The user typed a text that is a value, or left the field: owners that combine fields (a date and a
    // time) look at their parts again.
    void typed();

protected:
    explicit TypedField(QWidget* parent);

    // The value of a non-empty text, or why it is none.
    virtual Result<QVariant> interpret(const QString& text) const = 0;
    virtual QString display(const QVariant& value) const = 0;
    // The field's "none": an invalid QTime or QDate in a QVariant.
    virtual QVariant emptyValue() const = 0;
    virtual QString requiredReason() const = 0;
    // The user gave the field a new value: the subclass emits its typed signal.
    virtual void announce(const QVariant& value) = 0;

    // The width of this sample text (and of the placeholder) is what the line edit needs.
    void setSampleText(const QString& sample);
    // The tooltip while the text is a value: what may be typed.
    void setHint(const QString& hint);
    const QVariant& value() const { return m_value; }
    // From the program: no signal; the text is rewritten only when the value differs.
    void showValue(const QVariant& value);
    // The rules of the field changed (a bound): the text is read again. A text that is no longer a value
    // shows its problem now when `showNow`; one that became a value is announced once the current event
    // is over (never while an editor fills its form).
    void recheck(bool showNow);
    // A widget between the line edit and the reason (the calendar button).
    void addBesideLineEdit(QWidget* widget);
    bool eventFilter(QObject* watched, QEvent* event) override;
    // The user chose a value another way (the calendar): written and announced as if typed.
    void typeValue(const QVariant& value);

private:
    Result<QVariant> read(const QString& text) const;
    void onTextEdited();
    void onLeft();
    void setShownProblem(const QString& problem);
    void showProgramsProblem();
    void updateWidth();
    void updateSizePolicy();
    void announceIfNew(const QVariant& value);

    QLineEdit* m_edit = nullptr;
    QLabel* m_reason = nullptr;
    QHBoxLayout* m_layout = nullptr;
    QVariant m_value;  // the last value; stays while the text is not one
    // The value before the keys typed since the field was last left, which an invalid text goes back to.
    QVariant m_beforeTyping;
    bool m_typing = false;
    QString m_shownProblem;
    QString m_name;
    QString m_sample;
    QString m_hint;  // the tooltip while there is no problem
    bool m_required = false;
    bool m_reasonBeside = true;
};

// The first enabled field under `root` whose text is not a value, in the order of the form; null when every
// field holds a value.
TypedField* firstFieldWithProblem(QWidget* root);
// The field's name for a message: its own (setFieldName), or the text of the label of its form row.
QString fieldLabel(const TypedField* field);
// What refusing to save because of `field` tells the user, naming the field, what it holds and why that is
// not a value: The field "Birth date" holds "32/01/2012". There is no day 32 in January 2012.
QString fieldProblemMessage(const TypedField* field);

}  // namespace passerelle::ui
