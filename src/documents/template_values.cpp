#include "template_values.h"

#include "formatting.h"

#include <QStringList>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

QVariantMap organisationValues(const Organisation& organisation) {
    return {
        {u"name"_s, orBlank(organisation.name)},       {u"uai"_s, orBlank(organisation.uai)},
        {u"address"_s, orBlank(organisation.address)}, {u"phone"_s, orBlank(organisation.phone)},
        {u"email"_s, orBlank(organisation.email)},
    };
}

QVariantMap personValues(const Person& person) {
    return {
        {u"firstName"_s, orBlank(person.firstName)}, {u"lastName"_s, orBlank(person.lastName)},
        {u"fullName"_s, orBlank(person.fullName())}, {u"role"_s, orBlank(person.role)},
        {u"email"_s, orBlank(person.email)},         {u"phone"_s, orBlank(person.phone)},
    };
}

QVariantMap representativeValues(const LegalRepresentative& representative) {
    return {
        {u"fullName"_s, orBlank(representative.fullName())},
        {u"relation"_s, orBlank(representative.relation)},
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
    return {
        {u"organisation"_s, organisationValues(party.organisation)},
        {u"representative"_s, personValues(party.representative)},
        {u"designation"_s, party.designation},
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
