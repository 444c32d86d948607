#include "../commands.h"
#include "../exit_codes.h"
#include "../record_lines.h"
#include "passerelle/exchange/json_format.h"
#include "passerelle/storage/repositories.h"

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

template <typename T>
int listRecords(CommandContext& context, storage::Database& database, storage::ListQuery query,
                const QString& collection, bool json) {
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
    for (const auto& option : {search, className, status, kind, from, to, limit})
        parser.addOption(option);
    parser.addOption(CommandContext::jsonOption());
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

    const auto database = context.openDatabase();
    if (!database)
        return context.openFailureCode();
    const bool json = parser.isSet(CommandContext::jsonOption());
    const QString what = positional.first();
    if (what == QLatin1String("students"))
        return listRecords<Student>(context, *database, query, what, json);
    if (what == QLatin1String("organisations"))
        return listRecords<Organisation>(context, *database, query, what, json);
    if (what == QLatin1String("people"))
        return listRecords<Person>(context, *database, query, what, json);
    if (what == QLatin1String("agreements"))
        return listRecords<Agreement>(context, *database, query, what, json);
    if (what == QLatin1String("measures"))
        return listRecords<Measure>(context, *database, query, what, json);
    if (what == QLatin1String("groups"))
        return listRecords<GroupActivity>(context, *database, query, what, json);
    return context.fail(QStringLiteral("unknown record kind '%1'").arg(what), ExitBadInput);
}

}  // namespace passerelle::cli
