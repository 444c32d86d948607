#pragma once
// Small helpers every record editor uses to show a record in its widgets and to read it back. They touch a
// widget only when its value differs, so that the cursor of the field being typed in stays where it is.

#include "passerelle/domain/input_limits.h"
#include "passerelle/domain/person.h"
#include "passerelle/domain/student.h"
#include "passerelle/storage/repositories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <optional>

namespace passerelle::ui::editor {

using namespace Qt::Literals::StringLiterals;

// The date edits' minimum stands for "no date", shown as the special value text.
inline const QDate noDate{2000, 1, 1};
// Lists in the combo boxes: enough for a school's records; an editor's current reference is always added.
constexpr int comboLimit = 2000;

inline void setUpOptionalDate(QDateEdit* edit, const QString& emptyText) {
    edit->setMinimumDate(noDate);
    // The exchange format's last year (input_limits.h): no date typed here is one a file could not carry.
    edit->setMaximumDate(QDate(input::kLastYear, 12, 31));
    edit->setSpecialValueText(emptyText);
    edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    edit->setDate(noDate);
}

inline QDate dateOf(const QDateEdit* edit) {
    return edit->date() == noDate ? QDate() : edit->date();
}

inline void showDate(QDateEdit* edit, const QDate& date) {
    const QDate shown = date.isValid() ? date : noDate;
    if (edit->date() != shown)
        edit->setDate(shown);
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
