#include "object_reader.h"

#include "text_formats.h"

#include <cmath>
#include <limits>

namespace passerelle::exchange::detail {

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

ObjectReader::ObjectReader(const QJsonObject& object, const QString& record, const QString& path,
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
            m_diagnostics.warnings.append(
                {m_record, where, QStringLiteral("unknown key \"%1\" ignored").arg(name)});
        }
    }
}

QString ObjectReader::path(QLatin1String key) const {
    return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
}

void ObjectReader::error(QLatin1String key, const QString& message) {
    m_diagnostics.errors.append({m_record, path(key), message});
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

std::optional<QString> ObjectReader::text(QLatin1String key, Need need) {
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
    return result;
}

QString ObjectReader::string(QLatin1String key, Need need) {
    return text(key, need).value_or(QString());
}

std::optional<int> ObjectReader::integer(QLatin1String key, Need need, bool digitsAllowed) {
    const QJsonValue value = take(key);
    if (!present(key, value, need))
        return std::nullopt;
    if (value.isString() && digitsAllowed) {
        const QString digits = value.toString();
        bool ok = !digits.isEmpty() && digits.size() <= 9;
        for (const QChar c : digits)
            ok = ok && c >= u'0' && c <= u'9';
        if (ok)
            return digits.toInt();
        error(key, QStringLiteral("expected a whole number, found \"%1\"").arg(digits));
        return std::nullopt;
    }
    if (!value.isDouble()) {
        error(key, QStringLiteral("expected a whole number, found %1").arg(describeType(value)));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (std::floor(number) != number || number < std::numeric_limits<int>::min() ||
        number > std::numeric_limits<int>::max()) {
        error(key, QStringLiteral("expected a whole number, found %1").arg(number));
        return std::nullopt;
    }
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
    if (const auto parsed = parseDate(*value))
        return *parsed;
    error(key, QStringLiteral("not a date (YYYY-MM-DD): \"%1\"").arg(*value));
    return {};
}

QTime ObjectReader::time(QLatin1String key, Need need) {
    const auto value = text(key, need);
    if (!value)
        return {};
    if (const auto parsed = parseTime(*value))
        return *parsed;
    error(key, QStringLiteral("not a time (HH:MM): \"%1\"").arg(*value));
    return {};
}

QDateTime ObjectReader::dateTime(QLatin1String key, Need need) {
    const auto value = text(key, need);
    if (!value)
        return {};
    if (const auto parsed = parseDateTime(*value))
        return *parsed;
    error(key, QStringLiteral("not a date-time (YYYY-MM-DDTHH:MM): \"%1\"").arg(*value));
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

QStringList ObjectReader::strings(QLatin1String key) {
    const QJsonValue value = take(key);
    if (!present(key, value, Need::Optional))
        return {};
    if (!value.isArray()) {
        error(key, QStringLiteral("expected an array, found %1").arg(describeType(value)));
        return {};
    }
    const QJsonArray array = value.toArray();
    QStringList result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        const auto where = [&]() -> QString { return path(key) + u'[' + QString::number(i) + u']'; };
        if (!element.isString()) {
            m_diagnostics.errors.append(
                {m_record, where(),
                 QStringLiteral("expected a string, found %1").arg(describeType(element))});
        } else if (element.toString().isEmpty()) {
            m_diagnostics.errors.append({m_record, where(), QStringLiteral("must not be empty")});
        } else {
            result.append(element.toString());
        }
    }
    return result;
}

}  // namespace passerelle::exchange::detail
