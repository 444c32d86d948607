#pragma once
// A QTableWidget showing a record's child rows (an agreement's parties, a group's sessions ...): one row per
// child, one column per field, each cell an item or a small editor widget. The editor says which rows there
// are (a key per row), what each cell shows and what an edit does; the table rebuilds its rows only when the
// keys change, so that the cell being edited is never destroyed under the user's hands, and otherwise only
// updates the values that differ.

#include "editor_widgets.h"

#include <QDateTimeEdit>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTimeEdit>

#include <functional>
#include <utility>

namespace passerelle::ui::editor {

class ChildTable {
public:
    enum class Kind {
        Label,     // read-only text
        Text,      // editable text (the table's own item editor)
        Date,      // optional date: the empty text stands for "no date"
        Time,      // a time of day
        DateTime,  // optional date and time
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
    };

    struct Source {
        std::function<QStringList()> keys;  // one per row; the rows are rebuilt when they change
        std::function<QVariant(int row, int column)> value;
        // An edit by the user: the new value, typed as `value` gives it (an invalid QDate/QDateTime for
        // none).
        std::function<void(int row, int column, const QVariant& value)> edited;
        std::function<bool(int row, int column)> enabled = {};  // empty: every cell is enabled
    };

    ChildTable(QTableWidget* table, QList<Column> columns, Source source)
        : m_table(table), m_columns(std::move(columns)), m_source(std::move(source)) {
        m_table->setColumnCount(static_cast<int>(m_columns.size()));
        QStringList headers;
        for (const Column& column : std::as_const(m_columns))
            headers << column.header;
        m_table->setHorizontalHeaderLabels(headers);
        for (int column = 0; column < m_columns.size(); ++column) {
            if (m_columns[column].width > 0)
                m_table->setColumnWidth(column, m_columns[column].width);
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
        m_keys = keys;
        m_table->setRowCount(0);
        m_table->setRowCount(static_cast<int>(keys.size()));
        for (int row = 0; row < keys.size(); ++row) {
            for (int column = 0; column < m_columns.size(); ++column)
                create(row, column);
        }
        if (current >= 0 && current < m_table->rowCount())
            m_table->setCurrentCell(current, 0);
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
            case Kind::Date: {
                auto* edit = new QDateEdit(m_table);
                edit->setCalendarPopup(true);
                setUpOptionalDate(edit, spec.emptyText);
                QObject::connect(edit, &QDateEdit::dateChanged, m_table,
                                 [edit, edited] { edited(dateOf(edit)); });
                m_table->setCellWidget(row, column, edit);
                return;
            }
            case Kind::Time: {
                auto* edit = new QTimeEdit(m_table);
                edit->setDisplayFormat(u"HH:mm"_s);
                QObject::connect(edit, &QTimeEdit::timeChanged, m_table,
                                 [edited](const QTime& time) { edited(time); });
                m_table->setCellWidget(row, column, edit);
                return;
            }
            case Kind::DateTime: {
                auto* edit = new QDateTimeEdit(m_table);
                edit->setCalendarPopup(true);
                edit->setMinimumDateTime(QDateTime(noDate, QTime(0, 0)));
                edit->setSpecialValueText(spec.emptyText);
                edit->setDisplayFormat(u"dd/MM/yyyy HH:mm"_s);
                edit->setDateTime(edit->minimumDateTime());
                QObject::connect(edit, &QDateTimeEdit::dateTimeChanged, m_table, [edit, edited] {
                    edited(edit->dateTime() == edit->minimumDateTime() ? QDateTime() : edit->dateTime());
                });
                m_table->setCellWidget(row, column, edit);
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
        if (auto* edit = qobject_cast<QDateTimeEdit*>(widget)) {
            if (m_columns[column].kind == Kind::Date) {
                showDate(static_cast<QDateEdit*>(edit), value.toDate());
            } else if (m_columns[column].kind == Kind::Time) {
                const QTime time = value.toTime().isValid() ? value.toTime() : QTime(0, 0);
                if (edit->time() != time)
                    edit->setTime(time);
            } else {
                const QDateTime shown =
                    value.toDateTime().isValid() ? value.toDateTime() : edit->minimumDateTime();
                if (edit->dateTime() != shown)
                    edit->setDateTime(shown);
            }
        } else if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
            showNumber(spin, value.toInt());
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            selectData(combo, value.toString(), {});
        }
    }

    QTableWidget* m_table;
    QList<Column> m_columns;
    Source m_source;
    QStringList m_keys;
};

}  // namespace passerelle::ui::editor
