// e) Letters about an agreement. The dates are inputs computed by the rules module: no notice arithmetic
// here.
#include "formatting.h"
#include "french_grammar.h"
#include "passerelle/documents/context_builder.h"
#include "passerelle/documents/documents.h"
#include "passerelle/documents/template_engine.h"
#include "template_values.h"

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {

QVariantMap letterValues(const LetterContext& letter) {
    QVariantList recipients;
    for (const PartyDetails& recipient : letter.recipients)
        recipients << partyValues(recipient);
    return {
        {u"sender"_s, partyValues(letter.sender)},
        {u"recipients"_s, recipients},
        // The sender (the school) writes from its own town when the caller named none.
        {u"signing"_s,
         signingPlace(
             letter.place.isEmpty() ? townFromAddress(letter.sender.organisation.address) : letter.place,
             letter.sentOn)},
        {u"agreementTitle"_s, orBlank(letter.agreement.title)},
        // « Monsieur le Maire » when the letter goes to one person whose civility is known (the seeds' formal
        // notices), « Madame, Monsieur » otherwise.
        {u"salutation"_s, letter.recipients.size() == 1
                              ? salutation(letter.recipients.front().representative.civility,
                                           letter.recipients.front().representative.role)
                              : u"Madame, Monsieur"_s},
        {u"signedOn"_s, longDate(letter.agreement.signedOn)},
    };
}

// The agreement's own article on termination by right, cited by the formal notice as « l'article 6 »: the
// first clause speaking of it, the most specific words first (as rules' clauseReference finds an agreement's
// clause by keywords). Seed 004 puts it inside its « Durée » article, seed 000 has « Article 6 : Résiliation
// ». Empty when the agreement has none: the letter then cites the agreement's stipulations.
QString terminationArticle(const Agreement& agreement) {
    for (const QString& keyword : {u"plein droit"_s, u"mise en demeure"_s, u"résili"_s}) {
        for (const Clause& clause : agreement.clauses) {
            if (clause.number > 0 && (clause.title.contains(keyword, Qt::CaseInsensitive) ||
                                      clause.text.contains(keyword, Qt::CaseInsensitive))) {
                return clause.number == 1 ? u"1er"_s : QString::number(clause.number);
            }
        }
    }
    return {};
}

// A letter is headed by its sender, logo or not: the templates no longer print the sender's block themselves
// (DocumentMaker replaces this letterhead with one carrying the preferences' logo).
Result<PreparedDocument> prepareLetter(const QString& templateName, const QVariantMap& values,
                                       const PdfMetadata& metadata, const Organisation& sender) {
    const auto text = loadTemplate(templateName);
    if (!text)
        return text.error();
    const auto html = renderTemplate(*text, values, templateName);
    if (!html)
        return html.error();
    PreparedDocument prepared{*html, metadata};
    prepared.letterhead = letterheadOf(sender, {});
    return prepared;
}

}  // namespace

Result<PreparedDocument> prepareFormalNotice(const FormalNoticeContext& context) {
    if (!context.terminationDate.isValid()) {
        return failure(u"La date de résiliation de plein droit est requise."_s, u"terminationDate"_s);
    }
    QVariantMap values = letterValues(context.letter);
    QVariantList breaches = paragraphs(context.breaches);
    if (breaches.isEmpty())
        breaches << QVariantMap{{u"text"_s, blank()}, {u"item"_s, true}};
    values.insert(u"breaches"_s, breaches);
    values.insert(u"terminationDate"_s, longDate(context.terminationDate));
    values.insert(u"terminationArticle"_s, terminationArticle(context.letter.agreement));
    return prepareLetter(u"formal_notice.html"_s, values,
                         {u"Mise en demeure — %1"_s.arg(orBlank(context.letter.agreement.title)),
                          u"Mise en demeure par lettre recommandée avec accusé de réception"_s},
                         context.letter.sender.organisation);
}

Result<PreparedDocument> prepareTerminationNotice(const TerminationNoticeContext& context) {
    if (!context.effectiveOn.isValid()) {
        return failure(u"La date de fin d'effet de la dénonciation est requise."_s, u"effectiveOn"_s);
    }
    const Agreement& agreement = context.letter.agreement;
    QVariantMap values = letterValues(context.letter);
    const QVariantList reason = paragraphs(context.reason);
    values.insert(u"hasReason"_s, !reason.isEmpty());
    values.insert(u"reason"_s, reason);
    values.insert(u"effectiveOn"_s, longDate(context.effectiveOn));
    QString notice = u"Compte tenu du préavis prévu,"_s;
    if (agreement.noticeMonths) {
        notice = u"Compte tenu du préavis de %1 mois%2,"_s.arg(*agreement.noticeMonths)
                     .arg(agreement.noticeAnchor == NoticeAnchor::SchoolYearStart
                              ? u" précédant la rentrée scolaire"_s
                              : QString());
    }
    values.insert(u"noticeSentence"_s, notice);
    return prepareLetter(u"termination_notice.html"_s, values,
                         {u"Dénonciation — %1"_s.arg(orBlank(agreement.title)),
                          u"Dénonciation de la convention par lettre recommandée avec accusé de réception"_s},
                         context.letter.sender.organisation);
}

Result<RenderedDocument> renderFormalNotice(const FormalNoticeContext& context,
                                            const RenderOptions& options) {
    const auto prepared = prepareFormalNotice(context);
    if (!prepared)
        return prepared.error();
    return renderPdf(*prepared, options);
}

Result<RenderedDocument> renderTerminationNotice(const TerminationNoticeContext& context,
                                                 const RenderOptions& options) {
    const auto prepared = prepareTerminationNotice(context);
    if (!prepared)
        return prepared.error();
    return renderPdf(*prepared, options);
}

}  // namespace passerelle::documents
