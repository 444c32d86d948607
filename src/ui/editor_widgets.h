#pragma once
// Small helpers every record editor uses to show a record in its widgets and to read it back. They touch a
// widget only when its value differs, so that the cursor of the field being typed in stays where it is.

#include "passerelle/domain/input_limits.h"
#include "passerelle/domain/person.h"
#include "passerelle/domain/student.h"
#include "passerelle/storage/repositories.h"
#include "passerelle/ui/date_field.h"
#include "passerelle/ui/time_field.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <optional>
#include <utility>

namespace passerelle::ui::editor {

using namespace Qt::Literals::StringLiterals;

// Lists in the combo boxes: enough for a school's records; an editor's current reference is always added.
constexpr int comboLimit = 2000;

// A date that may be left empty: `emptyText` (greyed) says what empty means ("Not signed"); `today` places
// two-digit years and opens the calendar. The field itself keeps to the exchange format's years.
inline void setUpOptionalDate(DateField* field, const QString& emptyText, const QDate& today) {
    field->setPlaceholderText(emptyText);
    field->setToday(today);
}

// The date last typed or shown (an invalid QDate: none). A text that is not a date does not count.
inline QDate dateOf(const DateField* field) {
    return field->date();
}

inline void showDate(DateField* field, const QDate& date) {
    field->setDate(date);  // touches the text only when the date differs
}

inline void showTime(TimeField* field, const QTime& time) {
    field->setTime(time);  // touches the text only when the time differs
}

inline void showText(QLineEdit* edit, const QString& text) {
    if (edit->text() != text)
        edit->setText(text);
}

inline void showText(QPlainTextEdit* edit, const QString& text) {
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

inline void showCheck(QCheckBox* box, bool checked) {
    if (box->isChecked() != checked)
        box->setChecked(checked);
}

inline void showNumber(QSpinBox* box, int value) {
    if (box->value() != value)
        box->setValue(value);
}

// Selects the item holding `id`, adding it (with `label`) when the list does not have it.
inline void selectData(QComboBox* combo, const QString& id, const QString& label) {
    int index = combo->findData(id);
    if (index < 0) {
        combo->addItem(label.isEmpty() ? id : label, id);
        index = combo->count() - 1;
    }
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

inline QString studentLabel(const Student& student) {
    return student.className.isEmpty() ? student.fullName()
                                       : u"%1 (%2)"_s.arg(student.fullName(), student.className);
}

// The civilities a person or a legal representative may carry (isKnownCivility), as (label, value): « — »
// for none. They are the documents' own words, the same in every language of the screen.
inline QList<std::pair<QString, QString>> civilityChoices() {
    return {{u"—"_s, QString()}, {u"M."_s, u"M."_s}, {u"Mme"_s, u"Mme"_s}};
}

inline QString civilityToolTip() {
    return QCoreApplication::translate(
        "Civility",
        "How the documents name this person: « M. » or « Mme », as in « représenté par M. … » or "
        "« représentée par Mme … ». « — »: not specified; the documents then write « représenté(e) ».");
}

inline QString personLabel(const Person& person) {
    return person.role.isEmpty() ? person.fullName() : u"%1 — %2"_s.arg(person.fullName(), person.role);
}

// Puts `extra` to the right of `field` in its form row (a search box beside a list, a method beside a date).
inline void addBeside(QFormLayout* form, QWidget* field, QWidget* extra) {
    int row = 0;
    QFormLayout::ItemRole role{};
    form->getWidgetPosition(field, &row, &role);
    if (row < 0)
        return;
    auto* pair = new QHBoxLayout;
    form->removeWidget(field);
    pair->addWidget(field, 1);
    pair->addWidget(extra);
    // A field that does not grow (a date without a reason shown) keeps `extra` right beside it.
    pair->addStretch(0);
    form->setLayout(row, QFormLayout::FieldRole, pair);
}

template <typename T>
std::optional<T> findRecord(storage::Database& database, const QString& id) {
    if (id.isEmpty())
        return std::nullopt;
    Result<T> found = storage::Repository<T>(database).find(id);
    if (!found)
        return std::nullopt;
    return std::move(found).value();
}

template <typename T>
QList<T> listRecords(storage::Database& database, storage::ListQuery query) {
    query.limit = comboLimit;
    Result<storage::Page<T>> page = storage::Repository<T>(database).list(query);
    if (!page)
        return {};
    return page->items;
}

// The people of one organisation (a school's staff, a host's tutors), for the editors' person lists.
inline QList<Person> peopleOf(storage::Database& database, const QString& organisationId) {
    if (organisationId.isEmpty())
        return {};
    storage::ListQuery query;
    query.schoolId = organisationId;  // for people: their organisation
    return listRecords<Person>(database, query);
}

}  // namespace passerelle::ui::editor
