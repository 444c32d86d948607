#pragma once
// A QTableWidget showing a record's child rows (an agreement's parties, a group's sessions ...): one row per
// child, one column per field, each cell an item or a small editor widget. The editor says which rows there
// are (a key per row), what each cell shows and what an edit does; the table rebuilds its rows only when the
// keys change, so that the cell being edited is never destroyed under the user's hands, and otherwise only
// updates the values that differ.

#include "editor_widgets.h"
#include "passerelle/ui/date_time_field.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableWidget>

#include <functional>
#include <utility>

namespace passerelle::ui::editor {

// A text cell whose editor checks what is typed (ChildTable::Column::checkTyping), within the one-line bound.
class CheckedCellDelegate final : public QStyledItemDelegate {
public:
    CheckedCellDelegate(std::function<void(QLineEdit*)> check, QObject* parent)
        : QStyledItemDelegate(parent), m_check(std::move(check)) {}
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            line->setMaxLength(std::min(line->maxLength(), input::kMaxNameLength));
            m_check(line);
        }
        return editor;
    }

private:
    std::function<void(QLineEdit*)> m_check;
};

class ChildTable {
public:
    enum class Kind {
        Label,     // read-only text
        Text,      // editable text (the table's own item editor)
        Date,      // optional date (DateField): the empty text stands for "no date"
        Time,      // a time of day (TimeField)
        DateTime,  // optional date and time (DateTimeField)
        Number,    // a whole number, 0 and up
        Check,     // a check box
        Choice,    // a combo box; its value is the chosen item's data (a string)
    };
    using Choices = QList<std::pair<QString, QString>>;  // label, data

    struct Column {
        QString header;
        Kind kind = Kind::Text;
        int width = 0;                            // 0: the table's default
        QString emptyText = {};                   // Date, DateTime: what "no value" shows
        std::function<Choices(int row)> choices;  // Choice: the items of that row's combo box
        // Text: what the cell's editor refuses as it is typed (a phone's letters): refuseNonPhoneTyping ...
        std::function<void(QLineEdit*)> checkTyping = {};
        QString toolTip = {};  // what the column holds, in plain words: on its header and its cells' widgets
    };

    struct Source {
        std::function<QStringList()> keys;  // one per row; the rows are rebuilt when they change
        std::function<QVariant(int row, int column)> value;
        // An edit by the user: the new value, typed as `value` gives it (an invalid QDate/QDateTime for
        // none).
        std::function<void(int row, int column, const QVariant& value)> edited;
        std::function<bool(int row, int column)> enabled = {};  // empty: every cell is enabled
    };

    // `today` places two-digit years in the date cells and opens their calendars.
    ChildTable(QTableWidget* table, QList<Column> columns, Source source, const QDate& today = {})
        : m_table(table), m_columns(std::move(columns)), m_source(std::move(source)), m_today(today) {
        m_table->setColumnCount(static_cast<int>(m_columns.size()));
        QStringList headers;
        for (const Column& column : std::as_const(m_columns))
            headers << column.header;
        m_table->setHorizontalHeaderLabels(headers);
        for (int column = 0; column < m_columns.size(); ++column) {
            if (!m_columns[column].toolTip.isEmpty())
                m_table->horizontalHeaderItem(column)->setToolTip(m_columns[column].toolTip);
        }
        for (int column = 0; column < m_columns.size(); ++column) {
            if (m_columns[column].width > 0)
                m_table->setColumnWidth(column, m_columns[column].width);
        }
        for (int column = 0; column < m_columns.size(); ++column) {
            if (m_columns[column].checkTyping)
                m_table->setItemDelegateForColumn(
                    column, new CheckedCellDelegate(m_columns[column].checkTyping, m_table));
        }
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setSelectionMode(QAbstractItemView::SingleSelection);
        QObject::connect(m_table, &QTableWidget::itemChanged, m_table, [this](QTableWidgetItem* item) {
            const Kind kind = m_columns.value(item->column()).kind;
            if (kind == Kind::Text)
                m_source.edited(item->row(), item->column(), item->text());
            else if (kind == Kind::Check)
                m_source.edited(item->row(), item->column(), item->checkState() == Qt::Checked);
        });
    }

    QTableWidget* table() const { return m_table; }

    // Shows the rows as the source gives them now.
    void show() {
        const QStringList keys = m_source.keys();
        if (keys != m_keys || m_table->rowCount() != keys.size())
            rebuild(keys);
        const QSignalBlocker blocker(m_table);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            for (int column = 0; column < m_columns.size(); ++column)
                update(row, column);
        }
    }

private:
    void rebuild(const QStringList& keys) {
        const QSignalBlocker blocker(m_table);
        const int current = m_table->currentRow();
        // What the user typed that is not a value yet must not vanish when a row is added: it is put back
        // into the new widgets of the same rows. (Rows removed or reordered renumber index keys, so then
        // there is no telling which row a text belonged to.)
        const bool appended = keys.size() >= m_keys.size() && keys.mid(0, m_keys.size()) == m_keys;
        const QMap<std::pair<int, int>, QString> typing =
            appended ? typingNotYetValues() : QMap<std::pair<int, int>, QString>();
        m_keys = keys;
        // The table deletes the old cell widgets later (one may be emitting the edit that got here): until
        // then they are disabled, so that no check of the form counts what they hold.
        for (int row = 0; row < m_table->rowCount(); ++row) {
            for (int column = 0; column < m_table->columnCount(); ++column) {
                if (QWidget* widget = m_table->cellWidget(row, column))
                    widget->setEnabled(false);
            }
        }
        m_table->setRowCount(0);
        m_table->setRowCount(static_cast<int>(keys.size()));
        for (int row = 0; row < keys.size(); ++row) {
            for (int column = 0; column < m_columns.size(); ++column) {
                create(row, column);
                if (QWidget* widget = m_table->cellWidget(row, column))
                    widget->setToolTip(m_columns[column].toolTip);
                update(row, column);
            }
        }
        for (auto [cell, text] : typing.asKeyValueRange()) {
            if (auto* field = qobject_cast<TypedField*>(m_table->cellWidget(cell.first, cell.second)))
                field->restoreTyping(text);
        }
        if (current >= 0 && current < m_table->rowCount())
            m_table->setCurrentCell(current, 0);
    }

    // The texts of the date and time cells that are not values, by cell (row, column).
    QMap<std::pair<int, int>, QString> typingNotYetValues() const {
        QMap<std::pair<int, int>, QString> typing;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            for (int column = 0; column < m_table->columnCount(); ++column) {
                const auto* field = qobject_cast<TypedField*>(m_table->cellWidget(row, column));
                if (field != nullptr && field->hasProblem())
                    typing.insert({row, column}, field->text());
            }
        }
        return typing;
    }

    // A cell's name in a message: "Date, row 2".
    QString cellName(int row, int column) const {
        return QCoreApplication::translate("ChildTable", "%1, row %2")
            .arg(m_columns[column].header)
            .arg(row + 1);
    }

    void create(int row, int column) {
        const Column& spec = m_columns[column];
        const auto edited = [this, row, column](const QVariant& value) {
            m_source.edited(row, column, value);
        };
        switch (spec.kind) {
            case Kind::Label: {
                auto* item = new QTableWidgetItem();
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                m_table->setItem(row, column, item);
                return;
            }
            case Kind::Text:
                m_table->setItem(row, column, new QTableWidgetItem());
                return;
            case Kind::Check: {
                auto* item = new QTableWidgetItem();
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
                m_table->setItem(row, column, item);
                return;
            }
            // No room in a cell for a reason beside the field: it is the tooltip, and the message that
            // refuses to save names the cell.
            case Kind::Date: {
                auto* field = new DateField(m_table);
                setUpOptionalDate(field, spec.emptyText, m_today);
                field->setReasonBeside(false);
                field->setFieldName(cellName(row, column));
                QObject::connect(field, &DateField::dateEdited, m_table,
                                 [edited](const QDate& date) { edited(date); });
                m_table->setCellWidget(row, column, field);
                return;
            }
            case Kind::Time: {
                auto* field = new TimeField(m_table);
                field->setReasonBeside(false);
                field->setFieldName(cellName(row, column));
                QObject::connect(field, &TimeField::timeEdited, m_table,
                                 [edited](const QTime& time) { edited(time); });
                m_table->setCellWidget(row, column, field);
                return;
            }
            case Kind::DateTime: {
                auto* field = new DateTimeField(m_table);
                field->setToday(m_today);
                field->setPlaceholderText(spec.emptyText);
                field->setReasonBeside(false);
                field->setFieldName(cellName(row, column));
                QObject::connect(field, &DateTimeField::dateTimeEdited, m_table,
                                 [edited](const QDateTime& at) { edited(at); });
                m_table->setCellWidget(row, column, field);
                return;
            }
            case Kind::Number: {
                auto* spin = new QSpinBox(m_table);
                spin->setRange(0, 9999);
                QObject::connect(spin, &QSpinBox::valueChanged, m_table,
                                 [edited](int value) { edited(value); });
                m_table->setCellWidget(row, column, spin);
                return;
            }
            case Kind::Choice: {
                auto* combo = new QComboBox(m_table);
                if (spec.choices) {
                    for (const auto& [label, data] : spec.choices(row))
                        combo->addItem(label, data);
                }
                QObject::connect(combo, &QComboBox::currentIndexChanged, m_table,
                                 [combo, edited] { edited(combo->currentData().toString()); });
                m_table->setCellWidget(row, column, combo);
                return;
            }
        }
    }

    void update(int row, int column) {
        const QVariant value = m_source.value(row, column);
        const bool enabled = !m_source.enabled || m_source.enabled(row, column);
        if (QTableWidgetItem* item = m_table->item(row, column)) {
            if (m_columns[column].kind == Kind::Check) {
                const Qt::CheckState state = value.toBool() ? Qt::Checked : Qt::Unchecked;
                if (item->checkState() != state)
                    item->setCheckState(state);
            } else if (item->text() != value.toString()) {
                item->setText(value.toString());
            }
            Qt::ItemFlags flags = item->flags();
            flags.setFlag(Qt::ItemIsEnabled, enabled);
            if (item->flags() != flags)
                item->setFlags(flags);
            return;
        }
        QWidget* widget = m_table->cellWidget(row, column);
        if (widget == nullptr)
            return;
        const QSignalBlocker blocker(widget);
        widget->setEnabled(enabled);
        if (auto* date = qobject_cast<DateField*>(widget)) {
            showDate(date, value.toDate());
        } else if (auto* time = qobject_cast<TimeField*>(widget)) {
            showTime(time, value.toTime());
        } else if (auto* moment = qobject_cast<DateTimeField*>(widget)) {
            moment->setDateTime(value.toDateTime());
        } else if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
            showNumber(spin, value.toInt());
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            selectData(combo, value.toString(), {});
        }
    }

    QTableWidget* m_table;
    QList<Column> m_columns;
    Source m_source;
    QDate m_today;
    QStringList m_keys;
};

}  // namespace passerelle::ui::editor
