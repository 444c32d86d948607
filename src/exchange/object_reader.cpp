#include "object_reader.h"

#include "text_formats.h"

#include <algorithm>
#include <cmath>

namespace passerelle::exchange::detail {

namespace {

// Longer values are cut in messages.
constexpr qsizetype kQuotedLength = 40;

// Every date's year lies within these, so that no calendar walk over a date the file gives can run for ever.
bool inYears(int year) {
    return year >= input::kFirstYear && year <= input::kLastYear;
}

bool blank(const QString& text) {
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

}  // namespace

QString quoted(const QString& value) {
    if (value.size() <= kQuotedLength)
        return u'"' + value + u'"';
    return u'"' + value.left(kQuotedLength) + QStringLiteral("…\" (%1 characters)").arg(value.size());
}

QString describeType(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("a boolean");
        case QJsonValue::Double:
            return QStringLiteral("a number");
        case QJsonValue::String:
            return QStringLiteral("a string");
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        case QJsonValue::Undefined:
            break;
    }
    return QStringLiteral("nothing");
}

ObjectReader::ObjectReader(const QJsonObject& object, const RecordName& record, const QString& path,
                           Diagnostics& diagnostics)
    : m_object(object), m_record(record), m_path(path), m_diagnostics(diagnostics) {}

ObjectReader::~ObjectReader() {
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString name = it.key();
        bool known = false;
        for (const QLatin1String& candidate : m_known) {
            if (name == candidate) {
                known = true;
                break;
            }
        }
        if (!known) {
            const QString where = m_path.isEmpty() ? name : m_path + u'.' + name;
            Issue warning{m_record.label, where, QStringLiteral("unknown key \"%1\" ignored").arg(name)};
            warning.recordId = m_record.id;
            m_diagnostics.warnings.append(warning);
        }
    }
}

QString ObjectReader::path(QLatin1String key) const {
    return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
}

void ObjectReader::error(QLatin1String key, const QString& message) {
    errorAt(path(key), message);
}

void ObjectReader::errorAt(const QString& path, const QString& message) {
    Issue issue{m_record.label, path, message};
    issue.recordId = m_record.id;
    m_diagnostics.errors.append(issue);
}

QJsonValue ObjectReader::take(QLatin1String key) {
    m_known.append(key);
    return m_object.value(key);
}

bool ObjectReader::present(QLatin1String key, const QJsonValue& value, Need need) {
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required) {
            error(key, value.isNull() ? QStringLiteral("required key is null")
                                      : QStringLiteral("missing required key"));
        }
        return false;
    }
    return true;
}

std::optional<QJsonArray> ObjectReader::list(QLatin1String key) {
    const QJsonValue value = take(key);
    if (!present(key, value, Need::Optional))
        return std::nullopt;
    if (!value.isArray()) {
        error(key, QStringLiteral("expected an array, found %1").arg(describeType(value)));
        return std::nullopt;
    }
    QJsonArray array = value.toArray();
    if (array.size() > input::kMaxListItems) {
        error(key,
              QStringLiteral("too many items: %1; at most %2").arg(array.size()).arg(input::kMaxListItems));
        return std::nullopt;
    }
    return array;
}

std::optional<QString> ObjectReader::text(QLatin1String key, Need need, int maxLength) {
    const QJsonValue value = take(key);
    if (!present(key, value, need))
        return std::nullopt;
    if (!value.isString()) {
        error(key, QStringLiteral("expected a string, found %1").arg(describeType(value)));
        return std::nullopt;
    }
    QString result = value.toString();
    if (result.isEmpty()) {
        if (need == Need::Required)
            error(key, QStringLiteral("must not be empty"));
        return std::nullopt;
    }
    if (result.size() > maxLength) {
        error(key, QStringLiteral("too long: %1 characters; at most %2").arg(result.size()).arg(maxLength));
        return std::nullopt;
    }
    return result;
}

QString ObjectReader::string(QLatin1String key, Need need, int maxLength) {
    return text(key, need, maxLength).value_or(QString());
}

QString ObjectReader::id(QLatin1String key, Need need) {
    const auto value = text(key, need, input::kMaxIdLength);
    if (!value)
        return {};
    if (blank(*value)) {
        error(key, QStringLiteral("an id must not be made of spaces only"));
        return {};
    }
    return *value;
}

std::optional<int> ObjectReader::integer(QLatin1String key, Need need, input::IntRange range,
                                         bool digitsAllowed) {
    const auto outOfRange = [&](const QString& found) {
        error(key,
              QStringLiteral("out of range: %1; expected %2 to %3").arg(found).arg(range.min).arg(range.max));
        return std::nullopt;
    };
    const QJsonValue value = take(key);
    if (!present(key, value, need))
        return std::nullopt;
    if (value.isString() && digitsAllowed) {
        const QString digits = value.toString();
        bool ok = !digits.isEmpty();
        long long number = 0;
        for (const QChar c : digits) {
            ok = ok && c >= u'0' && c <= u'9';
            // Capped: past any int the value is out of range anyway, and must not overflow.
            if (ok)
                number = std::min(number * 10 + (c.unicode() - u'0'), 1LL << 40);
        }
        if (!ok) {
            error(key, QStringLiteral("expected a whole number, found %1").arg(quoted(digits)));
            return std::nullopt;
        }
        if (number < range.min || number > range.max)
            return outOfRange(quoted(digits));
        return static_cast<int>(number);
    }
    if (!value.isDouble()) {
        error(key, QStringLiteral("expected a whole number, found %1").arg(describeType(value)));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number) {
        error(key, QStringLiteral("expected a whole number, found %1").arg(number));
        return std::nullopt;
    }
    if (number < range.min || number > range.max)
        return outOfRange(std::abs(number) < 1e15 ? QString::number(number, 'f', 0)
                                                  : QString::number(number));
    return static_cast<int>(number);
}

bool ObjectReader::boolean(QLatin1String key) {
    const QJsonValue value = take(key);
    if (!present(key, value, Need::Optional))
        return false;
    if (!value.isBool()) {
        error(key, QStringLiteral("expected true or false, found %1").arg(describeType(value)));
        return false;
    }
    return value.toBool();
}

QDate ObjectReader::date(QLatin1String key, Need need) {
    const auto value = text(key, need);
    if (!value)
        return {};
    if (const auto parsed = parseDate(*value)) {
        if (inYears(parsed->year()))
            return *parsed;
        error(key, QStringLiteral("out of range: %1; dates lie between %2-01-01 and %3-12-31")
                       .arg(quoted(*value))
                       .arg(input::kFirstYear)
                       .arg(input::kLastYear));
        return {};
    }
    error(key, QStringLiteral("not a date (YYYY-MM-DD): %1").arg(quoted(*value)));
    return {};
}

QTime ObjectReader::time(QLatin1String key, Need need) {
    const auto value = text(key, need);
    if (!value)
        return {};
    if (const auto parsed = parseTime(*value))
        return *parsed;
    error(key, QStringLiteral("not a time (HH:MM): %1").arg(quoted(*value)));
    return {};
}

QDateTime ObjectReader::dateTime(QLatin1String key, Need need) {
    const auto value = text(key, need);
    if (!value)
        return {};
    if (const auto parsed = parseDateTime(*value)) {
        if (inYears(parsed->date().year()))
            return *parsed;
        error(key,
              QStringLiteral("out of range: %1; date-times lie between %2-01-01T00:00 and %3-12-31T23:59")
                  .arg(quoted(*value))
                  .arg(input::kFirstYear)
                  .arg(input::kLastYear));
        return {};
    }
    error(key, QStringLiteral("not a date-time (YYYY-MM-DDTHH:MM): %1").arg(quoted(*value)));
    return {};
}

QJsonArray ObjectReader::array(QLatin1String key) {
    const QJsonValue value = take(key);
    if (!present(key, value, Need::Optional))
        return {};
    if (!value.isArray()) {
        error(key, QStringLiteral("expected an array, found %1").arg(describeType(value)));
        return {};
    }
    return value.toArray();
}

QStringList ObjectReader::ids(QLatin1String key) {
    const std::optional<QJsonArray> array = list(key);
    if (!array)
        return {};
    QStringList result;
    result.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue element = array->at(i);
        const auto where = [&]() -> QString { return path(key) + u'[' + QString::number(i) + u']'; };
        if (!element.isString()) {
            errorAt(where(), QStringLiteral("expected a string, found %1").arg(describeType(element)));
            continue;
        }
        const QString id = element.toString();
        if (id.isEmpty())
            errorAt(where(), QStringLiteral("must not be empty"));
        else if (id.size() > input::kMaxIdLength)
            errorAt(where(), QStringLiteral("too long: %1 characters; at most %2")
                                 .arg(id.size())
                                 .arg(input::kMaxIdLength));
        else if (blank(id))
            errorAt(where(), QStringLiteral("an id must not be made of spaces only"));
        else
            result.append(id);
    }
    return result;
}

}  // namespace passerelle::exchange::detail
