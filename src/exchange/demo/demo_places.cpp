// Step 1 of the demo: the organisations and the people who act for them, modelled on the seeds' parties.
// One school per ~600 students, about two schools per town, towns of the Val-de-Marne (the département of
// seeds 000 and 002), whose 47 towns and ~170 schools match the "100,000 students" scale.
#include "demo_texts.h"
#include "demo_world.h"

#include <algorithm>
#include <cmath>

namespace passerelle::exchange::demo {
namespace {

using namespace Qt::Literals::StringLiterals;

const QString academyDomain = u"ac-creteil.fr"_s;

// The UAI's key letter: the 7-digit number modulo 23 indexes this alphabet (no I, O or Q).
QString uaiFor(int sequence) {
    static const QString letters = u"ABCDEFGHJKLMNPRSTUVWXYZ"_s;
    const int number = 940000 + sequence % 10000;
    return u"0"_s + QString::number(number) + letters.at(number % 23);
}

void addStateServices(World& w) {
    const Town& prefecture = valDeMarneTowns()[3];  // Créteil
    struct Service {
        OrganisationKind kind;
        QString name;
        QString male;
        QString female;
        QString domain;
    };
    const Service services[] = {
        {OrganisationKind::StateService,
         u"Direction des services départementaux de l'éducation nationale du Val-de-Marne (DSDEN)"_s,
         u"Directeur académique des services de l'éducation nationale"_s,
         u"Directrice académique des services de l'éducation nationale"_s, academyDomain},
        {OrganisationKind::StateService, u"Préfecture du Val-de-Marne"_s, u"Préfet du Val-de-Marne"_s,
         u"Préfète du Val-de-Marne"_s, u"val-de-marne.gouv.fr"_s},
        {OrganisationKind::StateService,
         u"Direction territoriale de la protection judiciaire de la jeunesse du Val-de-Marne (DTPJJ)"_s,
         u"Directeur territorial de la protection judiciaire de la jeunesse"_s,
         u"Directrice territoriale de la protection judiciaire de la jeunesse"_s, u"justice.fr"_s},
        {OrganisationKind::Other, u"Conseil départemental du Val-de-Marne"_s,
         u"Président du conseil départemental"_s, u"Présidente du conseil départemental"_s,
         u"valdemarne.fr"_s},
        {OrganisationKind::Other, u"Caisse d'allocations familiales du Val-de-Marne (CAF)"_s,
         u"Directeur de la Caisse d'allocations familiales"_s,
         u"Directrice de la Caisse d'allocations familiales"_s, u"caf.fr"_s},
    };
    for (const Service& service : services) {
        const QString id = w.addOrganisation(service.kind, service.name, w.streetAddress(prefecture),
                                             w.landline(), u"contact@"_s + service.domain);
        w.state.ids << id;
        w.state.representativeIds << w.addPerson(id, service.male, service.female, service.domain);
    }
}

void addTown(World& w, TownSite& site) {
    const Town& town = site.town;
    const QString domain = u"ville-"_s + town.ascii + u".fr"_s;
    site.displayName = u"Ville "_s + ofTown(town.name);
    site.address = u"Hôtel de ville, "_s + w.streetAddress(town);
    site.id = w.addOrganisation(OrganisationKind::Town, site.displayName, site.address, w.landline(),
                                u"contact@"_s + domain);
    site.mayorId =
        w.addPerson(site.id, u"Maire "_s + ofTown(town.name), u"Maire "_s + ofTown(town.name), domain);
    site.deputyId =
        w.addPerson(site.id, u"Adjoint au Maire chargé de la jeunesse et de la réussite éducative"_s,
                    u"Adjointe au Maire chargée de la jeunesse et de la réussite éducative"_s, domain);
    site.youthHeadId = w.addPerson(site.id, u"Responsable du service Jeunesse"_s,
                                   u"Responsable du service Jeunesse"_s, domain);
    for (int i = 0; i < 2; ++i) {
        site.youthWorkerIds << w.addPerson(site.id, u"Animateur du service Jeunesse, référent de parcours"_s,
                                           u"Animatrice du service Jeunesse, référente de parcours"_s,
                                           domain);
    }
    w.addPerson(site.id, u"Coordinateur du CLSPD"_s, u"Coordinatrice du CLSPD"_s, domain);
    w.addPerson(site.id, u"Responsable du service Santé"_s, u"Responsable du service Santé"_s, domain);
    site.insurer = u"SMACL Assurances"_s;
    site.contract = w.contractNumber(u"SMACL"_s);
}

void addSchool(World& w, SchoolSite& school, const TownSite& town, int sequence, int patron) {
    const auto patrons = school.lycee ? lyceePatrons() : collegePatrons();
    const QString& patronName = patrons[static_cast<std::size_t>(patron) % patrons.size()];
    school.name = (school.lycee ? u"Lycée "_s : u"Collège "_s) + patronName;
    const QString uai = uaiFor(sequence);
    school.id = w.addOrganisation(OrganisationKind::School, school.name, w.streetAddress(town.town),
                                  w.landline(), u"ce."_s + uai.toLower() + u'@' + academyDomain);
    Organisation& organisation = w.dataset.organisations.last();
    organisation.uai = uai;

    // Full days Monday, Tuesday, Thursday, Friday; Wednesday afternoon is free (when measures often take
    // place).
    const bool early = w.random.chance(0.6);
    const QTime morningStart = early ? QTime(8, 0) : QTime(8, 30);
    const QTime morningEnd = early ? QTime(12, 0) : QTime(12, 30);
    const QTime afternoonStart = school.lycee ? QTime(13, 30) : (early ? QTime(13, 30) : QTime(14, 0));
    school.afternoonEnd = school.lycee ? QTime(17, 30) : (early ? QTime(16, 30) : QTime(17, 0));
    for (const Weekday day :
         {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday}) {
        organisation.teachingHours.append({day, morningStart, morningEnd});
        if (day != Weekday::Wednesday)
            organisation.teachingHours.append({day, afternoonStart, school.afternoonEnd});
    }

    const QString lowerName = (school.lycee ? u"lycée "_s : u"collège "_s) + patronName;
    school.headId = school.lycee ? w.addPerson(school.id, u"Proviseur du "_s + lowerName,
                                               u"Proviseure du "_s + lowerName, academyDomain)
                                 : w.addPerson(school.id, u"Principal du "_s + lowerName,
                                               u"Principale du "_s + lowerName, academyDomain);
    w.addPerson(school.id, school.lycee ? u"Proviseur adjoint"_s : u"Principal adjoint"_s,
                school.lycee ? u"Proviseure adjointe"_s : u"Principale adjointe"_s, academyDomain);
    const int cpes = school.studentCount > 700 ? 2 : 1;
    for (int i = 0; i < cpes; ++i) {
        school.cpeIds << w.addPerson(school.id, u"Conseiller principal d'éducation"_s,
                                     u"Conseillère principale d'éducation"_s, academyDomain);
    }
    school.insurer = w.random.pick(schoolInsurers());
    school.contract = w.contractNumber(u"EPLE"_s);
}

void addAssociations(World& w, TownSite& site, qsizetype townIndex) {
    const Town& town = site.town;
    const AssociationName& socio =
        socioculturalAssociations()[static_cast<std::size_t>(townIndex) % socioculturalAssociations().size()];
    const QString socioDomain = socio.acronym.toLower() + u'-' + town.ascii + u".fr"_s;
    site.socioculturalName = socio.acronym;
    // Known by its acronym, « l'ALCEJ de Choisy-le-Roi », its « raison sociale » spelt out (seed 000's ALCEJ,
    // seed 004's « nom, raison sociale et adresse »).
    site.socioculturalId =
        w.addOrganisation(OrganisationKind::Association, socio.acronym + u' ' + ofTown(town.name),
                          w.streetAddress(town), w.landline(), u"contact@"_s + socioDomain);
    w.dataset.organisations.last().legalName = socio.longName + u' ' + ofTown(town.name);
    site.socioculturalDirectorId = w.addPerson(site.socioculturalId, u"Directeur de l'"_s + socio.acronym,
                                               u"Directrice de l'"_s + socio.acronym, socioDomain);
    w.addPerson(site.socioculturalId, u"Animateur"_s, u"Animatrice"_s, socioDomain);

    const AssociationName& prevention =
        preventionAssociations()[static_cast<std::size_t>(townIndex) % preventionAssociations().size()];
    const QString preventionDomain = prevention.acronym.toLower() + u'-' + town.ascii + u".fr"_s;
    site.preventionName = prevention.acronym;
    site.preventionId =
        w.addOrganisation(OrganisationKind::Association, prevention.acronym + u' ' + ofTown(town.name),
                          w.streetAddress(town), w.landline(), u"contact@"_s + preventionDomain);
    w.dataset.organisations.last().legalName = prevention.longName + u' ' + ofTown(town.name);
    site.preventionDirectorId = w.addPerson(site.preventionId, u"Directeur de l'"_s + prevention.acronym,
                                            u"Directrice de l'"_s + prevention.acronym, preventionDomain);
    w.addPerson(site.preventionId, u"Éducateur spécialisé"_s, u"Éducatrice spécialisée"_s, preventionDomain);
}

void addCmpp(World& w, TownSite& site) {
    const QString domain = u"ville-"_s + site.town.ascii + u".fr"_s;
    site.cmppName = u"Centre médico-psycho-pédagogique "_s + ofTown(site.town.name) + u" (CMPP)"_s;
    site.cmppId = w.addOrganisation(OrganisationKind::HealthCentre, site.cmppName, w.streetAddress(site.town),
                                    w.landline(), u"cmpp@"_s + domain);
    site.cmppDirectorId = w.addPerson(site.cmppId, u"Directeur du CMPP"_s, u"Directrice du CMPP"_s, domain);
    w.addPerson(site.cmppId, u"Psychologue clinicien"_s, u"Psychologue clinicienne"_s, domain);
}

void addHosts(World& w, TownSite& site, int count) {
    const auto templates = hostTemplates();
    const qsizetype first = w.random.index(static_cast<qsizetype>(templates.size()));
    for (int i = 0; i < count; ++i) {
        HostSite host;
        host.templateIndex = (first + i) % static_cast<qsizetype>(templates.size());
        const HostTemplate& t = templates[static_cast<std::size_t>(host.templateIndex)];
        host.name = QString(t.name)
                        .replace(u"{town}"_s, site.town.name)
                        .replace(u"{ofTown}"_s, ofTown(site.town.name));
        host.address = w.streetAddress(site.town);
        // "ressourcerie-choisy-le-roi.fr": the template's first word and the town.
        const QString domain = asciiFold(t.name.section(u' ', 0, 0)) + u'-' + site.town.ascii + u".fr"_s;
        host.id = w.addOrganisation(OrganisationKind::Host, host.name, host.address, w.landline(),
                                    u"contact@"_s + domain);
        // Set here, drawing no random number, so every other value of the demo stays as it was.
        w.dataset.organisations.last().activityDomain = t.domain;
        w.dataset.organisations.last().legalName = QString(t.legalName)
                                                       .replace(u"{town}"_s, site.town.name)
                                                       .replace(u"{ofTown}"_s, ofTown(site.town.name));
        host.managerId = w.addPerson(host.id, u"Responsable de la structure d'accueil"_s,
                                     u"Responsable de la structure d'accueil"_s, domain);
        host.tutorId = w.addPerson(host.id, u"Encadrant, tuteur des élèves accueillis"_s,
                                   u"Encadrante, tutrice des élèves accueillis"_s, domain);
        host.insurer = w.random.pick(hostInsurers());
        host.contract = w.contractNumber(u"RC"_s);
        site.hosts.append(host);
    }
}

// How many students each school gets: lycées are about 1.5 times larger than collèges; the sum is exact.
void sizeSchools(World& w) {
    QList<double> weights;
    double total = 0;
    for (const SchoolSite& school : w.schools) {
        const double weight = (school.lycee ? 1.5 : 1.0) * (0.75 + 0.5 * w.random.between(0, 1000) / 1000.0);
        weights << weight;
        total += weight;
    }
    qsizetype assigned = 0;
    for (qsizetype i = 0; i < w.schools.size(); ++i) {
        w.schools[i].studentCount =
            static_cast<qsizetype>(std::floor(w.requestedStudents * weights[i] / total));
        assigned += w.schools[i].studentCount;
    }
    for (qsizetype i = 0; assigned < w.requestedStudents; i = (i + 1) % w.schools.size(), ++assigned) {
        ++w.schools[i].studentCount;
    }
}

}  // namespace

void addPlaces(World& w) {
    const int schoolCount = std::max(1, static_cast<int>(std::lround(w.requestedStudents / 600.0)));
    const auto pool = valDeMarneTowns();
    const int townCount = std::min(static_cast<int>(pool.size()), std::max(1, (schoolCount + 1) / 2));
    const qsizetype firstTown = w.random.index(static_cast<qsizetype>(pool.size()));

    // Schools are spread over the towns in turn; two in five are lycées (never the first, a collège).
    for (int s = 0; s < schoolCount; ++s) {
        SchoolSite school;
        school.town = s % townCount;
        school.lycee = s % 5 == 2 || s % 5 == 4;
        w.schools.append(school);
    }
    sizeSchools(w);

    addStateServices(w);
    const int collegeOffset = w.random.between(0, 39);
    const int lyceeOffset = w.random.between(0, 23);
    const int uaiOffset = w.random.between(0, 9000);
    int colleges = 0;
    int lycees = 0;
    for (int t = 0; t < townCount; ++t) {
        TownSite site;
        site.town = pool[static_cast<std::size_t>((firstTown + t) % static_cast<qsizetype>(pool.size()))];
        addTown(w, site);
        for (qsizetype s = t; s < w.schools.size(); s += townCount) {
            SchoolSite& school = w.schools[s];
            const int patron = school.lycee ? lyceeOffset + lycees++ : collegeOffset + colleges++;
            addSchool(w, school, site, uaiOffset + static_cast<int>(s) * 37, patron);
            site.schools << s;
        }
        addAssociations(w, site, t);
        if (t % 3 == 0)
            addCmpp(w, site);
        addHosts(
            w, site,
            std::min(static_cast<int>(hostTemplates().size()), 2 + static_cast<int>(site.schools.size())));
        w.towns.append(site);
    }
}

}  // namespace passerelle::exchange::demo
