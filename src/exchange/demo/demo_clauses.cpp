#include "demo_clauses.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace passerelle::exchange::demo {
namespace {

using namespace Qt::Literals::StringLiterals;

// Parsed once; the resource is part of the library, so a failure here is a build mistake, not a user's.
const QJsonObject& templates() {
    static const QJsonObject object = [] {
        QFile file(u":/passerelle/demo/clauses.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("demo clause templates missing from the resources");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return object;
}

}  // namespace

QString durationText(int years) {
    static const std::array<QString, 6> words{u"zéro"_s,  u"un"_s,     u"deux"_s,
                                              u"trois"_s, u"quatre"_s, u"cinq"_s};
    const QString number =
        years >= 0 && years < 6 ? words[static_cast<std::size_t>(years)] : QString::number(years);
    return number + (years > 1 ? u" ans"_s : u" an"_s);
}

QList<Clause> clausesFor(AgreementKind kind, const QHash<QString, QString>& values) {
    QList<Clause> clauses;
    const QJsonArray articles = templates().value(key(kind)).toArray();
    for (const QJsonValue& article : articles) {
        const QJsonObject object = article.toObject();
        Clause clause;
        clause.number = object.value("number"_L1).toInt();
        clause.title = object.value("title"_L1).toString();
        clause.text = object.value("text"_L1).toString();
        if (clause.text.contains(u'{')) {
            for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                clause.text.replace(u'{' + it.key() + u'}', it.value());
            }
        }
        clauses.append(clause);
    }
    return clauses;
}

}  // namespace passerelle::exchange::demo
