#include "sample_dataset.h"

namespace passerelle::test {

using namespace Qt::Literals::StringLiterals;

Dataset fullSample() {
    Dataset d;
    Organisation school;
    school.id = u"O1"_s;
    school.kind = OrganisationKind::School;
    school.name = u"Collège Henri Matisse"_s;
    school.uai = u"0941234A"_s;
    school.address = u"14 rue Armand Noblet, 94600 Choisy-le-Roi"_s;
    school.phone = u"01 48 90 00 00"_s;
    school.email = u"ce.0941234a@ac-creteil.fr"_s;
    school.teachingHours = {{Weekday::Monday, QTime(8, 0), QTime(12, 0)},
                            {Weekday::Monday, QTime(13, 30), QTime(16, 30)},
                            {Weekday::Wednesday, QTime(8, 0), QTime(12, 0)}};
    Organisation host;
    host.id = u"O2"_s;
    host.kind = OrganisationKind::Host;
    host.name = u"L’ALCEJ \"Cœur de ville\"\nrelais"_s;  // typographic apostrophe, quotes and a new line
    host.legalName = u"Association Loisirs Culture Enfance Jeunesse"_s;
    host.activityDomain = u"Animation socioculturelle « jeunesse »"_s;
    Organisation town;
    town.id = u"O3"_s;
    town.kind = OrganisationKind::Town;
    town.name = u"Ville de L'Haÿ-les-Roses"_s;
    d.organisations = {school, host, town};

    d.people = {
        {u"P1"_s, u"O1"_s, u"Cécile"_s, u"Ancher"_s, u"Principale du collège"_s,
         u"cecile.ancher@ac-creteil.fr"_s, u"01 48 90 00 01"_s, u"Mme"_s},
        {u"P2"_s, u"O2"_s, u"Nicolas"_s, u"Dequatremare"_s, u"Directeur de l’ALCEJ"_s, {}, {}, u"M."_s},
        {u"P3"_s, u"O1"_s, {}, u"Lecœur"_s, {}, {}, {}},  // no civility
    };

    Student student;
    student.id = u"S1"_s;
    student.firstName = u"Lætitia"_s;
    student.lastName = u"Bœuf-Hébert"_s;
    student.birthDate = QDate(2012, 2, 29);
    student.className = u"3e B"_s;
    student.schoolId = u"O1"_s;
    student.legalRepresentatives = {
        {u"Zoé"_s, u"Bœuf"_s, u"mère"_s, u"2 avenue des Chalets, 94600 Choisy-le-Roi"_s, u"06 12 34 56 78"_s,
         u"zoe.boeuf@free.fr"_s, u"Mme"_s, u"712345"_s},
        {{}, u"Hébert"_s, u"père"_s, {}, {}, {}},  // no civility, no SIECLE id
    };
    student.consents = {true, false};
    student.familyName = u"Hébert"_s;  // from SIECLE: birth name, INE, ELEVE_ID, the day she left
    student.ine = u"070803070AJ"_s;
    student.siecleId = u"1234567"_s;
    student.leftOn = QDate(2026, 7, 4);
    Student bare;
    bare.id = u"S2"_s;
    bare.firstName = u"Noé"_s;
    bare.lastName = u"Martin"_s;
    d.students = {student, bare};

    Agreement agreement;
    agreement.id = u"A1"_s;
    agreement.kind = AgreementKind::RemobilisationWorkshop;
    agreement.title = u"Ateliers de remobilisation scolaire"_s;
    agreement.parties = {
        {u"O3"_s, u"P2"_s, u"town"_s, u"la Ville"_s,
         u"agissant au nom et pour le compte de ladite Ville en exécution de la délibération du Conseil "
         "municipal en date du 22 mars 2023\net en vertu de l'arrêté de Monsieur le Maire"_s,
         u"P. le Maire de L'Haÿ-les-Roses"_s},
        {u"O1"_s, u"P1"_s, u"school"_s, u"l'établissement scolaire"_s},
        {u"O2"_s, {}, {}}};
    agreement.deliberations = {{u"Conseil municipal"_s, u"2023-14"_s, QDate(2023, 3, 22), QDate(2023, 3, 27),
                                QDate(2023, 3, 24), QDate(2023, 3, 28)},
                               {u"Conseil d'administration"_s, {}, QDate(2023, 3, 2), {}, QDate(2023, 3, 6)},
                               {{}, {}, {}}};
    agreement.signedOn = QDate(2023, 3, 30);
    agreement.start = QDate(2023, 4, 1);
    agreement.end = QDate(2023, 6, 16);
    agreement.durationYears = 0;  // set, and zero: differs from absent
    agreement.tacitRenewal = true;
    agreement.noticeMonths = 3;
    agreement.noticeAnchor = NoticeAnchor::SchoolYearStart;
    agreement.breachNoticeMonths = 1;
    agreement.reviewEveryMonths = 12;
    agreement.reviews = {{QDate(2024, 3, 30), u"Bilan : 8 élèves"_s}, {QDate(2025, 4, 2), {}}};
    agreement.groupSize = GroupSize{7, 9};
    agreement.partnerNoticeHours = 48;
    agreement.copies = 3;
    agreement.status = AgreementStatus::Signed;
    agreement.signatures = {{u"O1"_s, QDate(2023, 3, 28), SignatureMethod::Digital},
                            {u"O3"_s, {}},
                            {u"O2"_s, QDate(2023, 3, 30)}};
    agreement.clauses = {{1, u"Objet"_s, u"Article 1er.\n\tAlinéa : « guillemets » et \\ barre."_s},
                         {2, {}, {}}};
    agreement.amendments = {{1, QDate(2023, 5, 2), u"Avenant n° 1"_s}};
    agreement.handledDeadlines = {{u"DEADLINE-DENOUNCE"_s, QDate(2024, 5, 31), QDate(2024, 5, 2),
                                   u"Reconduction votée\n« CA du 2 mai »"_s},
                                  {u"DEADLINE-REVIEW"_s, QDate(2025, 3, 30), QDate(2025, 4, 2), {}}};
    agreement.resources = {
        {u"Maison des adolescents « Oxy’jeune »"_s, u"Santé"_s, u"Jeunes de 11 à 21 ans et leurs familles"_s,
         u"Accueil"_s, u"01 48 90 12 34"_s, u"mda@example.fr"_s},
        {u"Point écoute parents"_s, {}, {}, {}, {}, {}}};
    Agreement minimal;
    minimal.id = u"A2"_s;
    minimal.kind = AgreementKind::Generic;
    minimal.title = u"Brouillon"_s;
    d.agreements = {agreement, minimal};

    Measure measure;
    measure.id = u"M1"_s;
    measure.kind = MeasureKind::Responsibility;
    measure.studentId = u"S1"_s;
    measure.agreementId = u"A1"_s;
    measure.hostId = u"O2"_s;
    measure.hostTutorId = u"P2"_s;
    measure.schoolFollowerId = u"P3"_s;
    measure.start = QDate(2026, 11, 18);
    measure.end = QDate(2026, 12, 9);
    measure.exclusionDays = 0;
    measure.slots = {{Weekday::Wednesday, QTime(13, 30), QTime(16, 30)},
                     {Weekday::Saturday, QTime(9, 0), QTime(12, 0)}};
    measure.objectives = u"Prendre conscience de la portée de son acte"_s;
    measure.activities = u"Tri à la ressourcerie"_s;
    measure.places = u"Ressourcerie"_s;
    measure.transport = u"À pied"_s;
    measure.consents = {true, true};
    measure.insurances = {{u"MAIF"_s, u"EPLE-123"_s}, {u"SMACL"_s, {}}};
    measure.signatures = {{SignatureRole::HeadOfSchool, QDate(2026, 11, 10), SignatureMethod::Digital},
                          {SignatureRole::Student, QDate(2026, 11, 12)},
                          {SignatureRole::LegalRepresentative, {}}};
    measure.status = MeasureStatus::InProgress;
    measure.attendance = {{QDate(2026, 11, 18), AttendanceStatus::Present, {}},
                          {QDate(2026, 11, 21), AttendanceStatus::Excused, u"Certificat médical"_s}};
    measure.incidents = {{QDateTime(QDate(2026, 11, 18), QTime(14, 5)), IncidentKind::Behaviour, u"Refus"_s,
                          QDateTime(QDate(2026, 11, 18), QTime(15, 0))},
                         {QDateTime(QDate(2026, 11, 21), QTime(9, 30)), IncidentKind::Accident, {}, {}}};
    measure.hostReport = HostReport{};  // present but empty: differs from absent
    Measure other;
    other.id = u"M2"_s;
    other.kind = MeasureKind::ExclusionAlternative;
    other.studentId = u"S2"_s;
    other.insurances.host = {u"SMACL"_s, u"C-9"_s};  // only the host's
    d.measures = {measure, other};

    GroupActivity group;
    group.id = u"G1"_s;
    group.kind = GroupKind::Workshop;
    group.agreementId = u"A1"_s;
    group.title = u"Atelier média"_s;
    group.audience = Audience::Students;
    group.recurrence = Recurrence::TwiceMonthly;
    group.filming = true;
    group.participantIds = {u"S1"_s, u"S2"_s};
    GroupSession held{
        QDate(2023, 4, 6),
        QTime(14, 0),
        QTime(16, 0),
        {},
        {{u"S1"_s, AttendanceStatus::Present, {}}, {u"S2"_s, AttendanceStatus::Absent, u"Malade"_s}}};
    GroupSession cancelled{
        QDate(2023, 4, 20), QTime(14, 0), QTime(16, 0), QDateTime(QDate(2023, 4, 18), QTime(9, 15)), {}};
    GroupSession undated{QDate(2023, 5, 4), {}, {}, {}, {}};
    group.sessions = {held, cancelled, undated};
    GroupActivity parents;
    parents.id = u"G2"_s;
    parents.kind = GroupKind::TalkingGroup;
    parents.title = u"Groupe de parole des parents"_s;
    parents.audience = Audience::Parents;
    parents.recurrence = Recurrence::Monthly;
    d.groups = {group, parents};
    return d;
}

}  // namespace passerelle::test
