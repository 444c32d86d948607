// g) The annex of local resources (seed 003: « En annexe, joindre un tableau recensant les dispositifs et
// structures pouvant intervenir dans l'aide aux parents et/ou aux élèves »): one row per resource, the
// header row repeated on every page.
#include "formatting.h"
#include "passerelle/documents/agreement_templates.h"
#include "passerelle/documents/documents.h"
#include "passerelle/documents/template_engine.h"

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

Result<PreparedDocument> prepareAnnexDocument(const AgreementContext& context) {
    const Agreement& agreement = context.agreement;
    if (agreement.resources.isEmpty())
        return failure(u"La convention n'a pas de ressources locales en annexe."_s, u"resources"_s);
    QString title = agreement.title.trimmed();
    if (title.isEmpty()) {
        const auto model = agreementTemplate(agreement.kind);
        if (!model)
            return model.error();
        title = model->title;
    }
    QVariantList rows;
    for (const Resource& resource : agreement.resources) {
        // An empty cell stays empty: a resource without an e-mail has none, nothing to fill in.
        rows << QVariantMap{{u"name"_s, resource.name.trimmed()},
                            {u"kind"_s, resource.kind.trimmed()},
                            {u"audience"_s, resource.audience.trimmed()},
                            {u"contact"_s, resource.contact.trimmed()},
                            // « 01 43 96 12 40 » on one line in its narrow column.
                            {u"phone"_s, resource.phone.trimmed().replace(u' ', QChar(0x00A0))},
                            {u"email"_s, resource.email.trimmed()}};
    }
    const QVariantMap values{{u"title"_s, title}, {u"resources"_s, rows}};
    const auto templateText = loadTemplate(u"annex.html"_s);
    if (!templateText)
        return templateText.error();
    const auto html = renderTemplate(*templateText, values, u"annex.html"_s);
    if (!html)
        return html.error();
    return PreparedDocument{*html, {u"Annexe – Les ressources locales"_s, u"Annexe – %1"_s.arg(title)}};
}

Result<RenderedDocument> renderAnnexDocument(const AgreementContext& context, const RenderOptions& options) {
    const auto prepared = prepareAnnexDocument(context);
    if (!prepared)
        return prepared.error();
    return renderPdf(*prepared, options);
}

}  // namespace passerelle::documents
