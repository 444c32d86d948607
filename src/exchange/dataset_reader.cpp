// readDataset: exchange-format text to domain records, every problem collected (docs/exchange-format.md lists
// which keys are required). References between records are checked separately (references.cpp).
#include "json_splitter.h"
#include "object_reader.h"
#include "passerelle/exchange/json_format.h"
#include "record_readers.h"
#include "text_check.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

namespace passerelle::exchange {
namespace {

using namespace Qt::Literals::StringLiterals;
using detail::Diagnostics;
using detail::Need;
using detail::ObjectReader;
using detail::PositionFinder;
using detail::readAgreement;
using detail::readGroup;
using detail::readMeasure;
using detail::readOrganisation;
using detail::readPerson;
using detail::readStudent;
using detail::RecordName;

constexpr Need required = Need::Required;

// "students[3] (id \"S4\")", or "students[3]" when the record has no usable id (absent, not a string, too
// long or blank: the reader reports it).
RecordName recordName(QLatin1String list, qsizetype index, const QJsonObject& object) {
    RecordName name{QString(list) + u'[' + QString::number(index) + u']', {}};
    const QJsonValue value = object.value("id"_L1);
    const QString id = value.toString();
    if (value.isString() && !id.trimmed().isEmpty() && id.size() <= input::kMaxIdLength) {
        name.label += u" (id \""_s + id + u"\")"_s;
        name.id = id;
    }
    return name;
}

// Issues of a record that has no usable id: they are given the position where it starts once every list is
// read (positions need the whole text, which a file read in batches no longer holds by then).
struct Unplaced {
    qsizetype errorsFrom, errorsTo, warningsFrom, warningsTo, offset;
};

// Where the record lists' bytes come from, a batch at a time. From memory, a batch is a view of the text.
// From a file (readDatasetFile), the whole text is checked and split, then released, and each batch is read
// again from the file: the file's bytes are not held while its records are (at 100,000 students, 69 of 260
// MiB). Each batch's hash, taken while the text was checked, tells that the file did not change in between.
struct Source {
    QByteArray text;        // empty once released (file)
    QFile* file = nullptr;  // set: reading a file, whose text starts at `base` (after a byte order mark)
    qsizetype base = 0;
    QHash<qsizetype, size_t> hashes;  // batch's first byte -> the hash of its bytes

    QByteArray batch(qsizetype from, qsizetype to, bool& changed) {
        if (file == nullptr)
            return QByteArray::fromRawData(text.constData() + from, to - from);
        QByteArray bytes;
        if (file->seek(base + from))
            bytes = file->read(to - from);
        changed = bytes.size() != to - from || qHash(QByteArrayView(bytes)) != hashes.value(from);
        return bytes;
    }
    // The whole text again, for positions: only when something is to be reported.
    QByteArray whole() {
        if (file == nullptr || !text.isEmpty() || !file->seek(0))
            return text;
        return file->readAll().sliced(base);
    }
};

struct Reading {
    Source& source;
    Diagnostics diagnostics;
    std::optional<detail::SyntaxError> syntaxError;  // set: the whole file is refused with only this error
    bool changed = false;                            // set: the file changed while it was read
    QList<Unplaced> unplaced;
};

void placeIssues(Reading& reading, const QByteArray& text) {
    PositionFinder positions(text);
    for (const Unplaced& u : reading.unplaced) {
        const PositionFinder::Position position = positions.at(u.offset);
        const auto place = [&](QList<Issue>& issues, qsizetype from, qsizetype to) {
            for (qsizetype i = from; i < to; ++i) {
                issues[i].line = position.line;
                issues[i].column = position.column;
            }
        };
        place(reading.diagnostics.errors, u.errorsFrom, u.errorsTo);
        place(reading.diagnostics.warnings, u.warningsFrom, u.warningsTo);
    }
}

// One element of a record list read on its own, with nothing shared with the others, so that a worker thread
// can read it; readRecords merges the results in order.
template <typename T>
struct ElementRead {
    std::optional<detail::SyntaxError> syntaxError;  // set: the file is refused with only this error
    std::optional<T> value;                          // nothing: the element was refused whole
    RecordName record;
    Diagnostics diagnostics;
};

template <typename T, typename ReadOne>
ElementRead<T> readElement(const QByteArray& batch, qsizetype base, const detail::Slice& slice,
                           QLatin1String list, qsizetype i, ReadOne readOne) {
    ElementRead<T> out;
    auto parsed = detail::parseSlice(batch, {slice.offset - base, slice.length});
    if (auto* error = std::get_if<detail::SyntaxError>(&parsed)) {
        out.syntaxError = detail::SyntaxError{error->offset + base, error->message};
        return out;
    }
    const QJsonValue element = std::get<QJsonValue>(std::move(parsed));
    if (!element.isObject()) {
        out.diagnostics.errors.append({QString(list) + u'[' + QString::number(i) + u']',
                                       {},
                                       u"expected an object, found "_s + detail::describeType(element)});
        return out;
    }
    const QJsonObject object = element.toObject();
    out.record = recordName(list, i, object);
    // Every text and list of a record is bounded; their sum is bounded too, so that no record can make its
    // document or its editor grow without end (a thousand 20,000-character clauses would print 3,600 pages).
    if (slice.length > input::kMaxRecordBytes) {
        Issue issue{
            out.record.label,
            {},
            u"record too large: %1 bytes of JSON; at most %2 (about 500 printed pages)"_s.arg(slice.length)
                .arg(input::kMaxRecordBytes)};
        issue.recordId = out.record.id;
        out.diagnostics.errors.append(issue);
        return out;
    }
    T value;
    {
        ObjectReader reader(object, out.record, {}, out.diagnostics);
        value.id = reader.id("id"_L1, required);
        readOne(reader, value);
    }
    out.value = std::move(value);
    return out;
}

// Parsing and reading the elements is most of the reading's time: they are read by a few threads, a batch at
// a time (so that only a batch of results waits to be merged), and merged in the file's order, so that the
// records, the issues and their order are those of reading them one after another.
constexpr qsizetype kBatch = 4096;
constexpr qsizetype kMinPerThread = 256;

template <typename T, typename ReadOne>
void readBatch(const QByteArray& batch, qsizetype base, const QList<detail::Slice>& slices, qsizetype from,
               std::vector<ElementRead<T>>& results, QLatin1String list, ReadOne readOne) {
    const qsizetype count = qsizetype(results.size());
    const qsizetype threads = std::clamp<qsizetype>(
        std::min<qsizetype>(std::thread::hardware_concurrency(), count / kMinPerThread), 1, 4);
    const auto work = [&](qsizetype first, qsizetype last) {
        for (qsizetype k = first; k < last; ++k)
            results[size_t(k)] = readElement<T>(batch, base, slices[from + k], list, from + k, readOne);
    };
    std::vector<std::thread> workers;
    for (qsizetype t = 1; t < threads; ++t)
        workers.emplace_back(work, count * t / threads, count * (t + 1) / threads);
    work(0, count / threads);
    for (std::thread& worker : workers)
        worker.join();
}

// The bytes of the batch of elements that starts at `from`.
std::pair<qsizetype, qsizetype> batchRange(const QList<detail::Slice>& slices, qsizetype from) {
    const detail::Slice& last = slices[std::min(from + kBatch, slices.size()) - 1];
    return {slices[from].offset, last.offset + last.length};
}

// One top-level record list: each element parsed on its own and read into a T, ids checked for duplicates
// within the list.
template <typename T, typename ReadOne>
void readRecords(Reading& reading, const detail::TopMember* member, QLatin1String list, QList<T>& out,
                 ReadOne readOne) {
    if (member == nullptr || !member->isArray)
        return;
    Diagnostics& diagnostics = reading.diagnostics;
    const QList<detail::Slice>& slices = member->elements;
    out.reserve(slices.size());
    QHash<QString, qsizetype> firstIndex;
    firstIndex.reserve(slices.size());
    for (qsizetype from = 0; from < slices.size(); from += kBatch) {
        std::vector<ElementRead<T>> batch(size_t(std::min(kBatch, slices.size() - from)));
        const auto [first, last] = batchRange(slices, from);
        const QByteArray bytes = reading.source.batch(first, last, reading.changed);
        if (reading.changed)
            return;
        readBatch<T>(bytes, first, slices, from, batch, list, readOne);
        for (qsizetype k = 0; k < qsizetype(batch.size()); ++k) {
            const qsizetype i = from + k;
            ElementRead<T>& read = batch[size_t(k)];
            if (read.syntaxError) {
                reading.syntaxError = read.syntaxError;
                return;
            }
            const qsizetype errorsBefore = diagnostics.errors.size();
            const qsizetype warningsBefore = diagnostics.warnings.size();
            diagnostics.errors += read.diagnostics.errors;
            if (read.value && !read.value->id.isEmpty()) {
                // One hash lookup per record: the check stays linear in the number of records.
                const auto previous = firstIndex.constFind(read.value->id);
                if (previous != firstIndex.constEnd()) {
                    Issue issue{read.record.label, u"id"_s,
                                u"duplicate id \"%1\" (first used by %2[%3])"_s.arg(read.value->id, list)
                                    .arg(*previous)};
                    issue.recordId = read.record.id;
                    diagnostics.errors.append(issue);
                } else {
                    firstIndex.insert(read.value->id, i);
                }
            }
            diagnostics.warnings += read.diagnostics.warnings;
            // A record that has no usable id cannot be named by it: its issues point at where it starts.
            if (!read.value || read.record.id.isEmpty()) {
                reading.unplaced.append({errorsBefore, diagnostics.errors.size(), warningsBefore,
                                         diagnostics.warnings.size(), slices[i].offset});
            }
            if (read.value)
                out.append(std::move(*read.value));
        }
    }
}

// A syntax error, with the line and column (in characters, from 1) of the character a QJsonParseError points
// at. Qt's offset is one past the start of the culprit ("{\"a\": tru}" gives 7 for the "t" at index 6).
Issue syntaxIssue(const QByteArray& text, const detail::SyntaxError& error) {
    PositionFinder positions(text);
    const PositionFinder::Position position = positions.at(error.offset - 1);
    Issue issue{{},
                {},
                u"JSON syntax error at line %1, column %2: %3"_s.arg(position.line)
                    .arg(position.column)
                    .arg(error.message)};
    issue.line = position.line;
    issue.column = position.column;
    return issue;
}

// The whole document: the top level's plain members through an ObjectReader (format, version, unknown keys),
// the record lists element by element.
// `parsed` tells whether the text was JSON at all (no syntax error), i.e. whether records could be read.
// `file`: `json` was read from it, and is released once split (the caller holds no other copy).
ReadResult readText(QByteArray json, bool& parsed, QFile* file) {
    parsed = false;
    // Tools on Windows like to start UTF-8 files with a byte order mark; JSON does not allow it, we forgive
    // it. The rest is not copied: a file may be large.
    const qsizetype bom = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    Source source{QByteArray::fromRawData(json.constData() + bom, json.size() - bom), file, bom, {}};
    const QByteArray& text = source.text;
    // Bytes no parser may see (bad encoding, NUL, lone surrogates, huge strings, deep nesting) refuse the
    // file with only these errors, as a syntax error does.
    QList<Issue> textProblems = detail::checkText(text);
    if (!textProblems.isEmpty())
        return {.errors = std::move(textProblems)};
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
    Reading reading{source, {}, {}, false, {}};
    // The members the format knows, and record lists that are not arrays (for the type error), as one small
    // object; record lists that are arrays stand in it as empty arrays and are read from their slices. Other
    // members must be JSON too, but are only warned about: a top level of a million keys must not make an
    // object of them (inserting into a QJsonObject is linear in its size).
    QJsonObject top;
    QSet<QString> seen;
    QList<Issue> unknownKeys;
    QHash<QString, const detail::TopMember*> recordLists;
    for (const detail::TopMember& member : document.members) {
        if (seen.contains(member.key)) {
            return {.errors = {syntaxIssue(
                        text, {member.keyOffset + 1, u"duplicate key \"%1\""_s.arg(member.key)})}};
        }
        seen.insert(member.key);
        const bool isList = std::find(std::begin(lists), std::end(lists), member.key) != std::end(lists);
        if (member.isArray && isList) {
            recordLists.insert(member.key, &member);
            top.insert(member.key, QJsonArray());
            continue;
        }
        auto parsed = detail::parseSlice(text, member.value);
        if (const auto* error = std::get_if<detail::SyntaxError>(&parsed))
            return {.errors = {syntaxIssue(text, *error)}};
        if (isList || member.key == u"format"_s || member.key == u"version"_s)
            top.insert(member.key, std::get<QJsonValue>(parsed));
        else
            unknownKeys.append({{}, member.key, u"unknown key \"%1\" ignored"_s.arg(member.key)});
    }
    reading.diagnostics.warnings = std::move(unknownKeys);
    if (file != nullptr) {
        for (const detail::TopMember* member : std::as_const(recordLists)) {
            for (qsizetype from = 0; from < member->elements.size(); from += kBatch) {
                const auto [first, last] = batchRange(member->elements, from);
                source.hashes.insert(first, qHash(QByteArrayView(text).sliced(first, last - first)));
            }
        }
        source.text = QByteArray();
        json = QByteArray();
    }

    ReadResult result;
    const RecordName topRecord;
    {
        ObjectReader reader(top, topRecord, {}, reading.diagnostics);
        const QString format = reader.string("format"_L1, required);
        if (!format.isEmpty() && format != u"passerelle"_s) {
            reader.error("format"_L1, u"expected \"passerelle\", found \"%1\""_s.arg(format));
        }
        // Any whole number reads, so that a newer file is told apart from a broken one.
        const auto version = reader.integer(
            "version"_L1, required, {std::numeric_limits<int>::min(), std::numeric_limits<int>::max()});
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
        if (!reading.syntaxError && !reading.changed)
            readRecords(reading, recordLists.value(QString(list)), list, out, readOne);
    };
    run("organisations"_L1, d.organisations, readOrganisation);
    run("people"_L1, d.people, readPerson);
    run("students"_L1, d.students, readStudent);
    run("agreements"_L1, d.agreements, readAgreement);
    run("measures"_L1, d.measures, readMeasure);
    run("groups"_L1, d.groups, readGroup);
    if (reading.changed)
        return {.errors = {{{}, {}, u"the file changed while it was being read; read it again"_s}}};
    if (reading.syntaxError)
        return {.errors = {syntaxIssue(source.whole(), *reading.syntaxError)}};
    if (!reading.unplaced.isEmpty())
        placeIssues(reading, source.whole());
    parsed = true;
    result.errors = std::move(reading.diagnostics.errors);
    result.warnings = std::move(reading.diagnostics.warnings);
    return result;
}

}  // namespace

ReadResult readDataset(const QByteArray& json) {
    bool parsed = false;
    return readText(json, parsed, nullptr);
}

ReadResult readDatasetFile(QFile& file) {
    bool parsed = false;
    return readText(file.readAll(), parsed, &file);
}

ReadResult readAndCheckDataset(const QByteArray& json, const KnownElsewhere& knownElsewhere) {
    bool parsed = false;
    ReadResult result = readText(json, parsed, nullptr);
    // A syntax error leaves no records whose references could be checked.
    if (parsed)
        result.errors += checkReferences(result.dataset, knownElsewhere);
    return result;
}

}  // namespace passerelle::exchange
