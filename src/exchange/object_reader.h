#pragma once

// Reading one JSON object of the exchange format while collecting issues instead of stopping at the first:
// every accessor checks presence, type, shape and bounds (passerelle/domain/input_limits.h), reports what is
// wrong with the record and key named, and returns a usable value (empty or the fallback) so reading can go
// on.

#include "passerelle/domain/enums.h"
#include "passerelle/domain/input_limits.h"
#include "passerelle/exchange/json_format.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVarLengthArray>

#include <optional>

namespace passerelle::exchange::detail {

struct Diagnostics {
    QList<Issue> errors;
    QList<Issue> warnings;
};

enum class Need { Optional, Required };

// The record an ObjectReader reads: "measures[2] (id \"M12\")" for messages, "M12" for tools ("" when it has
// no usable id, and for the top level).
struct RecordName {
    QString label;
    QString id;
};

// A value quoted in a message, cut when long: the message must stay readable whatever the file holds.
QString quoted(const QString& value);

// "a string", "a number" ...: the JSON type of a value, for messages.
QString describeType(const QJsonValue& value);

class ObjectReader {
public:
    // `record` names the record ("measures[2] (id \"M12\")"); `path` is this object's key path inside it (""
    // for the record itself, "insurances.school", "slots[1]").
    ObjectReader(const QJsonObject& object, const RecordName& record, const QString& path,
                 Diagnostics& diagnostics);
    // Reports the keys nobody asked for as "unknown key" warnings. Done on destruction so that no nested
    // object can be forgotten.
    ~ObjectReader();
    ObjectReader(const ObjectReader&) = delete;
    ObjectReader& operator=(const ObjectReader&) = delete;

    // Absent and null read as empty. A required string must be present and not empty. Names, titles, roles,
    // phones and e-mails take the default bound; free texts pass input::kMaxFreeTextLength.
    QString string(QLatin1String key, Need need, int maxLength = input::kMaxNameLength);
    // A record's id or a reference to one: a string of at most input::kMaxIdLength characters, not made of
    // spaces only. Absent, null and "" read as empty (an error when required).
    QString id(QLatin1String key, Need need);
    // A whole number within `range`; `digitsAllowed` also accepts a string of digits ("3").
    std::optional<int> integer(QLatin1String key, Need need, input::IntRange range,
                               bool digitsAllowed = false);
    // Optional; absent or null is false.
    bool boolean(QLatin1String key);
    // Invalid (empty) when absent, null or wrong; years within input::kFirstYear and input::kLastYear.
    QDate date(QLatin1String key, Need need);
    QTime time(QLatin1String key, Need need);
    QDateTime dateTime(QLatin1String key, Need need);
    template <typename Enum>
    Enum enumeration(QLatin1String key, Need need, Enum fallback);
    // An optional list of ids (as id() reads one), at most input::kMaxListItems.
    QStringList ids(QLatin1String key);
    // An optional array as it is (the top level's record lists); empty when absent, null or not an array.
    QJsonArray array(QLatin1String key);

    // An optional (or required) nested object: `read(ObjectReader&)` is called when it is there. Returns
    // whether it was.
    template <typename Read>
    bool object(QLatin1String key, Need need, Read read);
    // An optional list of objects, at most input::kMaxListItems: `read(ObjectReader&)` for each element.
    template <typename Read>
    void objects(QLatin1String key, Read read);

    void error(QLatin1String key, const QString& message);
    QString path(QLatin1String key) const;
    // An error about a path this reader built (a list element); the record is named as for every other one.
    void errorAt(const QString& path, const QString& message);

private:
    // The value under `key`, marking the key as known. Undefined when absent.
    QJsonValue take(QLatin1String key);
    // The value's string when it is one and not longer than `maxLength`; reports a wrong type, a missing
    // required value or a text too long otherwise.
    std::optional<QString> text(QLatin1String key, Need need, int maxLength = input::kMaxNameLength);
    bool present(QLatin1String key, const QJsonValue& value, Need need);
    // The array under `key` when it is one, with at most input::kMaxListItems elements.
    std::optional<QJsonArray> list(QLatin1String key);

    const QJsonObject& m_object;
    const RecordName& m_record;
    QString m_path;
    Diagnostics& m_diagnostics;
    QVarLengthArray<QLatin1String, 24> m_known;
};

template <typename Enum>
Enum ObjectReader::enumeration(QLatin1String key, Need need, Enum fallback) {
    const auto value = text(key, need);
    if (!value)
        return fallback;
    if (const auto parsed = parseKey<Enum>(*value))
        return *parsed;
    error(key, QStringLiteral("unknown value %1; expected one of: %2")
                   .arg(quoted(*value), allKeys<Enum>().join(QStringLiteral(", "))));
    return fallback;
}

template <typename Read>
bool ObjectReader::object(QLatin1String key, Need need, Read read) {
    const QJsonValue value = take(key);
    if (!present(key, value, need))
        return false;
    if (!value.isObject()) {
        error(key, QStringLiteral("expected an object, found %1").arg(describeType(value)));
        return false;
    }
    const QJsonObject nested = value.toObject();
    ObjectReader reader(nested, m_record, path(key), m_diagnostics);
    read(reader);
    return true;
}

template <typename Read>
void ObjectReader::objects(QLatin1String key, Read read) {
    const std::optional<QJsonArray> list = this->list(key);
    if (!list)
        return;
    const QJsonArray& array = *list;
    const QString prefix = path(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        const QString elementPath = prefix + u'[' + QString::number(i) + u']';
        if (!element.isObject()) {
            errorAt(elementPath, QStringLiteral("expected an object, found %1").arg(describeType(element)));
            continue;
        }
        const QJsonObject nested = element.toObject();
        ObjectReader reader(nested, m_record, elementPath, m_diagnostics);
        read(reader);
    }
}

}  // namespace passerelle::exchange::detail
