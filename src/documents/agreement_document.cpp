// a) The agreement itself, from its own clauses (never the kind's template: those were copied at creation).
#include "clause_fields.h"
#include "formatting.h"
#include "french_grammar.h"
#include "passerelle/documents/agreement_templates.h"
#include "passerelle/documents/documents.h"
#include "passerelle/documents/template_engine.h"
#include "template_values.h"

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {

QString articleLabel(int number) {
    return number == 1 ? u"Article 1er"_s : u"Article %1"_s.arg(number);
}

QString deliberationText(const Deliberation& deliberation) {
    // « du Conseil municipal de Rouen », « du Conseil d'administration du collège … »
    Organisation body;
    body.name = deliberation.body;
    QString text = deliberation.body.trimmed().isEmpty() ? u"de "_s + blank()
                                                         : ofName(body.name, organisationGender(body));
    text += u" n° "_s + orBlank(deliberation.number);
    text += u" du "_s + longDate(deliberation.date);
    return text;
}

}  // namespace

Result<PreparedDocument> prepareAgreementDocument(const AgreementContext& context) {
    const Agreement& agreement = context.agreement;
    const auto model = agreementTemplate(agreement.kind);
    if (!model)
        return model.error();
    if (context.parties.size() < 2) {
        return failure(u"Une convention lie au moins deux parties."_s, u"parties"_s);
    }

    QVariantList parties;
    QVariantList cells;
    QVariantList rows;
    for (qsizetype i = 0; i < context.parties.size(); ++i) {
        QVariantMap party = partyValues(context.parties[i]);
        party.insert(u"first"_s, i == 0);
        party.insert(u"following"_s, i > 0);
        parties << party;
        const PartyDetails& details = context.parties[i];
        cells << QVariantMap{{u"heading"_s, party.value(u"signatureHeading"_s)},
                             {u"name"_s, orBlank(details.representative.fullName())},
                             {u"role"_s, orBlank(details.representative.role)}};
        if (cells.size() == 2 || i + 1 == context.parties.size()) {
            // A lone last block keeps the two-column grid: an empty cell beside it.
            while (cells.size() < 2) {
                cells << QVariantMap{
                    {u"heading"_s, QString()}, {u"name"_s, QString()}, {u"role"_s, QString()}};
            }
            rows << QVariantMap{{u"cells"_s, cells}};
            cells.clear();
        }
    }
    QVariantList deliberations;
    for (const Deliberation& deliberation : agreement.deliberations) {
        deliberations << QVariantMap{{u"text"_s, deliberationText(deliberation)}};
    }
    QVariantList preamble;
    for (const QString& paragraph : model->preamble)
        preamble << paragraphs(fillClauseFields(paragraph, context));  // a preamble has lists too (seed 000)
    QVariantList clauses;
    for (const Clause& clause : agreement.clauses) {
        clauses << QVariantMap{{u"label"_s, articleLabel(clause.number)},
                               {u"title"_s, clause.title},
                               {u"paragraphs"_s, paragraphs(fillClauseFields(clause.text, context))}};
    }
    QVariantList amendments;
    for (const Amendment& amendment : agreement.amendments) {
        amendments << QVariantMap{{u"number"_s, amendment.number},
                                  {u"date"_s, longDate(amendment.signedOn)},
                                  {u"paragraphs"_s, paragraphs(amendment.text)}};
    }
    const QString title = agreement.title.trimmed().isEmpty() ? model->title : agreement.title;
    const int copies = agreement.copies.value_or(int(context.parties.size()));

    const QVariantMap values{
        {u"title"_s, title},
        {u"subtitle"_s, agreement.title.trimmed().isEmpty() ? model->subtitle : QString()},
        {u"parties"_s, parties},
        {u"deliberations"_s, deliberations},
        {u"hasPreamble"_s, !preamble.isEmpty()},
        {u"preamble"_s, preamble},
        {u"clauses"_s, clauses},
        {u"amendments"_s, amendments},
        {u"signing"_s, signingPlace(context.place, context.date)},
        {u"copies"_s, numberInWords(copies)},
        {u"signatureRows"_s, rows},
    };
    const auto templateText = loadTemplate(u"agreement.html"_s);
    if (!templateText)
        return templateText.error();
    const auto html = renderTemplate(*templateText, values, u"agreement.html"_s);
    if (!html)
        return html.error();
    return PreparedDocument{*html, {title, u"Convention de partenariat"_s}};
}

Result<RenderedDocument> renderAgreementDocument(const AgreementContext& context,
                                                 const RenderOptions& options) {
    const auto prepared = prepareAgreementDocument(context);
    if (!prepared)
        return prepared.error();
    return renderPdf(*prepared, options);
}

}  // namespace passerelle::documents
