#include "passerelle/exchange/json_format.h"

namespace passerelle::exchange {

QString Issue::describe() const {
    QString text;
    if (!record.isEmpty())
        text += record + QStringLiteral(": ");
    if (!key.isEmpty())
        text += key + QStringLiteral(": ");
    return text + message;
}

QString listKey(RecordKind kind) {
    switch (kind) {
        case RecordKind::Organisation:
            return QStringLiteral("organisations");
        case RecordKind::Person:
            return QStringLiteral("people");
        case RecordKind::Student:
            return QStringLiteral("students");
        case RecordKind::Agreement:
            return QStringLiteral("agreements");
        case RecordKind::Measure:
            return QStringLiteral("measures");
        case RecordKind::Group:
            return QStringLiteral("groups");
    }
    return {};
}

}  // namespace passerelle::exchange
