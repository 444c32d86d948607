#pragma once

// Reading a large exchange file with one QJsonDocument::fromJson costs about six times the file's size in
// memory and 4 s for 100,000 students; parsing it record by record costs a tenth of that. So the document is
// first split: this scanner walks the top-level object and the elements of its arrays, checking only the
// structure between them (brackets, commas, colons, strings), and each piece is then parsed, and fully
// validated, by QJsonDocument on its own.

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace passerelle::exchange::detail {

struct Slice {
    qsizetype offset = 0;
    qsizetype length = 0;
};

// A syntax error: `offset` is one past the start of the culprit, as QJsonParseError::offset is.
struct SyntaxError {
    qsizetype offset = 0;
    QString message;
};

struct TopMember {
    QString key;
    qsizetype keyOffset = 0;
    Slice value;
    bool isArray = false;
    QList<Slice> elements;  // the array's elements, when the value is an array
};

struct SplitDocument {
    QList<TopMember> members;  // in document order
};

// Splits a document whose top level is an object. Fails with a syntax error in the structure it scans, or
// when the top level is not an object (message "the document must be a JSON object ...", offset 0).
std::variant<SplitDocument, SyntaxError> splitTopLevel(const QByteArray& text);

// Parses one piece of the text (any JSON value) with QJsonDocument; a syntax error's offset is in `text`.
std::variant<QJsonValue, SyntaxError> parseSlice(const QByteArray& text, const Slice& slice);

}  // namespace passerelle::exchange::detail
