#include "passerelle/runtime/private_files.h"
#include "table_internal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace passerelle::exchange {
namespace {

constexpr double minimumWidth = 6;
constexpr double maximumWidth = 60;
constexpr qsizetype maximumCellText = 32767;  // Excel's limit for one cell

// The sheet name Excel accepts: none of []:*?/\, no apostrophe at either end, at most 31 characters.
QString sheetName(const QString& title) {
    QString name;
    for (const QChar c : title)
        name += QStringLiteral("[]:*?/\\").contains(c) || c.isSpace() ? QChar(u' ') : c;
    name = name.simplified();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    QList<uint> codePoints = name.toUcs4();
    if (codePoints.size() > 31) {
        codePoints.resize(31);
        name = QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData()), codePoints.size())
                   .trimmed();
    }
    return name.isEmpty() ? QStringLiteral("Liste") : name;
}

// The width a cell needs, in characters: its longest line.
double textWidth(const QString& text) {
    qsizetype widest = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n')))
        widest = std::max(widest, line.size());
    return static_cast<double>(widest);
}

double cellWidth(const TableCell& cell) {
    if (const auto* text = std::get_if<QString>(&cell))
        return textWidth(*text);
    if (std::holds_alternative<QDate>(cell))
        return 10;
    if (const auto* number = std::get_if<double>(&cell))
        return static_cast<double>(detail::frenchNumber(*number).size());
    if (const auto* integer = std::get_if<qint64>(&cell))
        return static_cast<double>(QString::number(*integer).size());
    return 0;
}

struct WorkbookCloser {
    void operator()(lxw_workbook* workbook) const {
        if (workbook != nullptr)
            workbook_close(workbook);
    }
};

Error xlsxError(const QString& what, lxw_error error, const QString& path) {
    return failure(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(lxw_strerror(error))), path,
                   ErrorKind::Io);
}

}  // namespace

Status writeXlsx(const Table& table, const QString& path) {
    if (const Status checked = checkTable(table); !checked)
        return checked.error();
    if (table.rows.size() + 1 > static_cast<qsizetype>(LXW_ROW_MAX))
        return failure(QStringLiteral("too many rows for a spreadsheet (%1)").arg(table.rows.size()), path);
    if (table.columns.size() > static_cast<qsizetype>(LXW_COL_MAX))
        return failure(QStringLiteral("too many columns for a spreadsheet (%1)").arg(table.columns.size()),
                       path);

    QTemporaryDir folder;  // 0700, removed with what libxlsxwriter leaves in it
    if (!folder.isValid()) {
        return failure(QStringLiteral("no temporary folder: %1").arg(folder.errorString()), path,
                       ErrorKind::Io);
    }
    const QByteArray workPath = QFile::encodeName(folder.filePath(QStringLiteral("list.xlsx")));
    QByteArray tmpdir = QFile::encodeName(QDir::toNativeSeparators(folder.path()));
    lxw_workbook_options options{};
    options.tmpdir = tmpdir.data();
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new_opt(workPath.constData(), &options));
    if (!workbook)
        return failure(QStringLiteral("cannot start a spreadsheet"), path, ErrorKind::Io);

    const QByteArray name = sheetName(table.title).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), name.constData());
    lxw_format* bold = workbook_add_format(workbook.get());
    lxw_format* date = workbook_add_format(workbook.get());
    if (sheet == nullptr || bold == nullptr || date == nullptr)
        return failure(QStringLiteral("cannot start a spreadsheet"), path, ErrorKind::Io);
    format_set_bold(bold);
    format_set_num_format(date, "dd/mm/yyyy");

    QList<double> widths(table.columns.size(), minimumWidth);
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const QString& header = table.columns.at(c).header;
        if (header.size() > maximumCellText)
            return failure(QStringLiteral("a header is too long for a spreadsheet cell"), path);
        const auto column = static_cast<lxw_col_t>(c);
        if (const lxw_error error =
                worksheet_write_string(sheet, 0, column, header.toUtf8().constData(), bold))
            return xlsxError(QStringLiteral("header « %1 »").arg(header), error, path);
        widths[c] = std::max(widths[c], textWidth(header) + 3);  // bold, and the filter's button
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        const QList<TableCell>& cells = table.rows.at(r);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const TableCell& cell = cells.at(c);
            const auto column = static_cast<lxw_col_t>(c);
            lxw_error error = LXW_NO_ERROR;
            if (const auto* text = std::get_if<QString>(&cell)) {
                if (text->size() > maximumCellText) {
                    return failure(
                        QStringLiteral("row %1: the text of « %2 » is too long for a spreadsheet cell")
                            .arg(r + 1)
                            .arg(table.columns.at(c).header),
                        path);
                }
                if (!text->isEmpty())
                    error = worksheet_write_string(sheet, row, column, text->toUtf8().constData(), nullptr);
            } else if (const auto* day = std::get_if<QDate>(&cell); day && day->isValid()) {
                if (day->year() >= 1900 && day->year() <= 9999) {
                    lxw_datetime value{day->year(), day->month(), day->day(), 0, 0, 0.0};
                    error = worksheet_write_datetime(sheet, row, column, &value, date);
                } else {  // outside the days a spreadsheet counts: kept readable as text
                    error = worksheet_write_string(sheet, row, column,
                                                   detail::frenchDate(*day).toUtf8().constData(), nullptr);
                }
            } else if (const auto* number = std::get_if<double>(&cell)) {
                error = worksheet_write_number(sheet, row, column, *number, nullptr);
            } else if (const auto* integer = std::get_if<qint64>(&cell)) {
                error = worksheet_write_number(sheet, row, column, static_cast<double>(*integer), nullptr);
            }
            if (error != LXW_NO_ERROR)
                return xlsxError(QStringLiteral("row %1, « %2 »").arg(r + 1).arg(table.columns.at(c).header),
                                 error, path);
            widths[c] = std::max(widths[c], cellWidth(cell) + 1);
        }
    }
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const auto column = static_cast<lxw_col_t>(c);
        worksheet_set_column(sheet, column, column, std::min(widths.at(c), maximumWidth), nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                         static_cast<lxw_col_t>(table.columns.size() - 1));

    if (const lxw_error error = workbook_close(workbook.release()); error != LXW_NO_ERROR)
        return xlsxError(QStringLiteral("cannot write the spreadsheet"), error, path);
    QFile made(QFile::decodeName(workPath));
    if (!made.open(QIODevice::ReadOnly))
        return failure(made.errorString(), path, ErrorKind::Io);
    const QByteArray bytes = made.readAll();
    return runtime::writeFileAtomically(path, bytes);
}

}  // namespace passerelle::exchange
