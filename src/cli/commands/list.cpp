#include "../commands.h"
#include "../exit_codes.h"
#include "../file_output.h"
#include "../record_lines.h"
#include "passerelle/exchange/json_format.h"
#include "passerelle/exchange/table_export.h"
#include "passerelle/storage/repositories.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passerelle::cli {
namespace {

// The Dataset member a record type lives in, so the exchange writer can serialise a page of records.
QList<Organisation>& members(Dataset& d, const Organisation*) {
    return d.organisations;
}
QList<Person>& members(Dataset& d, const Person*) {
    return d.people;
}
QList<Student>& members(Dataset& d, const Student*) {
    return d.students;
}
QList<Agreement>& members(Dataset& d, const Agreement*) {
    return d.agreements;
}
QList<Measure>& members(Dataset& d, const Measure*) {
    return d.measures;
}
QList<GroupActivity>& members(Dataset& d, const GroupActivity*) {
    return d.groups;
}

// --format: the list as a table (the columns the text lines print) in a spreadsheet format, to -o FILE.
struct TableOutput {
    QString format;  // "csv", "xlsx" or "json"; empty: the text lines or --json
    QString path;    // empty or "-": standard output (never for xlsx)
};

template <typename T>
int writeTable(CommandContext& context, const QList<T>& records, const QString& collection,
               const TableOutput& output) {
    exchange::Table table;
    table.title = collection;
    table.columns = recordColumns(static_cast<const T*>(nullptr));
    table.rows.reserve(records.size());
    for (const T& record : records)
        table.rows.append(recordCells(record));
    if (output.format == QLatin1String("xlsx")) {
        if (const Status written = exchange::writeXlsx(table, output.path); !written) {
            return context.fail(
                QStringLiteral("cannot write %1: %2").arg(output.path, written.error().message), ExitFailure);
        }
        return ExitSuccess;
    }
    const auto bytes =
        output.format == QLatin1String("csv") ? exchange::writeCsv(table) : exchange::writeTableJson(table);
    if (!bytes)
        return context.fail(bytes.error().message, ExitFailure);
    if (const Status written = writeOutput(context, output.path, *bytes); !written)
        return context.fail(written.error().message, ExitFailure);
    return ExitSuccess;
}

template <typename T>
int listRecords(CommandContext& context, storage::Database& database, storage::ListQuery query,
                const QString& collection, bool json, const TableOutput& output) {
    storage::Repository<T> repository(database);
    QList<T> all;
    const int wanted = query.limit;  // 0: every match
    query.limit = 1000;
    for (;;) {
        const auto page = repository.list(query);
        if (!page)
            return context.fail(page.error().message, ExitFailure);
        all += page->items;
        query.offset += static_cast<int>(page->items.size());
        if (page->items.isEmpty() || query.offset >= page->total || (wanted > 0 && all.size() >= wanted))
            break;
    }
    if (wanted > 0 && all.size() > wanted)
        all.resize(wanted);

    if (!output.format.isEmpty())
        return writeTable(context, all, collection, output);
    if (json) {
        // The records exactly as the exchange format writes them, so scripts can read one format only.
        Dataset subset;
        members(subset, static_cast<const T*>(nullptr)) = all;
        const QJsonObject document = QJsonDocument::fromJson(exchange::writeDataset(subset)).object();
        context.out() << QJsonDocument(document.value(collection).toArray()).toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    for (const T& record : all)
        context.out() << recordLine(record) << "\n";
    return ExitSuccess;
}

}  // namespace

int runList(CommandContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"),
                                    QStringLiteral("Words to find, ignoring case and accents."),
                                    QStringLiteral("text"));
    const QCommandLineOption className(QStringLiteral("class"), QStringLiteral("Students of this class."),
                                       QStringLiteral("name"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Records with this status key."),
                                    QStringLiteral("key"));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("Records of this kind key."),
                                  QStringLiteral("key"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Period from (YYYY-MM-DD)."),
                                  QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Period to (YYYY-MM-DD)."),
                                QStringLiteral("date"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most this many records."),
                                   QStringLiteral("n"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Write the list as a table: csv, xlsx or json (with -o)."),
                                    QStringLiteral("csv|xlsx|json"));
    for (const auto& option : {search, className, status, kind, from, to, limit, format})
        parser.addOption(option);
    parser.addOption(CommandContext::jsonOption());
    parser.addOption(CommandContext::outputOption());
    if (auto exit =
            context.parse(parser, QStringLiteral("students|organisations|people|agreements|measures|groups")))
        return *exit;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return context.fail(
            QStringLiteral("expected one of students, organisations, people, agreements, measures, groups"),
            ExitBadInput);
    }
    storage::ListQuery query;
    query.text = parser.value(search);
    query.className = parser.value(className);
    query.status = parser.value(status);
    query.kind = parser.value(kind);
    query.limit = 0;
    for (const auto& [option, target] : {std::pair{&from, &query.from}, std::pair{&to, &query.to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!target->isValid()) {
            return context.fail(QStringLiteral("--%1: not a date (YYYY-MM-DD)").arg(option->names().first()),
                                ExitBadInput);
        }
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        query.limit = parser.value(limit).toInt(&ok);
        if (!ok || query.limit < 1)
            return context.fail(QStringLiteral("--limit: expected a number from 1"), ExitBadInput);
    }

    const bool json = parser.isSet(CommandContext::jsonOption());
    TableOutput output{parser.value(format).toLower(), parser.value(CommandContext::outputOption())};
    if (parser.isSet(CommandContext::outputOption()) && output.format.isEmpty()) {
        // -o FILE alone: the format its extension names.
        const QString suffix = QFileInfo(output.path).suffix().toLower();
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx") ||
            suffix == QLatin1String("json"))
            output.format = suffix;
        else
            return context.fail(QStringLiteral("-o: give --format csv, xlsx or json"), ExitBadInput);
    }
    if (!output.format.isEmpty()) {
        if (output.format != QLatin1String("csv") && output.format != QLatin1String("xlsx") &&
            output.format != QLatin1String("json")) {
            return context.fail(QStringLiteral("--format: expected csv, xlsx or json"), ExitBadInput);
        }
        if (json)
            return context.fail(QStringLiteral("--json and --format cannot be used together"), ExitBadInput);
        if (output.format == QLatin1String("xlsx") &&
            (output.path.isEmpty() || output.path == QLatin1String("-"))) {
            return context.fail(QStringLiteral("--format xlsx needs -o FILE"), ExitBadInput);
        }
    }
    static const QStringList kinds{QStringLiteral("students"), QStringLiteral("organisations"),
                                   QStringLiteral("people"),   QStringLiteral("agreements"),
                                   QStringLiteral("measures"), QStringLiteral("groups")};
    const QString what = positional.first();
    if (!kinds.contains(what))
        return context.fail(QStringLiteral("unknown record kind '%1'").arg(what), ExitBadInput);

    const auto database = context.openDatabase();
    if (!database)
        return context.openFailureCode();
    if (what == QLatin1String("students"))
        return listRecords<Student>(context, *database, query, what, json, output);
    if (what == QLatin1String("organisations"))
        return listRecords<Organisation>(context, *database, query, what, json, output);
    if (what == QLatin1String("people"))
        return listRecords<Person>(context, *database, query, what, json, output);
    if (what == QLatin1String("agreements"))
        return listRecords<Agreement>(context, *database, query, what, json, output);
    if (what == QLatin1String("measures"))
        return listRecords<Measure>(context, *database, query, what, json, output);
    if (what == QLatin1String("groups"))
        return listRecords<GroupActivity>(context, *database, query, what, json, output);
    return context.fail(QStringLiteral("unknown record kind '%1'").arg(what), ExitBadInput);
}

}  // namespace passerelle::cli
