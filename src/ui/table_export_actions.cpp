#include "passerelle/ui/table_export_actions.h"

#include "passerelle/runtime/private_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace passerelle::ui {
namespace {

// Where the last export went and in which format: the next export starts there.
const QString kLastFolderKey = QStringLiteral("export/lastFolder");
const QString kLastTableFormatKey = QStringLiteral("export/lastTableFormat");  // "csv" or "xlsx"

// The texts' translation context (the functions are free, not members of a QObject).
class TableExport {
    Q_DECLARE_TR_FUNCTIONS(TableExport)
};

SaveFileChooser& installedChooser() {
    static SaveFileChooser installed;
    return installed;
}

QString askSaveFile(QWidget* parent, const QString& caption, const QString& suggestedPath,
                    const QString& filters, QString* selectedFilter) {
    if (installedChooser())
        return installedChooser()(parent, caption, suggestedPath, filters, selectedFilter);
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filters, selectedFilter);
}

QString startFolder() {
    const QString remembered = QSettings().value(kLastFolderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberFolder(const QString& path) {
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
}

// The name given, with the extension the chosen type needs when the user typed none (or another one).
QString withExtension(const QString& path, const QString& extension) {
    if (QFileInfo(path).suffix().compare(extension, Qt::CaseInsensitive) == 0)
        return path;
    return path + u'.' + extension;
}

Status writeError(const QString& path, const QString& reason) {
    return Error{
        TableExport::tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), reason),
        path, ErrorKind::Io};
}

}  // namespace

void setSaveFileChooser(SaveFileChooser chooser) {
    installedChooser() = std::move(chooser);
}

Status writeTableFile(const exchange::Table& table, const QString& path) {
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        if (const Status written = exchange::writeXlsx(table, path); !written)
            return writeError(path, written.error().message);
        return success();
    }
    const auto bytes = exchange::writeCsv(table);
    if (!bytes)
        return writeError(path, bytes.error().message);
    if (const Status written = runtime::writeFileAtomically(path, *bytes); !written)
        return writeError(path, written.error().message);
    return success();
}

QString saveTableAs(QWidget* parent, const exchange::Table& table, const QString& suggestedName) {
    const QString csvFilter = TableExport::tr("CSV, semicolon-separated (*.csv)");
    const QString xlsxFilter = TableExport::tr("Excel workbook (*.xlsx)");
    QString selectedFilter =
        QSettings().value(kLastTableFormatKey).toString() == QLatin1String("xlsx") ? xlsxFilter : csvFilter;
    const QString extension = selectedFilter == xlsxFilter ? QStringLiteral("xlsx") : QStringLiteral("csv");
    QString path = askSaveFile(parent, TableExport::tr("Export the List"),
                               QDir(startFolder()).filePath(suggestedName + u'.' + extension),
                               csvFilter + QStringLiteral(";;") + xlsxFilter, &selectedFilter);
    if (path.isEmpty())
        return {};
    // The extension typed wins over the type chosen in the list: « liste.csv » is a CSV whatever the list
    // says.
    const QString typed = QFileInfo(path).suffix().toLower();
    const bool xlsx =
        typed == QLatin1String("xlsx") || (typed != QLatin1String("csv") && selectedFilter == xlsxFilter);
    path = withExtension(path, xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    QSettings().setValue(kLastTableFormatKey, xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    rememberFolder(path);
    if (const Status written = writeTableFile(table, path); !written) {
        QMessageBox::warning(parent, TableExport::tr("Export the List"), written.error().message);
        return {};
    }
    return path;
}

QString saveCalendarAs(QWidget* parent, const QByteArray& calendar, const QString& suggestedName) {
    QString path = askSaveFile(parent, TableExport::tr("Export to a Calendar"),
                               QDir(startFolder()).filePath(suggestedName + u".ics"),
                               TableExport::tr("iCalendar (*.ics)"), nullptr);
    if (path.isEmpty())
        return {};
    path = withExtension(path, QStringLiteral("ics"));
    rememberFolder(path);
    if (const Status written = runtime::writeFileAtomically(path, calendar); !written) {
        QMessageBox::warning(parent, TableExport::tr("Export to a Calendar"),
                             writeError(path, written.error().message).error().message);
        return {};
    }
    return path;
}

}  // namespace passerelle::ui
