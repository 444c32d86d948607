#pragma once

#include "passerelle/ui/record_editor.h"

#include <QDate>

#include <memory>

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

enum class EditorKind { Organisation, Student, Agreement, Measure, GroupActivity };

// The editor of one kind of record; `id` empty for a new record. The window, the lists and the dashboard
// open editors through this one place.
std::unique_ptr<RecordEditorDialog> makeEditor(EditorKind kind, storage::Database& database,
                                               const QString& id, const QDate& today, QWidget* parent);

}  // namespace passerelle::ui
