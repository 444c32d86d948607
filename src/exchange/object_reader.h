#pragma once

// Reading one JSON object of the exchange format while collecting issues instead of stopping at the first:
// every accessor checks presence, type and shape, reports what is wrong with the record and key named, and
// returns a usable value (empty or the fallback) so reading can go on.

#include "passerelle/domain/enums.h"
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

// "a string", "a number" ...: the JSON type of a value, for messages.
QString describeType(const QJsonValue& value);

class ObjectReader {
public:
    // `record` names the record ("measures[2] (id \"M12\")"); `path` is this object's key path inside it (""
    // for the record itself, "insurances.school", "slots[1]").
    ObjectReader(const QJsonObject& object, const QString& record, const QString& path,
                 Diagnostics& diagnostics);
    // Reports the keys nobody asked for as "unknown key" warnings. Done on destruction so that no nested
    // object can be forgotten.
    ~ObjectReader();
    ObjectReader(const ObjectReader&) = delete;
    ObjectReader& operator=(const ObjectReader&) = delete;

    // Absent and null read as empty. A required string must be present and not empty.
    QString string(QLatin1String key, Need need);
    // A whole number that fits an int; `digitsAllowed` also accepts a string of digits ("3").
    std::optional<int> integer(QLatin1String key, Need need, bool digitsAllowed = false);
    // Optional; absent or null is false.
    bool boolean(QLatin1String key);
    // Invalid (empty) when absent, null or wrong.
    QDate date(QLatin1String key, Need need);
    QTime time(QLatin1String key, Need need);
    QDateTime dateTime(QLatin1String key, Need need);
    template <typename Enum>
    Enum enumeration(QLatin1String key, Need need, Enum fallback);
    // An optional list of non-empty strings (ids).
    QStringList strings(QLatin1String key);
    // An optional array as it is (the top level's record lists); empty when absent, null or not an array.
    QJsonArray array(QLatin1String key);

    // An optional (or required) nested object: `read(ObjectReader&)` is called when it is there. Returns
    // whether it was.
    template <typename Read>
    bool object(QLatin1String key, Need need, Read read);
    // An optional list of objects: `read(ObjectReader&)` for each element.
    template <typename Read>
    void objects(QLatin1String key, Read read);

    void error(QLatin1String key, const QString& message);
    QString path(QLatin1String key) const;

private:
    // The value under `key`, marking the key as known. Undefined when absent.
    QJsonValue take(QLatin1String key);
    // The value's string when it is one; reports a wrong type or a missing required value otherwise.
    std::optional<QString> text(QLatin1String key, Need need);
    bool present(QLatin1String key, const QJsonValue& value, Need need);

    const QJsonObject& m_object;
    const QString& m_record;
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
    error(key, QStringLiteral("unknown value \"%1\"; expected one of: %2")
                   .arg(*value, allKeys<Enum>().join(QStringLiteral(", "))));
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
    const QJsonValue value = take(key);
    if (!present(key, value, Need::Optional))
        return;
    if (!value.isArray()) {
        error(key, QStringLiteral("expected an array, found %1").arg(describeType(value)));
        return;
    }
    const QJsonArray array = value.toArray();
    const QString prefix = path(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        const QString elementPath = prefix + u'[' + QString::number(i) + u']';
        if (!element.isObject()) {
            m_diagnostics.errors.append(
                {m_record, elementPath,
                 QStringLiteral("expected an object, found %1").arg(describeType(element))});
            continue;
        }
        const QJsonObject nested = element.toObject();
        ObjectReader reader(nested, m_record, elementPath, m_diagnostics);
        read(reader);
    }
}

}  // namespace passerelle::exchange::detail
