// readDataset: exchange-format text to domain records, every problem collected (docs/exchange-format.md lists
// which keys are required). References between records are checked separately (references.cpp).
#include "json_splitter.h"
#include "object_reader.h"
#include "passerelle/exchange/json_format.h"
#include "record_readers.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <optional>
#include <utility>
#include <variant>

namespace passerelle::exchange {
namespace {

using namespace Qt::Literals::StringLiterals;
using detail::Diagnostics;
using detail::Need;
using detail::ObjectReader;
using detail::readAgreement;
using detail::readGroup;
using detail::readMeasure;
using detail::readOrganisation;
using detail::readPerson;
using detail::readStudent;

constexpr Need required = Need::Required;
constexpr Need optional = Need::Optional;

QString recordLabel(QLatin1String list, qsizetype index, const QJsonObject& object) {
    QString label = QString(list) + u'[' + QString::number(index) + u']';
    const QJsonValue id = object.value("id"_L1);
    if (id.isString() && !id.toString().isEmpty())
        label += u" (id \""_s + id.toString() + u"\")"_s;
    return label;
}

struct Reading {
    const QByteArray& text;
    Diagnostics diagnostics;
    std::optional<detail::SyntaxError> syntaxError;  // set: the whole file is refused with only this error
};

// One top-level record list: each element parsed on its own and read into a T, ids checked for duplicates
// within the list.
template <typename T, typename ReadOne>
void readRecords(Reading& reading, const detail::TopMember* member, QLatin1String list, QList<T>& out,
                 ReadOne readOne) {
    if (member == nullptr || !member->isArray)
        return;
    Diagnostics& diagnostics = reading.diagnostics;
    out.reserve(member->elements.size());
    QHash<QString, qsizetype> firstIndex;
    firstIndex.reserve(member->elements.size());
    for (qsizetype i = 0; i < member->elements.size(); ++i) {
        const detail::Slice& slice = member->elements[i];
        auto parsed = detail::parseSlice(reading.text, slice);
        if (auto* error = std::get_if<detail::SyntaxError>(&parsed)) {
            reading.syntaxError = *error;
            return;
        }
        const QJsonValue element = std::get<QJsonValue>(std::move(parsed));
        if (!element.isObject()) {
            diagnostics.errors.append({QString(list) + u'[' + QString::number(i) + u']',
                                       {},
                                       u"expected an object, found "_s + detail::describeType(element)});
            continue;
        }
        const QJsonObject object = element.toObject();
        const QString record = recordLabel(list, i, object);
        T value;
        {
            ObjectReader reader(object, record, {}, diagnostics);
            value.id = reader.string("id"_L1, required);
            readOne(reader, value);
        }
        if (!value.id.isEmpty()) {
            const auto previous = firstIndex.constFind(value.id);
            if (previous != firstIndex.constEnd()) {
                diagnostics.errors.append(
                    {record, u"id"_s,
                     u"duplicate id \"%1\" (first used by %2[%3])"_s.arg(value.id, list).arg(*previous)});
            } else {
                firstIndex.insert(value.id, i);
            }
        }
        out.append(std::move(value));
    }
}

// Line and column (in characters, from 1) of the character a QJsonParseError points at. Qt's offset is one
// past the start of the culprit ("{\"a\": tru}" gives 7 for the "t" at index 6), so the characters before the
// offset on its line are the culprit's column.
std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset) {
    int line = 1;
    int column = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte == '\n') {
            ++line;
            column = 0;
        } else if ((byte & 0xC0) != 0x80) {  // not a UTF-8 continuation byte: a new character
            ++column;
        }
    }
    return {line, std::max(column, 1)};
}

Issue syntaxIssue(const QByteArray& text, const detail::SyntaxError& error) {
    const auto [line, column] = lineAndColumn(text, error.offset);
    return {
        {}, {}, u"JSON syntax error at line %1, column %2: %3"_s.arg(line).arg(column).arg(error.message)};
}

// The whole document: the top level's plain members through an ObjectReader (format, version, unknown keys),
// the record lists element by element.
// `parsed` tells whether the text was JSON at all (no syntax error), i.e. whether records could be read.
ReadResult readText(const QByteArray& json, bool& parsed) {
    parsed = false;
    // Tools on Windows like to start UTF-8 files with a byte order mark; JSON does not allow it, we forgive
    // it.
    const QByteArray text = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    auto split = detail::splitTopLevel(text);
    if (auto* error = std::get_if<detail::SyntaxError>(&split)) {
        if (error->offset == 0) {
            // Not an object at the top: say what it is if it is valid JSON at all.
            const auto whole = detail::parseSlice(text, {0, text.size()});
            if (const auto* syntax = std::get_if<detail::SyntaxError>(&whole))
                return {.errors = {syntaxIssue(text, *syntax)}};
            return {.errors = {{{},
                                {},
                                u"the document must be a JSON object, found "_s +
                                    detail::describeType(std::get<QJsonValue>(whole))}}};
        }
        return {.errors = {syntaxIssue(text, *error)}};
    }
    const detail::SplitDocument& document = std::get<detail::SplitDocument>(split);

    // Literals: an ObjectReader keeps the keys it was asked for until it is destroyed.
    static constexpr QLatin1String lists[] = {QLatin1String("organisations"), QLatin1String("people"),
                                              QLatin1String("students"),      QLatin1String("agreements"),
                                              QLatin1String("measures"),      QLatin1String("groups")};
    Reading reading{text, {}, {}};
    // The plain members, and record lists that are not arrays (for the type error), as one small object;
    // record lists that are arrays stand in it as empty arrays and are read from their slices.
    QJsonObject top;
    QHash<QString, const detail::TopMember*> recordLists;
    for (const detail::TopMember& member : document.members) {
        if (top.contains(member.key)) {
            return {.errors = {syntaxIssue(
                        text, {member.keyOffset + 1, u"duplicate key \"%1\""_s.arg(member.key)})}};
        }
        if (member.isArray && std::find(std::begin(lists), std::end(lists), member.key) != std::end(lists)) {
            recordLists.insert(member.key, &member);
            top.insert(member.key, QJsonArray());
            continue;
        }
        auto parsed = detail::parseSlice(text, member.value);
        if (const auto* error = std::get_if<detail::SyntaxError>(&parsed))
            return {.errors = {syntaxIssue(text, *error)}};
        top.insert(member.key, std::get<QJsonValue>(parsed));
    }

    ReadResult result;
    const QString topRecord;
    {
        ObjectReader reader(top, topRecord, {}, reading.diagnostics);
        const QString format = reader.string("format"_L1, required);
        if (!format.isEmpty() && format != u"passerelle"_s) {
            reader.error("format"_L1, u"expected \"passerelle\", found \"%1\""_s.arg(format));
        }
        const auto version = reader.integer("version"_L1, required);
        if (version && *version != formatVersion) {
            reader.error("version"_L1,
                         u"unsupported version %1; this Passerelle reads version %2"_s.arg(*version).arg(
                             formatVersion));
        }
        for (const QLatin1String list : lists)
            (void)reader.array(list);
    }
    Dataset& d = result.dataset;
    const auto run = [&](QLatin1String list, auto& out, auto readOne) {
        if (!reading.syntaxError)
            readRecords(reading, recordLists.value(QString(list)), list, out, readOne);
    };
    run("organisations"_L1, d.organisations, readOrganisation);
    run("people"_L1, d.people, readPerson);
    run("students"_L1, d.students, readStudent);
    run("agreements"_L1, d.agreements, readAgreement);
    run("measures"_L1, d.measures, readMeasure);
    run("groups"_L1, d.groups, readGroup);
    if (reading.syntaxError)
        return {.errors = {syntaxIssue(text, *reading.syntaxError)}};
    parsed = true;
    result.errors = std::move(reading.diagnostics.errors);
    result.warnings = std::move(reading.diagnostics.warnings);
    return result;
}

}  // namespace

ReadResult readDataset(const QByteArray& json) {
    bool parsed = false;
    return readText(json, parsed);
}

ReadResult readAndCheckDataset(const QByteArray& json, const KnownElsewhere& knownElsewhere) {
    bool parsed = false;
    ReadResult result = readText(json, parsed);
    // A syntax error leaves no records whose references could be checked.
    if (parsed)
        result.errors += checkReferences(result.dataset, knownElsewhere);
    return result;
}

}  // namespace passerelle::exchange
