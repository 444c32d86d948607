#include "template_values.h"

#include "formatting.h"
#include "french_grammar.h"

#include <QStringList>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {

// An organisation's « raison sociale » to print beside its name: empty when it has none, or when the name
// says it already (« Association Cœur de Ville (ACV) » beside « Association Cœur de Ville »; spaces and case
// aside).
QString legalNameBesides(const Organisation& organisation) {
    const QString legalName = organisation.legalName.simplified();
    if (legalName.isEmpty() || organisation.name.simplified().contains(legalName, Qt::CaseInsensitive))
        return {};
    return legalName;
}

}  // namespace

QVariantMap organisationValues(const Organisation& organisation) {
    return {
        {u"name"_s, orBlank(organisation.name)},
        {u"uai"_s, orBlank(organisation.uai)},
        {u"address"_s, orBlank(organisation.address)},
        {u"phone"_s, orBlank(organisation.phone)},
        {u"email"_s, orBlank(organisation.email)},
        // Empty when none, for a {{#legalName}} section.
        {u"legalName"_s, legalNameBesides(organisation)},
    };
}

QVariantMap personValues(const Person& person) {
    return {
        {u"firstName"_s, orBlank(person.firstName)},
        {u"lastName"_s, orBlank(person.lastName)},
        {u"fullName"_s, orBlank(person.fullName())},
        {u"role"_s, orBlank(person.role)},
        // The forms' « Représenté par Mme Cécile Ancher » (seed 004: « par M. (MM.) »).
        {u"formalName"_s, orBlank(withCivilityAbbreviation(person.civility, person.fullName()))},
        {u"email"_s, orBlank(person.email)},
        {u"phone"_s, orBlank(person.phone)},
    };
}

QVariantMap representativeValues(const LegalRepresentative& representative) {
    return {
        // « Mme Sophie Martin (tutrice) »: the form's abbreviation, the relation in her gender.
        {u"fullName"_s,
         orBlank(withCivilityAbbreviation(representative.civility, representative.fullName()))},
        {u"relation"_s, orBlank(relationFor(representative.civility, representative.relation))},
        {u"address"_s, orBlank(representative.address)},
        {u"phone"_s, orBlank(representative.phone)},
        {u"email"_s, orBlank(representative.email)},
    };
}

QVariantMap studentValues(const Student& student, const QDate& on) {
    const auto age = student.ageOn(on);
    QVariantList representatives;
    for (const LegalRepresentative& representative : student.legalRepresentatives) {
        representatives << representativeValues(representative);
    }
    // A form always shows at least one representative to fill in.
    if (representatives.isEmpty())
        representatives << representativeValues({});
    return {
        {u"firstName"_s, orBlank(student.firstName)},
        {u"lastName"_s, orBlank(student.lastName)},
        {u"fullName"_s, orBlank(student.fullName())},
        {u"birthDate"_s, longDate(student.birthDate)},
        {u"className"_s, orBlank(student.className)},
        {u"minor"_s, !age || *age < 18},  // unknown age: treat as a minor, the safer reading
        {u"representatives"_s, representatives},
        {u"representative"_s, representatives.front()},
    };
}

QVariantMap partyValues(const PartyDetails& party) {
    const Gender gender = organisationGender(party.organisation);
    const Person& representative = party.representative;
    const QString role = representative.role.trimmed();
    return {
        {u"organisation"_s, organisationValues(party.organisation)},
        {u"representative"_s, personValues(representative)},
        // « La Ville de Rouen », to open the party's paragraph; « la Ville de Rouen » inside a sentence.
        {u"name"_s, orBlank(withArticleCapitalised(party.organisation.name, gender))},
        {u"nameInSentence"_s, orBlank(withArticle(party.organisation.name, gender))},
        // The « raison sociale » in brackets after the name (seed 004: « nom, raison sociale et adresse »),
        // « L'ALCEJ (Association Loisirs Culture Enfance Jeunesse) »; none when it only repeats the name.
        {u"legalName"_s, legalNameBesides(party.organisation)},
        // The participles agree with the organisation (« La Ville …, représentée », « Le Collège …,
        // représenté »).
        {u"represented"_s, agreed(u"représenté"_s, gender)},
        {u"designated"_s, agreed(u"dénommé"_s, gender)},
        {u"representativeName"_s, orBlank(withCivility(representative.civility, representative.fullName()))},
        // « en sa qualité d'Adjointe au Maire »: blank to fill when the quality is unknown.
        {u"quality"_s, role.isEmpty() ? u"de "_s + blank() : ofWord(role)},
        {u"designation"_s, party.designation.trimmed()},
        {u"delegation"_s, party.delegation.trimmed()},
        // Above the signature: the seed's « P. le Maire de Rouen » when given, else « Pour la Ville de Rouen
        // ».
        {u"signatureHeading"_s, party.signatureMention.trimmed().isEmpty()
                                    ? u"Pour "_s + orBlank(withArticle(party.organisation.name, gender))
                                    : party.signatureMention.trimmed()},
        {u"salutation"_s, salutation(representative.civility, role)},
    };
}

QVariantList paragraphs(const QString& text) {
    QVariantList result;
    for (const QString& raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const bool item = line.startsWith(u"- "_s) || line.startsWith(u"― "_s) || line.startsWith(u"• "_s);
        result << QVariantMap{{u"text"_s, item ? line.mid(2).trimmed() : line}, {u"item"_s, item}};
    }
    return result;
}

QVariantMap signingPlace(const QString& place, const QDate& date) {
    // With no town known, the templates print « Fait le ... » rather than a dangling « Fait à , le ».
    return {{u"place"_s, orBlank(place)},
            {u"hasPlace"_s, !place.trimmed().isEmpty()},
            {u"date"_s, longDate(date)}};
}

}  // namespace passerelle::documents
