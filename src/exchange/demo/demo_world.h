#pragma once

// The state the demo generator builds step by step: the dataset, the random source, the calendar, and what
// each step leaves for the next (which schools a town has, who signs for a school, which agreement a school's
// measures come under ...). Steps run in order: places, students, agreements, measures, groups.

#include "demo_calendar.h"
#include "demo_names.h"
#include "demo_random.h"
#include "passerelle/domain/dataset.h"
#include "passerelle/exchange/demo_data.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace passerelle::exchange::demo {

struct HostSite {
    QString id;
    QString name;
    QString address;
    QString managerId;  // the responsable who signs
    QString tutorId;    // the person in charge of the student
    qsizetype templateIndex = 0;
    QString insurer;
    QString contract;
};

struct TownSite {
    Town town;
    QString id;
    QString displayName;  // "Ville de Choisy-le-Roi"
    QString address;
    QString mayorId;
    QString deputyId;            // adjoint(e) chargé(e) de la jeunesse: signs for the town (seed 001)
    QString youthHeadId;         // responsable du service Jeunesse
    QStringList youthWorkerIds;  // animateurs: mission tutors, path referents
    QString insurer;
    QString contract;
    QString socioculturalId;  // like the ALCEJ (seed 000)
    QString socioculturalDirectorId;
    QString socioculturalName;
    QString preventionId;  // like the APRE (seed 001)
    QString preventionDirectorId;
    QString preventionName;
    QString cmppId;  // a CMPP (seed 002) in some towns
    QString cmppDirectorId;
    QString cmppName;
    QList<HostSite> hosts;
    QList<qsizetype> schools;  // indices into World::schools
    // Filled by the agreements step: the town's workshop (seed 000) and talking groups (seed 002), if any.
    qsizetype workshopAgreement = -1;
    qsizetype workshopSchool = -1;
    qsizetype talkingAgreement = -1;
    qsizetype talkingSchool = -1;
};

struct SchoolSite {
    QString id;
    QString name;  // "Collège Henri Matisse"
    bool lycee = false;
    qsizetype town = 0;
    QString headId;
    QStringList cpeIds;
    QTime afternoonEnd;  // when teaching ends on a full day: measures start after it
    QString insurer;
    QString contract;
    qsizetype firstStudent = 0;  // the school's students are a contiguous run of dataset.students
    qsizetype studentCount = 0;
    // Filled by the agreements step.
    QList<qsizetype>
        responsibilityAgreements;          // signed ones covering the school year: indices into agreements
    QList<qsizetype> responsibilityHosts;  // the matching host: indices into the town's hosts
    qsizetype exclusionAgreement = -1;
};

struct StateServices {
    QStringList ids;  // DSDEN, préfecture, DTPJJ, conseil départemental, CAF (seed 003)
    QStringList representativeIds;
};

class World {
public:
    explicit World(const DemoOptions& options);

    Dataset dataset;
    Random random;
    SchoolCalendar calendar;
    int requestedStudents;
    QList<TownSite> towns;
    QList<SchoolSite> schools;
    StateServices state;

    QString nextOrganisationId() { return makeId(u'O', ++m_organisations, 5); }
    QString nextPersonId() { return makeId(u'P', ++m_people, 6); }
    QString nextStudentId() { return makeId(u'S', ++m_students, 6); }
    QString nextAgreementId() { return makeId(u'A', ++m_agreements, 5); }
    QString nextMeasureId() { return makeId(u'M', ++m_measures, 6); }
    QString nextGroupId() { return makeId(u'G', ++m_groups, 5); }

    // Adds an organisation and returns its id.
    QString addOrganisation(OrganisationKind kind, const QString& name, const QString& address,
                            const QString& phone, const QString& email);
    // Adds a person with a random name; `role` is picked by gender. `emailDomain` empty: no e-mail.
    QString addPerson(const QString& organisationId, const QString& maleRole, const QString& femaleRole,
                      const QString& emailDomain);

    const Name& randomFirstName(bool female);
    const Name& randomLastName() { return random.pick(lastNames()); }
    QString landline();                       // "01 48 92 17 03"
    QString mobile();                         // "06 12 34 56 78"
    QString streetAddress(const Town& town);  // "14 rue Armand Noblet, 94600 Choisy-le-Roi"
    QString contractNumber(const QString& prefix);

private:
    static QString makeId(QChar prefix, int number, int width);
    int m_organisations = 0;
    int m_people = 0;
    int m_students = 0;
    int m_agreements = 0;
    int m_measures = 0;
    int m_groups = 0;
};

// The steps, in the order generateDemo runs them.
void addPlaces(World& world);      // towns, schools, associations, hosts, CMPPs, state services, their people
void addStudents(World& world);    // students with classes, birth dates, representatives, consents
void addAgreements(World& world);  // agreements of every kind with parties, clauses, signatures
void addMeasures(World& world);    // measures for about 3 % of students, with attendance, incidents, reports
void addGroups(World& world);      // workshops and talking groups with their sessions

}  // namespace passerelle::exchange::demo
