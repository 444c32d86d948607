#include "document_fixtures.h"

#include "fixtures.h"
#include "passerelle/documents/agreement_templates.h"

namespace passerelle::test {

using namespace Qt::Literals::StringLiterals;
using namespace passerelle::documents;

namespace {

Organisation organisation(QString id, OrganisationKind kind, QString name, QString address, QString phone,
                          QString email) {
    Organisation result;
    result.id = std::move(id);
    result.kind = kind;
    result.name = std::move(name);
    result.address = std::move(address);
    result.phone = std::move(phone);
    result.email = std::move(email);
    return result;
}

Person person(QString id, QString organisationId, QString first, QString last, QString role) {
    Person result;
    result.id = std::move(id);
    result.organisationId = std::move(organisationId);
    result.firstName = std::move(first);
    result.lastName = std::move(last);
    result.role = std::move(role);
    return result;
}

Organisation alcej() {
    Organisation alcej = organisation(u"org-alcej"_s, OrganisationKind::Association, u"ALCEJ"_s,
                                      u"2 avenue des Chalets, 94600 Choisy-le-Roi"_s, u"01 48 90 12 34"_s,
                                      u"contact@alcej.fr"_s);
    alcej.activityDomain = u"Animation socioculturelle"_s;
    return alcej;
}

Organisation choisy() {
    return organisation(u"org-choisy"_s, OrganisationKind::Town, u"Commune de Choisy-le-Roi"_s,
                        u"Place Gabriel Péri, 94600 Choisy-le-Roi"_s, u"01 48 92 44 44"_s,
                        u"jeunesse@choisyleroi.fr"_s);
}

}  // namespace

Organisation matisseCollege() {
    Organisation school = organisation(u"org-matisse"_s, OrganisationKind::School, u"Collège Henri Matisse"_s,
                                       u"14 rue Armand Noblet, 94600 Choisy-le-Roi"_s, u"01 48 84 56 78"_s,
                                       u"ce.0941234a@ac-creteil.fr"_s);
    school.uai = u"0941234A"_s;
    return school;
}

Person headOfSchool() {
    return person(u"p-ancher"_s, u"org-matisse"_s, u"Cécile"_s, u"Ancher"_s, u"Principale du collège"_s);
}

Student helene() {
    Student student;
    student.id = u"s-helene"_s;
    student.firstName = u"Hélène"_s;
    student.lastName = u"Dupré-Lefèvre"_s;
    student.birthDate = QDate(2012, 3, 14);
    student.className = u"4e B"_s;
    student.schoolId = u"org-matisse"_s;
    student.legalRepresentatives << LegalRepresentative{
        u"Jean-Noël"_s,      u"Dupré"_s,
        u"père"_s,           u"8 allée des Tilleuls, 94600 Choisy-le-Roi"_s,
        u"06 12 34 56 78"_s, u"jn.dupre@example.fr"_s};
    return student;
}

MeasureContext responsibilityMeasure() {
    MeasureContext context;
    Measure& measure = context.measure;
    measure.id = u"m-1"_s;
    measure.kind = MeasureKind::Responsibility;
    measure.studentId = u"s-helene"_s;
    measure.start = QDate(2026, 11, 24);  // a Tuesday
    measure.end = QDate(2026, 12, 4);
    measure.slots = {
        {Weekday::Tuesday, QTime(14, 0), QTime(16, 0)},
        {Weekday::Wednesday, QTime(9, 0), QTime(11, 30)},
        {Weekday::Friday, QTime(14, 0), QTime(16, 0)},
    };
    measure.objectives = u"Prendre conscience de la portée de son acte.\nRéparer auprès de la communauté."_s;
    measure.activities = u"Atelier « Cœur de quartier » : entretien du jardin partagé"_s;
    measure.places = u"Jardin partagé des Gondoles"_s;
    measure.transport = u"À pied depuis le collège, accompagnée par un animateur"_s;
    measure.insurances.school = {u"MAIF"_s, u"SCO-2026-0417"_s};
    measure.insurances.host = {u"MACIF"_s, u"ASSO-88-1203"_s};
    context.student = helene();
    context.school = matisseCollege();
    context.headOfSchool = headOfSchool();
    context.host = alcej();
    context.hostManager = person(u"p-dequatremare"_s, u"org-alcej"_s, u"Nicolas"_s, u"Dequatremare"_s,
                                 u"Directeur de l'ALCEJ"_s);
    context.hostTutor =
        person(u"p-laetitia"_s, u"org-alcej"_s, u"Lætitia"_s, u"Cœur"_s, u"Animatrice jardin"_s);
    context.schoolFollower =
        person(u"p-cpe"_s, u"org-matisse"_s, u"Karim"_s, u"Benali"_s, u"Conseiller principal d'éducation"_s);
    context.place = u"Choisy-le-Roi"_s;
    context.date = fixedToday();
    return context;
}

MeasureContext exclusionAlternative() {
    MeasureContext context = responsibilityMeasure();
    context.measure.kind = MeasureKind::ExclusionAlternative;
    context.measure.exclusionDays = 3;
    context.measure.start = QDate(2026, 11, 30);
    context.measure.end = QDate(2026, 12, 2);
    context.measure.slots = {{Weekday::Monday, QTime(9, 0), QTime(12, 0)},
                             {Weekday::Tuesday, QTime(9, 0), QTime(12, 0)},
                             {Weekday::Wednesday, QTime(9, 0), QTime(12, 0)}};
    context.youthService = choisy();
    context.youthService.name = u"Service Jeunesse de Choisy-le-Roi"_s;
    context.youthServiceRepresentative = person(u"p-jeunesse"_s, u"org-choisy"_s, u"Élodie"_s, u"Marchand"_s,
                                                u"Responsable du service Jeunesse"_s);
    return context;
}

AgreementContext agreementOf(AgreementKind kind) {
    AgreementContext context;
    Agreement& agreement = context.agreement;
    agreement.id = u"a-"_s + key(kind);
    agreement.kind = kind;
    agreement.signedOn = QDate(2026, 9, 15);
    agreement.start = agreement.signedOn;
    agreement.durationYears = 3;
    agreement.noticeMonths = 3;
    const auto clauses = defaultClauses(kind);
    if (clauses)
        agreement.clauses = *clauses;

    PartyDetails school{matisseCollege(), headOfSchool(), u"le collège"_s};
    PartyDetails host{alcej(),
                      person(u"p-dequatremare"_s, u"org-alcej"_s, u"Nicolas"_s, u"Dequatremare"_s,
                             u"Directeur de l'ALCEJ"_s),
                      {}};
    PartyDetails town{choisy(),
                      person(u"p-maire"_s, u"org-choisy"_s, u"Tonino"_s, u"Panetta"_s,
                             u"Maire de la ville de Choisy-le-Roi"_s),
                      u"la Ville"_s};
    if (kind == AgreementKind::RemobilisationWorkshop) {
        agreement.title =
            u"Convention de partenariat entre le collège Henri Matisse, l'ALCEJ et la commune de "
            u"Choisy-le-Roi"_s;
        agreement.deliberations << Deliberation{u"du Conseil municipal"_s, u"2023-14"_s, QDate(2023, 3, 22)};
        agreement.copies = 3;
        context.parties = {town, school, host};
    } else if (kind == AgreementKind::ExclusionAlternative) {
        context.parties = {town, school};
    } else {
        context.parties = {school, host};
    }
    context.place = u"Choisy-le-Roi"_s;
    context.date = QDate(2026, 9, 15);
    return context;
}

GroupSessionContext workshopSession() {
    GroupSessionContext context;
    context.group.id = u"g-1"_s;
    context.group.title = u"Atelier média « Cœur de ville »"_s;
    context.group.filming = true;
    context.session.date = QDate(2026, 11, 27);
    context.session.start = QTime(14, 0);
    context.session.end = QTime(16, 0);
    context.agreementTitle = u"Ateliers de remobilisation scolaire"_s;
    context.location = u"Maison de la jeunesse, Choisy-le-Roi"_s;
    Student first = helene();
    first.consents.image = true;
    Student second;
    second.firstName = u"Lætitia"_s;
    second.lastName = u"Nguyễn"_s;
    second.className = u"3e A"_s;
    Student third;
    third.firstName = u"Noé"_s;
    third.lastName = u"Garçon"_s;
    third.className = u"4e C"_s;
    context.participants = {first, second, third};
    context.facilitators = {
        person(u"p-anim"_s, u"org-alcej"_s, u"Zoé"_s, u"Lefèbvre"_s, u"Animatrice"_s),
        person(u"p-cpe"_s, u"org-matisse"_s, u"Karim"_s, u"Benali"_s, u"Conseiller principal d'éducation"_s)};
    return context;
}

LetterContext letterAboutWorkshop() {
    const AgreementContext agreement = agreementOf(AgreementKind::RemobilisationWorkshop);
    LetterContext letter;
    letter.agreement = agreement.agreement;
    letter.sender = agreement.parties[1];
    letter.recipients = {agreement.parties[0], agreement.parties[2]};
    letter.place = u"Choisy-le-Roi"_s;
    letter.sentOn = fixedToday();
    return letter;
}

}  // namespace passerelle::test
