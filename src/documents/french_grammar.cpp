#include "french_grammar.h"

#include "passerelle/domain/person.h"

#include <QHash>
#include <QRegularExpression>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {

QString firstWord(const QString& text) {
    static const QRegularExpression separator(u"[\\s,’']"_s);
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(separator);
    return end < 0 ? trimmed : trimmed.left(end);
}

// The nouns organisations' names start with, by gender. An acronym (ALCEJ, CMPP) is not here: its kind
// decides.
Gender genderOfNoun(const QString& noun) {
    static const QHash<QString, Gender> nouns{
        {u"ville"_s, Gender::Feminine},          {u"commune"_s, Gender::Feminine},
        {u"mairie"_s, Gender::Feminine},         {u"métropole"_s, Gender::Feminine},
        {u"communauté"_s, Gender::Feminine},     {u"direction"_s, Gender::Feminine},
        {u"caisse"_s, Gender::Feminine},         {u"association"_s, Gender::Feminine},
        {u"maison"_s, Gender::Feminine},         {u"mission"_s, Gender::Feminine},
        {u"fédération"_s, Gender::Feminine},     {u"structure"_s, Gender::Feminine},
        {u"préfecture"_s, Gender::Feminine},     {u"région"_s, Gender::Feminine},
        {u"protection"_s, Gender::Feminine},     {u"cité"_s, Gender::Feminine},
        {u"école"_s, Gender::Feminine},          {u"entreprise"_s, Gender::Feminine},
        {u"société"_s, Gender::Feminine},        {u"médiathèque"_s, Gender::Feminine},
        {u"bibliothèque"_s, Gender::Feminine},   {u"régie"_s, Gender::Feminine},
        {u"collège"_s, Gender::Masculine},       {u"lycée"_s, Gender::Masculine},
        {u"établissement"_s, Gender::Masculine}, {u"centre"_s, Gender::Masculine},
        {u"conseil"_s, Gender::Masculine},       {u"département"_s, Gender::Masculine},
        {u"service"_s, Gender::Masculine},       {u"club"_s, Gender::Masculine},
        {u"foyer"_s, Gender::Masculine},         {u"restaurant"_s, Gender::Masculine},
        {u"institut"_s, Gender::Masculine},      {u"syndicat"_s, Gender::Masculine},
        {u"groupement"_s, Gender::Masculine},    {u"office"_s, Gender::Masculine},
        {u"tribunal"_s, Gender::Masculine},      {u"cmpp"_s, Gender::Masculine},
        {u"ccas"_s, Gender::Masculine},          {u"clspd"_s, Gender::Masculine},
        {u"ehpad"_s, Gender::Masculine},         {u"pôle"_s, Gender::Masculine},
        {u"espace"_s, Gender::Masculine},        {u"atelier"_s, Gender::Masculine},
    };
    return nouns.value(noun.toLower(), Gender::Unknown);
}

Gender genderOfKind(OrganisationKind kind) {
    switch (kind) {
        case OrganisationKind::Town:          // la commune
        case OrganisationKind::Association:   // l'association
        case OrganisationKind::Host:          // la structure d'accueil
        case OrganisationKind::StateService:  // la direction, l'administration
            return Gender::Feminine;
        case OrganisationKind::School:        // l'établissement
        case OrganisationKind::HealthCentre:  // le centre
            return Gender::Masculine;
        case OrganisationKind::Other:
            break;
    }
    return Gender::Unknown;
}

// The article a name already carries: « La Maison des adolescents », « L'ALCEJ », « Le CMPP ».
bool hasOwnArticle(const QString& name) {
    static const QRegularExpression article(u"^(?:le|la|les)\\s|^l['’]"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return article.match(name.trimmed()).hasMatch();
}

QString capitalised(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString lowerFirst(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

}  // namespace

bool startsWithVowel(const QString& word) {
    static const QString vowels = u"AEIOUYÀÂÉÈÊËÎÏÔÛÜaeiouyàâéèêëîïôûü"_s;
    return !word.isEmpty() && vowels.contains(word.front());
}

Gender organisationGender(const Organisation& organisation) {
    QString name = organisation.name.trimmed();
    static const QRegularExpression article(u"^(?:le|la|les)\\s+|^l['’]"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = article.match(name);
    if (match.hasMatch()) {
        const QString word = match.captured().trimmed().toLower();
        if (word == u"la"_s)
            return Gender::Feminine;
        if (word == u"le"_s)
            return Gender::Masculine;
        name = name.mid(match.capturedLength());
    }
    const Gender byName = genderOfNoun(firstWord(name));
    if (byName != Gender::Unknown)
        return byName;
    // An acronym's « raison sociale » tells what it stands for: « CSC » is « Centre socioculturel ».
    const Gender byLegalName = genderOfNoun(firstWord(organisation.legalName));
    return byLegalName != Gender::Unknown ? byLegalName : genderOfKind(organisation.kind);
}

QString withArticle(const QString& name, Gender gender) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    if (hasOwnArticle(trimmed))
        return lowerFirst(trimmed);
    if (startsWithVowel(trimmed))
        return u"l’"_s + trimmed;
    switch (gender) {
        case Gender::Feminine:
            return u"la "_s + trimmed;
        case Gender::Masculine:
            return u"le "_s + trimmed;
        case Gender::Unknown:
            break;
    }
    return trimmed;
}

QString ofName(const QString& name, Gender gender) {
    // A name written with its « de » already (« du Conseil municipal ») stays as written.
    static const QRegularExpression already(u"^(?:du|des|de la|de l['’]|d['’])\\s*"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    if (already.match(name.trimmed()).hasMatch())
        return lowerFirst(name.trimmed());
    const QString named = withArticle(name, gender);
    if (named.startsWith(u"le "_s))
        return u"du "_s + named.mid(3);
    if (named.startsWith(u"les "_s))
        return u"des "_s + named.mid(4);
    return u"de "_s + named;
}

QString withArticleCapitalised(const QString& name, Gender gender) {
    return capitalised(withArticle(name, gender));
}

QString agreed(const QString& masculine, Gender gender) {
    switch (gender) {
        case Gender::Feminine:
            return masculine + u'e';
        case Gender::Masculine:
            return masculine;
        case Gender::Unknown:
            break;
    }
    return masculine + u"(e)"_s;
}

QString civilityWord(const QString& civility) {
    if (civility == u"Mme"_s)
        return u"Madame"_s;
    if (civility == u"M."_s)
        return u"Monsieur"_s;
    return {};
}

QString withCivility(const QString& civility, const QString& fullName) {
    const QString word = civilityWord(civility);
    return word.isEmpty() || fullName.trimmed().isEmpty() ? fullName : word + u' ' + fullName;
}

QString withCivilityAbbreviation(const QString& civility, const QString& fullName) {
    return civility.isEmpty() || fullName.trimmed().isEmpty() ? fullName : civility + u' ' + fullName;
}

QString ofWord(const QString& word) {
    const QString trimmed = word.trimmed();
    return startsWithVowel(trimmed) ? u"d’"_s + trimmed : u"de "_s + trimmed;
}

QString salutation(const QString& civility, const QString& role) {
    const QString word = civilityWord(civility);
    if (word.isEmpty())
        return u"Madame, Monsieur"_s;
    // The quality up to its first complement: « Maire de la ville de … » → « Maire », « Adjointe au Maire
    // chargée des Écoles » → « Adjointe au Maire », « Principale du collège » → « Principale ».
    static const QRegularExpression complement(u",|\\s(?:de|du|des|d['’]|chargée?|en charge)\\b"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    QString quality = role.trimmed();
    if (const auto match = complement.match(quality); match.hasMatch())
        quality = quality.left(match.capturedStart()).trimmed();
    if (quality.isEmpty())
        return word;
    quality = capitalised(quality);
    if (startsWithVowel(quality))
        return word + u" l’"_s + quality;
    return word + (isFeminine(civility) ? u" la "_s : u" le "_s) + quality;
}

QString relationFor(const QString& civility, const QString& relation) {
    if (!isFeminine(civility))
        return relation;
    static const QHash<QString, QString> feminine{
        {u"tuteur"_s, u"tutrice"_s},       {u"tuteur légal"_s, u"tutrice légale"_s},
        {u"éducateur"_s, u"éducatrice"_s}, {u"assistant familial"_s, u"assistante familiale"_s},
        {u"ascendant"_s, u"ascendante"_s}, {u"autre membre de la famille"_s, u"autre membre de la famille"_s},
    };
    return feminine.value(relation.trimmed().toLower(), relation);
}

}  // namespace passerelle::documents
