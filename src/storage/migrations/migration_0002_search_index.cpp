// Version 2: the full-text search index (search_entries plus one index table per aggregate, see
// search_index.h), filled from the records a version-1 database already holds.
#include "migrations.h"

#include "../search_index.h"
#include "../search_text.h"
#include "../sql.h"
#include "passerelle/storage/database.h"

#include <QSqlQuery>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {
namespace {

struct Source {
    QString kind;
    QString sql;  // id first, then the text columns the document is made of (version-1 column names)
    std::function<QString(const QSqlQuery&)> document;
};

QString text(const QSqlQuery& row, int column) {
    return row.value(column).toString();
}

}  // namespace

Status migration0002SearchIndex(Database& database) {
    if (auto s = executeSchema(database, createSearchIndexSql(database.dialect())); !s)
        return s;

    const QList<Source> sources{
        {u"organisation"_s, u"SELECT id, name, address, uai FROM organisations"_s,
         [](const QSqlQuery& r) { return organisationSearchDocument(text(r, 1), text(r, 2), text(r, 3)); }},
        {u"person"_s, u"SELECT id, first_name, last_name, role FROM people"_s,
         [](const QSqlQuery& r) { return personSearchDocument(text(r, 1), text(r, 2), text(r, 3)); }},
        {u"student"_s, u"SELECT id, first_name, last_name, class_name FROM students"_s,
         [](const QSqlQuery& r) { return studentSearchDocument(text(r, 1), text(r, 2), text(r, 3)); }},
        {u"agreement"_s, u"SELECT id, title FROM agreements"_s,
         [](const QSqlQuery& r) { return agreementSearchDocument(text(r, 1)); }},
        {u"measure"_s,
         u"SELECT m.id, s.first_name, s.last_name, m.objectives, m.activities, m.places "
         "FROM measures m LEFT JOIN students s ON s.id = m.student_id"_s,
         [](const QSqlQuery& r) {
             return measureSearchDocument(text(r, 1), text(r, 2), text(r, 3), text(r, 4), text(r, 5));
         }},
        {u"group"_s, u"SELECT id, title FROM group_activities"_s,
         [](const QSqlQuery& r) { return groupSearchDocument(text(r, 1)); }},
    };
    for (const SearchTarget& target : searchTargets()) {
        for (const Source& source : sources) {
            if (source.kind != target.kind)
                continue;
            // Read first, then write: the reading query must not be open while its table's index is written.
            QList<std::pair<QString, QString>> documents;
            auto read = forEachRow(database, source.sql, {}, [&](const QSqlQuery& row) {
                documents.append({row.value(0).toString(), source.document(row)});
                return success();
            });
            if (!read)
                return read;
            for (const auto& [id, document] : documents) {
                if (auto s = setSearchText(database, target, id, document); !s)
                    return s;
            }
        }
    }
    return success();
}

}  // namespace passerelle::storage
