#pragma once

// The JSON exchange format (docs/exchange-format.md). Its key names are a contract with outside tools.

#include "passerelle/domain/dataset.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace passerelle::exchange {

inline constexpr int formatVersion = 1;

struct Issue {
    QString record;   // "students[3] (id \"S000004\")", or "" for the top level
    QString key;      // "birthDate"
    QString message;  // French-free, English message for the CLI; the UI translates around it
    QString describe() const;  // "students[3] (id "S000004"): birthDate: not a date (YYYY-MM-DD): "2010-13-01""
};

struct ReadResult {
    Dataset dataset;
    QList<Issue> errors;    // any error: the file must not be imported at all
    QList<Issue> warnings;  // unknown keys: reported, ignored
    bool ok() const { return errors.isEmpty(); }
};

// Parses and validates a whole exchange document: JSON syntax, format and version, required keys, types,
// enumeration keys, dates and times, and references between records (a measure's student must exist ...).
ReadResult readDataset(const QByteArray& json);

// Writes a dataset deterministically: records in the order given (DatasetStore sorts them by id), keys in a
// fixed order, two-space indentation, UTF-8, trailing newline.
QByteArray writeDataset(const Dataset& dataset);

}  // namespace passerelle::exchange
