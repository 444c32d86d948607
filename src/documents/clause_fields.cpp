#include "clause_fields.h"

#include "formatting.h"
#include "french_grammar.h"
#include "passerelle/documents/context_builder.h"

#include <QRegularExpression>

#include <optional>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {

const Organisation* firstOfKind(const AgreementContext& context, OrganisationKind kind) {
    for (const PartyDetails& party : context.parties) {
        if (party.organisation.kind == kind)
            return &party.organisation;
    }
    return nullptr;
}

QString nameOf(const Organisation* organisation) {
    return orBlank(organisation ? organisation->name : QString());
}

// « trois ans », « un an »; a blank before the unit when the value is not known (« ………… ans »).
QString countInWords(const std::optional<int>& count, const QString& singular, const QString& plural) {
    if (!count || *count <= 0)
        return blank() + u' ' + plural;
    return numberInWords(*count) + u' ' + (*count == 1 ? singular : plural);
}

QString groupSize(const Agreement& agreement) {
    if (!agreement.groupSize || agreement.groupSize->max <= 0)
        return blank();
    const GroupSize& size = *agreement.groupSize;
    if (size.min <= 0 || size.min == size.max)
        return QString::number(size.max);
    return u"%1 à %2"_s.arg(size.min).arg(size.max);
}

// The value of a known field; nullopt for a name that is not a field.
std::optional<QString> fieldValue(const QString& name, const AgreementContext& context) {
    const Agreement& agreement = context.agreement;
    if (name == u"ville"_s)
        return nameOf(firstOfKind(context, OrganisationKind::Town));
    if (name == u"commune"_s) {
        const Organisation* town = firstOfKind(context, OrganisationKind::Town);
        return orBlank(town ? townFromAddress(town->address) : QString());
    }
    if (name == u"établissement"_s)
        return nameOf(firstOfKind(context, OrganisationKind::School));
    if (name == u"association"_s)
        return nameOf(firstOfKind(context, OrganisationKind::Association));
    if (name == u"structure"_s)
        return nameOf(firstOfKind(context, OrganisationKind::Host));
    if (name == u"fin"_s)
        return longDate(agreement.effectiveEnd());
    if (name == u"jour de fin"_s) {
        const QDate end = agreement.effectiveEnd();
        return end.isValid() ? longDateWithDay(end) : blank();
    }
    if (name == u"effectif"_s)
        return groupSize(agreement);
    if (name == u"durée"_s)
        return countInWords(agreement.durationYears, u"an"_s, u"ans"_s);
    if (name == u"préavis"_s)
        return countInWords(agreement.noticeMonths, u"mois"_s, u"mois"_s);
    return std::nullopt;
}

// « de » and « le »/« la » before a name starting with a vowel elide: « le CMPP de {commune} » prints « le
// CMPP d'Ivry-sur-Seine ». A name starting with h is left alone (h aspiré or not, a dictionary question).
void elide(QString& before, const QString& value) {
    if (!startsWithVowel(value))
        return;
    static const QRegularExpression article(u"(?:^|(?<=\\s|\\())([DdLl])(?:e|a) $"_s);
    const QRegularExpressionMatch match = article.match(before);
    if (match.hasMatch())
        before.replace(match.capturedStart(), match.capturedLength(), match.captured(1) + u'\'');
}

}  // namespace

QStringList clauseFieldNames() {
    return {u"ville"_s, u"commune"_s,     u"établissement"_s, u"association"_s, u"structure"_s,
            u"fin"_s,   u"jour de fin"_s, u"effectif"_s,      u"durée"_s,       u"préavis"_s};
}

QString fillClauseFields(const QString& text, const AgreementContext& context) {
    if (!text.contains(u'{'))
        return text;
    static const QRegularExpression field(u"\\{([^{}\\n]+)\\}"_s);
    QString result;
    qsizetype from = 0;
    for (auto it = field.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString before = text.mid(from, match.capturedStart() - from);
        const auto value = fieldValue(match.captured(1).trimmed(), context);
        if (value)
            elide(before, *value);
        result += before;
        result += value ? *value : match.captured();
        from = match.capturedEnd();
    }
    result += QStringView(text).mid(from);
    return result;
}

}  // namespace passerelle::documents
