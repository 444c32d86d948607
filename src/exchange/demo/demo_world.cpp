#include "demo_world.h"

#include <algorithm>

namespace passerelle::exchange::demo {

using namespace Qt::Literals::StringLiterals;

namespace {

// A fixed date when the caller gave none: the data stay deterministic (never the machine's clock).
QDate validToday(const QDate& today) {
    return today.isValid() ? today : QDate(2026, 11, 24);
}

}  // namespace

World::World(const DemoOptions& options)
    : random(options.seed)
    , calendar(validToday(options.today))
    , requestedStudents(std::max(0, options.students)) {}

QString World::makeId(QChar prefix, int number, int width) {
    return prefix + QString::number(number).rightJustified(width, u'0');
}

QString World::addOrganisation(OrganisationKind kind, const QString& name, const QString& address,
                               const QString& phone, const QString& email) {
    Organisation organisation;
    organisation.id = nextOrganisationId();
    organisation.kind = kind;
    organisation.name = name;
    organisation.address = address;
    organisation.phone = phone;
    organisation.email = email;
    dataset.organisations.append(organisation);
    return organisation.id;
}

const Name& World::randomFirstName(bool female) {
    return random.pick(female ? femaleFirstNames() : maleFirstNames());
}

QString World::addPerson(const QString& organisationId, const QString& maleRole, const QString& femaleRole,
                         const QString& emailDomain) {
    const bool female = random.chance(0.55);
    const Name& first = randomFirstName(female);
    const Name& last = randomLastName();
    Person person;
    person.id = nextPersonId();
    person.organisationId = organisationId;
    person.firstName = first.text;
    person.lastName = last.text;
    person.role = female ? femaleRole : maleRole;
    person.civility = female ? u"Mme"_s : u"M."_s;  // as their first name: a woman's or a man's
    if (!emailDomain.isEmpty())
        person.email = first.ascii + u'.' + last.ascii + u'@' + emailDomain;
    person.phone = landline();
    dataset.people.append(person);
    return person.id;
}

QString World::landline() {
    return u"01 4"_s + QString::number(random.between(0, 9)) + u' ' +
           QString::number(random.between(10, 99)) + u' ' + QString::number(random.between(10, 99)) + u' ' +
           QString::number(random.between(10, 99));
}

QString World::mobile() {
    return (random.chance(0.6) ? u"06 "_s : u"07 "_s) + QString::number(random.between(10, 99)) + u' ' +
           QString::number(random.between(10, 99)) + u' ' + QString::number(random.between(10, 99)) + u' ' +
           QString::number(random.between(10, 99));
}

QString World::streetAddress(const Town& town) {
    return QString::number(random.between(1, 120)) + u' ' + random.pick(streets()) + u", "_s + town.postcode +
           u' ' + town.name;
}

QString World::contractNumber(const QString& prefix) {
    return prefix + u'-' + QString::number(random.between(100000, 999999));
}

}  // namespace passerelle::exchange::demo
