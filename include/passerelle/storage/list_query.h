#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle::storage {

// What a list screen or `passerelle-cli list` asks for. Empty members do not filter.
struct ListQuery {
    QString text;       // accent- and case-blind words, each a prefix ("helene bern" finds Hélène Bernard);
                        // all must match, and punctuation only separates words
    QString className;  // students
    QString schoolId;   // students' school; for people, their organisation
    QString status;     // exchange key: agreements, measures
    QString kind;       // exchange key: organisations, agreements, measures, groups
    QDate from;  // records whose period meets [from, to]: agreements, measures; birth dates for students
    QDate to;
    // Only these records (the lists' « avec erreurs » filter: the ids the rules found errors on); nothing:
    // every record.
    std::optional<QStringList> ids;
    // How to order the records: one of the kind's sort keys (docs/data-model.md, "Lists"), such as "start" or
    // "status"; empty: the kind's default order. Ties keep the default order, so paging stays stable.
    QString sortBy;
    bool descending = false;
    int offset = 0;
    int limit = 200;
};

template <typename T>
struct Page {
    QList<T> items;
    int total = 0;  // matching records in all, for "1-200 of 1 234"
};

}  // namespace passerelle::storage
