#pragma once
// A search field beside a combo box of records: the combo lists at most editor::comboLimit records, which is
// a school's worth; in a département-size database the user types a few letters of the name (accent- and
// case-blind, as in the lists) and the combo is refilled with the records that match.

#include "editor_widgets.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

#include <functional>

namespace passerelle::ui::editor {

// Same delay as the lists' search box: no query on every keystroke of a fast typist.
constexpr int recordSearchDebounceMs = 250;

// Fills `combo` with "(none)" and the records of type T that match `search`'s words and `accept`, keeping
// the current choice selected (and listed even when it does not match); the combo's signals are blocked, so
// refilling it is not an edit. `noneLabel` is the first item's text.
template <typename T>
void refillCombo(QComboBox* combo, storage::Database& database, const QString& words,
                 const QString& noneLabel, const std::function<QString(const T&)>& label,
                 const std::function<bool(const T&)>& accept) {
    const QSignalBlocker blocker(combo);
    const QString currentId = combo->currentData().toString();
    const QString currentText = combo->currentText();
    combo->clear();
    combo->addItem(noneLabel, QString());
    if (!currentId.isEmpty())
        combo->addItem(currentText, currentId);
    storage::ListQuery query;
    query.text = words;
    for (const T& record : listRecords<T>(database, query)) {
        if ((!accept || accept(record)) && record.id != currentId)
            combo->addItem(label(record), record.id);
    }
    combo->setCurrentIndex(currentId.isEmpty() ? 0 : 1);
}

// Refills the combo as the user types in `search`; the line edit owns the timer.
template <typename T>
void attachRecordSearch(QLineEdit* search, QComboBox* combo, storage::Database& database,
                        const QString& noneLabel, std::function<QString(const T&)> label,
                        std::function<bool(const T&)> accept = {}) {
    auto* delay = new QTimer(search);
    delay->setSingleShot(true);
    delay->setInterval(recordSearchDebounceMs);
    QObject::connect(search, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    QObject::connect(delay, &QTimer::timeout, combo, [search, combo, &database, noneLabel, label, accept] {
        refillCombo<T>(combo, database, search->text(), noneLabel, label, accept);
        // Exactly one match: it is the one the user is looking for.
        if (!search->text().isEmpty() && combo->count() == 2 && combo->currentIndex() == 0)
            combo->setCurrentIndex(1);
    });
}

}  // namespace passerelle::ui::editor
