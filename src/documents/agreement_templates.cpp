#include "passerelle/documents/agreement_templates.h"

#include "passerelle/documents/template_engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList strings(const QJsonValue& value) {
    QStringList result;
    for (const QJsonValue& item : value.toArray())
        result << item.toString();
    return result;
}

}  // namespace

Result<AgreementTemplate> agreementTemplate(AgreementKind kind) {
    const QString name = u"clauses/%1.json"_s.arg(key(kind));
    const auto text = loadTemplate(name);
    if (!text)
        return text.error();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text->toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        return failure(u"Modèle %1 illisible : %2."_s.arg(name, error.errorString()), name);
    }
    const QJsonObject root = json.object();
    AgreementTemplate result;
    result.title = root.value(u"title"_s).toString();
    result.subtitle = root.value(u"subtitle"_s).toString();
    for (const QJsonValue& paragraph : root.value(u"preamble"_s).toArray())
        result.preamble << paragraph.toString();
    for (const QJsonValue& value : root.value(u"clauses"_s).toArray()) {
        const QJsonObject clause = value.toObject();
        result.clauses << Clause{clause.value(u"number"_s).toInt(), clause.value(u"title"_s).toString(),
                                 clause.value(u"text"_s).toString()};
    }
    if (root.contains(u"deliberation"_s)) {
        const QJsonObject deliberation = root.value(u"deliberation"_s).toObject();
        DeliberationTemplate model{
            strings(deliberation.value(u"heading"_s)), strings(deliberation.value(u"motives"_s)),
            strings(deliberation.value(u"considering"_s)), deliberation.value(u"decision"_s).toString()};
        if (model.motives.isEmpty() || model.considering.isEmpty() || model.decision.isEmpty()) {
            return failure(
                u"Modèle %1 : délibération sans exposé des motifs, considérants ou décision."_s.arg(name),
                name);
        }
        result.deliberation = std::move(model);
    }
    if (result.title.isEmpty() || result.clauses.isEmpty()) {
        return failure(u"Modèle %1 : titre ou articles manquants."_s.arg(name), name);
    }
    return result;
}

Result<QList<Clause>> defaultClauses(AgreementKind kind) {
    auto model = agreementTemplate(kind);
    if (!model)
        return model.error();
    return std::move(model->clauses);
}

}  // namespace passerelle::documents
