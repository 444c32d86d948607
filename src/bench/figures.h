#pragma once

// The figures passerelle-bench measures on one database size: the in-process ones of issue 14's table (first
// page, search as you type, one measure's records, PDF and rules, the whole database's check, deadlines,
// import, export) and a few that explain them (loading everything, the rules alone).

#include "measurement.h"
#include "server.h"

#include <QDate>
#include <QList>
#include <QString>

namespace passerelle::bench {

struct SizeOptions {
    int students = 10'000;
    QDate today;
    QString folder;  // where the databases are made (a temporary folder)
    // When its base is set, the size's database is made on that PostgreSQL server instead (issue 15).
    ServerTarget server;
    RepeatOptions repeat;
};

// Generates the demo data, imports it and measures; prints each figure as it is measured. Empty on failure
// (said on stderr).
QList<Figure> measureAt(const SizeOptions& options, Sink& sink);

// "median (min–max) unit", the way the tables print a figure.
QString describe(const Figure& figure);

}  // namespace passerelle::bench
