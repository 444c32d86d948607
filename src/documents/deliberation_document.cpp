// f) The council's deliberation approving an agreement (seed 002): the report's « EXPOSÉ DES MOTIFS », then
// « LE CONSEIL, ... vu ..., considérant ..., DÉLIBÈRE ... ARTICLE UNIQUE » and the prefecture's control. The
// words are the kind's (clauses/<kind>.json, "deliberation"); a kind without them gets a generic deliberation
// made from its preamble.
#include "clause_fields.h"
#include "formatting.h"
#include "passerelle/documents/agreement_templates.h"
#include "passerelle/documents/documents.h"
#include "passerelle/documents/template_engine.h"
#include "template_values.h"

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {

QString agreementTitle(const AgreementContext& context, const AgreementTemplate& model) {
    const QString title = context.agreement.title.trimmed();
    return title.isEmpty() ? model.title : title;
}

// « Commune de Choisy-le-Roi, Collège Henri Matisse et ALCEJ »
QString partyNames(const AgreementContext& context) {
    QStringList names;
    for (const PartyDetails& party : context.parties)
        names << orBlank(party.organisation.name);
    if (names.size() < 2)
        return names.join(QString());
    return names.mid(0, names.size() - 1).join(u", "_s) + u" et "_s + names.last();
}

// Who the council authorises to sign: the mayor for a town council (seed 002), the head of school for a
// school's board, the president for a département's council.
QString signatory(const QString& body) {
    if (body.contains(u"administration"_s, Qt::CaseInsensitive))
        return u"le chef d'établissement"_s;
    if (body.contains(u"départemental"_s, Qt::CaseInsensitive) ||
        body.contains(u"général"_s, Qt::CaseInsensitive) || body.contains(u"régional"_s, Qt::CaseInsensitive))
        return u"le Président"_s;
    return u"le Maire"_s;
}

// The code the council deliberates under: a school's board, the code de l'éducation; a local authority's
// council (seed 002), the code général des collectivités territoriales.
QString codeOf(const QString& body) {
    return body.contains(u"administration"_s, Qt::CaseInsensitive)
               ? u"code de l'éducation"_s
               : u"code général des collectivités territoriales"_s;
}

// A kind without a deliberation of its own: the preamble as the report's motives, one « considérant » on
// the partnership, and the seed's decision naming the agreement.
DeliberationTemplate genericDeliberation(const AgreementContext& context, const AgreementTemplate& model,
                                         const QString& body) {
    const QString title = agreementTitle(context, model);
    DeliberationTemplate result;
    result.heading << title;
    result.motives = model.preamble;
    result.motives << u"C'est pourquoi, je vous propose d'approuver la convention « %1 »."_s.arg(title);
    result.considering << u"considérant qu'il convient de fixer, dans une convention de partenariat, les "
                          u"modalités de collaboration entre %1"_s.arg(partyNames(context));
    result.decision =
        u"APPROUVE la convention « %1 » et AUTORISE %2 à la signer."_s.arg(title, signatory(body));
    return result;
}

// « du Conseil municipal » (as the agreement cites it) heads the deliberation as « Conseil municipal ».
QString bodyHeading(const QString& body) {
    QString text = body.trimmed();
    for (const QString& article : {u"du "_s, u"de la "_s, u"de l'"_s, u"des "_s}) {
        if (text.startsWith(article, Qt::CaseInsensitive)) {
            text = text.mid(article.size());
            break;
        }
    }
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// « LE 20 NOVEMBRE 2009 », as the prefecture's stamp reads; a blank to fill in while not known.
QString stampDate(const QDate& date) {
    return date.isValid() ? longDate(date).toUpper() : blank();
}

QVariantList filled(const QStringList& lines, const AgreementContext& context) {
    QVariantList result;
    for (const QString& line : lines)
        result << paragraphs(fillClauseFields(line, context));
    return result;
}

}  // namespace

const Deliberation* approvingDeliberation(const Agreement& agreement) {
    for (const Deliberation& deliberation : agreement.deliberations) {
        if (deliberation.body.contains(u"onseil municipal"_s, Qt::CaseInsensitive))
            return &deliberation;
    }
    return agreement.deliberations.isEmpty() ? nullptr : &agreement.deliberations.first();
}

Result<PreparedDocument> prepareDeliberationDocument(const AgreementContext& context) {
    const Deliberation* deliberation = approvingDeliberation(context.agreement);
    if (!deliberation)
        return failure(u"La convention n'a pas de délibération."_s, u"deliberations"_s);
    const auto model = agreementTemplate(context.agreement.kind);
    if (!model)
        return model.error();
    const DeliberationTemplate words =
        model->deliberation ? *model->deliberation : genericDeliberation(context, *model, deliberation->body);

    QString town;
    for (const PartyDetails& party : context.parties) {
        if (party.organisation.kind == OrganisationKind::Town) {
            town = party.organisation.name;
            break;
        }
    }
    QVariantList heading;
    for (const QString& line : words.heading)
        heading << fillClauseFields(line, context);
    QVariantList considering;
    for (const QString& line : words.considering)
        considering << fillClauseFields(line, context);
    const QString number = orBlank(deliberation->number.trimmed());
    const QString date = longDate(deliberation->date);

    const QVariantMap values{
        {u"town"_s, town},
        {u"body"_s, bodyHeading(deliberation->body)},
        {u"number"_s, number},
        {u"date"_s, date},
        // « 6 septembre 2026 » kept on one line of the title.
        {u"headingDate"_s, QString(date).replace(u' ', QChar(0x00A0))},
        {u"code"_s, codeOf(deliberation->body)},
        {u"heading"_s, heading},
        {u"motives"_s, filled(words.motives, context)},
        {u"considering"_s, considering},
        {u"decision"_s, fillClauseFields(words.decision, context)},
        {u"receivedAt"_s, stampDate(deliberation->receivedAt)},
        {u"transmittedAt"_s, stampDate(deliberation->transmittedAt)},
        {u"publishedOn"_s, stampDate(deliberation->publishedOn)},
    };
    const auto templateText = loadTemplate(u"deliberation.html"_s);
    if (!templateText)
        return templateText.error();
    const auto html = renderTemplate(*templateText, values, u"deliberation.html"_s);
    if (!html)
        return html.error();
    return PreparedDocument{
        *html,
        {u"Délibération n° %1 du %2"_s.arg(number, date),
         u"Délibération approuvant la convention « %1 »"_s.arg(agreementTitle(context, *model))}};
}

Result<RenderedDocument> renderDeliberationDocument(const AgreementContext& context,
                                                    const RenderOptions& options) {
    const auto prepared = prepareDeliberationDocument(context);
    if (!prepared)
        return prepared.error();
    return renderPdf(*prepared, options);
}

}  // namespace passerelle::documents
