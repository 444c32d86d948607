#include "passerelle/documents/agreement_templates.h"

#include "passerelle/documents/template_engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

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
