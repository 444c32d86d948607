#pragma once

// The JSON exchange format (docs/exchange-format.md). Its key names are a contract with outside tools.

#include "passerelle/domain/dataset.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace passerelle::exchange {

inline constexpr int formatVersion = 1;

struct Issue {
    QString record;   // "students[3] (id \"S000004\")", or "" for the top level
    QString key;      // "birthDate", "legalRepresentatives[0].phone"
    QString message;  // French-free, English message for the CLI; the UI translates around it
    // Where in the text, from 1 (the column counts characters, not bytes): set for problems of the text
    // itself (syntax, encoding, a string too long) and for every issue of a record that has no usable id, so
    // that a tool can point at it even when `record` cannot name it.
    std::optional<int> line;
    std::optional<int> column;
    QString recordId;  // the record's own id ("S000004"); empty for the top level or a record without one
    QString describe()
        const;  // "students[3] (id "S000004"): birthDate: not a date (YYYY-MM-DD): "2010-13-01""
    friend bool operator==(const Issue&, const Issue&) = default;
};

struct ReadResult {
    Dataset dataset;
    QList<Issue> errors;    // any error: the file must not be imported at all
    QList<Issue> warnings;  // unknown keys: reported, ignored
    bool ok() const { return errors.isEmpty(); }
};

// Parses and validates a whole exchange document and collects every error, not just the first: the text
// itself (UTF-8 only, no NUL, no lone surrogate, no string over the longest text allowed, no nesting deeper
// than input::kMaxNestingDepth, at most input::kMaxFileBytes), JSON syntax (with line and column), format and
// version, required keys, types, enumeration keys, the exact shape of dates and times, the bounds of
// passerelle/domain/input_limits.h, and duplicate ids within a kind. Time and memory grow linearly with the
// size of the text, whatever it holds. References between records are NOT checked here (a file
// imported into a database may refer to records already stored): call checkReferences() next.
ReadResult readDataset(const QByteArray& json);
// The same, from a file open for reading and seekable: its bytes are checked whole, then read again a batch
// at a time, so that they are not all held with its records (issue 14). A file that changes in between is
// refused ("the file changed while it was being read").
ReadResult readDatasetFile(QFile& file);

// The record kinds, as the top-level keys name them.
enum class RecordKind { Organisation, Person, Student, Agreement, Measure, Group };
QString listKey(
    RecordKind kind);  // "organisations", "people", "students", "agreements", "measures", "groups"

// Answers whether a record of that kind and id exists outside the file (in the database the file is imported
// into). An empty function means "nothing exists outside the file".
using KnownElsewhere = std::function<bool(RecordKind kind, const QString& id)>;

// Every reference of the file that resolves neither to a record of the right kind in the file nor, through
// `knownElsewhere`, to one outside it: a person's organisation, a student's school, a party's organisation
// and representative, a party signature's organisation, a measure's student, agreement, host, hostTutor and
// schoolFollower, a group's agreement, participants and attendance students. Empty optional references are
// fine.
QList<Issue> checkReferences(const Dataset& file, const KnownElsewhere& knownElsewhere = {});
// The same, with the records already stored given as a whole dataset (nullptr: none).
QList<Issue> checkReferences(const Dataset& file, const Dataset* existing);

// readDataset() followed, when the JSON could be parsed at all, by checkReferences(): what `import` and
// `check` need in one call.
ReadResult readAndCheckDataset(const QByteArray& json, const KnownElsewhere& knownElsewhere = {});

// Writes a dataset deterministically: records in the order given (DatasetStore sorts them by id), keys in the
// fixed order of docs/exchange-format.md, two-space indentation, UTF-8 without escaping accents, trailing
// newline. Empty optional values are omitted. readDataset(writeDataset(d)).dataset == d for every dataset the
// format can express (revisions are not part of the format and read back as 0; times keep minutes, not
// seconds).
QByteArray writeDataset(const Dataset& dataset);

}  // namespace passerelle::exchange
