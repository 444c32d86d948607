#pragma once

// Saving a list or a calendar from the GUI (issue 13, « Lists out »): the file dialog, the writer chosen by
// the file type (CSV or XLSX for a table, iCalendar for events), the message naming the file when it cannot
// be written. The lists' « Exporter… » buttons and the editors' attendance and calendar buttons share them.

#include "passerelle/exchange/table_export.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QWidget;

namespace passerelle::ui {

// Asks where to save `table` (« CSV (séparateur ;) » or « Classeur Excel (XLSX) », the last choice and folder
// remembered), writes it and says so in a message box when it cannot. `suggestedName` is the file name
// without its extension (« eleves »). Returns the path written, or empty when the user cancelled or the file
// could not be written.
QString saveTableAs(QWidget* parent, const exchange::Table& table, const QString& suggestedName);

// Writes `table` to `path` in the format its extension names (.xlsx: XLSX, anything else: CSV). The error
// message is in the user's words and names the file.
Status writeTableFile(const exchange::Table& table, const QString& path);

// Asks where to save an iCalendar text (.ics) and writes it, private and whole. Returns the path written, or
// empty.
QString saveCalendarAs(QWidget* parent, const QByteArray& calendar, const QString& suggestedName);

// What asks for the file to save: QFileDialog::getSaveFileName's arguments, the chosen path returned (empty:
// cancelled). Tests put a chooser that answers as a user would have; the system's dialog cannot be driven
// headless (its completer and default button wait for an active window).
using SaveFileChooser =
    std::function<QString(QWidget* parent, const QString& caption, const QString& suggestedPath,
                          const QString& filters, QString* selectedFilter)>;
// Replaces the file dialog of saveTableAs and saveCalendarAs; an empty function restores it.
void setSaveFileChooser(SaveFileChooser chooser);

}  // namespace passerelle::ui
