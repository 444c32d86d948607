#include "storage_fixtures.h"

#include "passerelle/storage/dataset_store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::test {

Organisation sampleSchool() {
    return Organisation{.id = schoolId,
                        .kind = OrganisationKind::School,
                        .name = u"Collège Jean Moulin"_s,
                        .uai = u"0941234A"_s,
                        .address = u"12 rue de la République, 94000 Créteil"_s,
                        .phone = u"01 23 45 67 89"_s,
                        .email = u"ce.0941234a@ac-creteil.fr"_s,
                        .teachingHours = {{Weekday::Monday, QTime(8, 0), QTime(12, 0)},
                                          {Weekday::Monday, QTime(13, 30), QTime(16, 30)},
                                          {Weekday::Wednesday, QTime(8, 0), QTime(12, 0)}}};
}

Organisation sampleHost() {
    return Organisation{.id = hostId,
                        .kind = OrganisationKind::Association,
                        .name = u"Association Cœur de Ville"_s,
                        .activityDomain = u"Animation socioculturelle"_s,
                        .address = u"3 place de l'Œuvre, 94000 Créteil"_s,
                        .phone = u"01 98 76 54 32"_s,
                        .email = u"contact@coeur-de-ville.fr"_s,
                        .legalName = u"Association Cœur de Ville Créteil Animation"_s};
}

Organisation sampleTown() {
    return Organisation{.id = townId,
                        .kind = OrganisationKind::Town,
                        .name = u"Ville de Créteil"_s,
                        .address = u"Hôtel de ville, place Salvador Allende"_s};
}

Person samplePrincipal() {
    return Person{.id = principalId,
                  .organisationId = schoolId,
                  .firstName = u"Anne"_s,
                  .lastName = u"Lefèvre"_s,
                  .role = u"Principale du collège"_s,
                  .email = u"anne.lefevre@ac-creteil.fr"_s,
                  .phone = u"01 23 45 67 80"_s,
                  .civility = u"Mme"_s};
}

Person sampleTutor() {
    return Person{.id = tutorId,
                  .organisationId = hostId,
                  .firstName = u"Karim"_s,
                  .lastName = u"Benali"_s,
                  .role = u"Animateur"_s,
                  .email = u"karim@coeur-de-ville.fr"_s,
                  .phone = u"06 11 22 33 44"_s,
                  .civility = u"M."_s};
}

Person sampleCpe() {
    return Person{.id = cpeId,
                  .organisationId = schoolId,
                  .firstName = u"Sophie"_s,
                  .lastName = u"Martin"_s,
                  .role = u"Conseillère principale d'éducation"_s,
                  .email = u"sophie.martin@ac-creteil.fr"_s,
                  .phone = u"01 23 45 67 81"_s,
                  .civility = u"Mme"_s};
}

Student sampleHelene() {
    return Student{
        .id = heleneId,
        .firstName = u"Hélène"_s,
        .lastName = u"Bernard"_s,
        .birthDate = QDate(2011, 2, 28),
        .className = u"4eB"_s,
        .schoolId = schoolId,
        .legalRepresentatives = {{u"Claire"_s, u"Bernard"_s, u"mère"_s, u"5 allée des Tilleuls"_s,
                                  u"06 00 00 00 01"_s, u"claire.bernard@example.fr"_s, u"Mme"_s, u"712345"_s},
                                 {u"Paul"_s, u"Bernard"_s, u"père"_s, u"8 rue Voltaire"_s,
                                  u"06 00 00 00 02"_s, u"paul.bernard@example.fr"_s, u"M."_s, u"712346"_s}},
        .consents = {.followUp = true, .image = true},
        // Imported from SIECLE: her birth name, her INE and her ELEVE_ID.
        .familyName = u"Lefèvre"_s,
        .ine = u"070803070AJ"_s,
        .siecleId = u"1234567"_s};
}

Student sampleLucas() {
    return Student{
        .id = lucasId,
        .firstName = u"Lucas"_s,
        .lastName = u"Œdipe-Marchand"_s,
        .birthDate = QDate(2010, 9, 1),
        .className = u"3eA"_s,
        .schoolId = schoolId,
        .legalRepresentatives = {{u"Inès"_s, u"Marchand"_s, u"tutrice"_s, {}, u"07 00 00 00 03"_s, {}}},
        .consents = {.followUp = false, .image = true},
        // A leaver from SIECLE without an INE: he stays, with the day he left.
        .siecleId = u"1234568"_s,
        .leftOn = QDate(2025, 3, 14)};
}

Agreement sampleAgreement() {
    return Agreement{
        .id = agreementId,
        .kind = AgreementKind::ResponsibilityMeasures,
        .title = u"Convention relative aux mesures de responsabilisation"_s,
        .parties = {{schoolId, principalId, u"school"_s, u"l'établissement scolaire"_s},
                    {hostId, tutorId, u"host"_s},
                    {townId,
                     {},
                     u"town"_s,
                     u"la Ville"_s,
                     u"agissant au nom et pour le compte de ladite Ville en exécution de la délibération du "
                     "Conseil municipal en date du 3 juillet 2025"_s,
                     u"P. le Maire de Créteil"_s}},
        // The administrative board's deliberation is only received; the council's, all three dates.
        .deliberations = {{u"Conseil d'administration"_s, u"2025-07"_s, QDate(2025, 6, 26),
                           QDate(2025, 6, 30)},
                          {u"Conseil municipal"_s, u"2025-114"_s, QDate(2025, 7, 3), QDate(2025, 7, 8),
                           QDate(2025, 7, 7), QDate(2025, 7, 9)}},
        .signedOn = QDate(2025, 9, 1),
        .start = QDate(2025, 9, 1),
        .end = QDate(2026, 8, 31),
        .durationYears = 1,
        .tacitRenewal = true,
        .noticeMonths = 3,
        .noticeAnchor = NoticeAnchor::SchoolYearStart,
        .breachNoticeMonths = 1,
        .reviewEveryMonths = 12,
        .reviews = {{QDate(2026, 1, 15), u"Bilan de mi-année : 4 mesures."_s}},
        .groupSize = GroupSize{7, 9},
        .partnerNoticeHours = 48,
        .copies = 3,
        .status = AgreementStatus::Signed,
        .signatures = {{schoolId, QDate(2025, 9, 1)}, {hostId, QDate(2025, 9, 2), SignatureMethod::Digital}},
        // Saved in this order (not by number) to show that lists keep their order.
        .clauses = {{3, u"Durée"_s, u"La convention est conclue pour un an."_s},
                    {1, u"Objet"_s, u"Accueillir des élèves pour des mesures de responsabilisation."_s},
                    {2, u"Engagements"_s, u"L'association désigne un tuteur."_s}},
        .amendments = {{1, QDate(2026, 2, 1), u"Ajout du mercredi après-midi."_s}},
        .handledDeadlines = {{u"DEADLINE-DENOUNCE"_s, QDate(2026, 5, 31), QDate(2026, 5, 12),
                              u"Reconduction votée en conseil d'administration."_s},
                             {u"DEADLINE-REVIEW"_s, QDate(2027, 1, 15), QDate(2027, 1, 10), {}}},
        .resources = {{u"Maison des adolescents"_s, u"Santé"_s, u"Jeunes de 11 à 21 ans et leurs familles"_s,
                       u"Accueil"_s, u"01 45 17 00 00"_s, u"mda@example.fr"_s},
                      {u"Point écoute parents"_s, u"Aide à la parentalité"_s, u"Parents"_s, {}, {}, {}}}};
}

Measure sampleMeasure() {
    return Measure{
        .id = measureId,
        .kind = MeasureKind::ExclusionAlternative,
        .studentId = heleneId,
        .agreementId = agreementId,
        .hostId = hostId,
        .hostTutorId = tutorId,
        .schoolFollowerId = cpeId,
        .start = QDate(2026, 11, 16),
        .end = QDate(2026, 11, 27),
        .exclusionDays = 3,
        .slots = {{Weekday::Tuesday, QTime(14, 0), QTime(16, 0)},
                  {Weekday::Saturday, QTime(9, 30), QTime(11, 45)}},
        .objectives = u"Prendre conscience des conséquences de ses actes"_s,
        .activities = u"Entretien des espaces verts, aide à l'épicerie solidaire"_s,
        .places = u"Jardin partagé, 3 place de l'Œuvre"_s,
        .transport = u"À pied, accompagnée"_s,
        .consents = {.student = true, .representative = true},
        .insurances = {.school = {u"MAIF"_s, u"ÉTAB-123"_s}, .host = {u"MACIF"_s, u"ASSO-456"_s}},
        .signatures = {{SignatureRole::HeadOfSchool, QDate(2026, 11, 10), SignatureMethod::Digital},
                       {SignatureRole::Student, QDate(2026, 11, 12)},
                       {SignatureRole::LegalRepresentative, QDate()}},
        .status = MeasureStatus::InProgress,
        .attendance = {{QDate(2026, 11, 17), AttendanceStatus::Present, {}},
                       {QDate(2026, 11, 21), AttendanceStatus::Excused, u"Rendez-vous médical"_s}},
        .incidents = {{QDateTime(QDate(2026, 11, 17), QTime(15, 10)), IncidentKind::Behaviour,
                       u"Refus de ranger le matériel"_s, QDateTime(QDate(2026, 11, 17), QTime(16, 5))},
                      {QDateTime(QDate(2026, 11, 18), QTime(9, 0)), IncidentKind::Other, u"Retard"_s,
                       QDateTime()}},
        .hostReport =
            HostReport{QDate(2026, 11, 28), u"Correct"_s, u"Impliquée"_s, u"Hélène s'est investie."_s}};
}

GroupActivity sampleGroup() {
    return GroupActivity{.id = groupId,
                         .kind = GroupKind::TalkingGroup,
                         .agreementId = agreementId,
                         .title = u"Groupe de parole « Æsthète »"_s,
                         .audience = Audience::Students,
                         .recurrence = Recurrence::TwiceMonthly,
                         .filming = true,
                         .participantIds = {lucasId, heleneId},
                         .sessions = {{.date = QDate(2026, 11, 3),
                                       .start = QTime(14, 0),
                                       .end = QTime(15, 30),
                                       .attendance = {{heleneId, AttendanceStatus::Present, {}},
                                                      {lucasId, AttendanceStatus::Absent, u"Malade"_s}}},
                                      {.date = QDate(2026, 11, 17),
                                       .start = QTime(14, 0),
                                       .end = QTime(15, 30),
                                       .cancelledAt = QDateTime(QDate(2026, 11, 15), QTime(10, 0))}}};
}

Dataset sampleDataset() {
    return Dataset{.organisations = {sampleTown(), sampleHost(), sampleSchool()},
                   .people = {sampleTutor(), samplePrincipal(), sampleCpe()},
                   .students = {sampleLucas(), sampleHelene()},
                   .agreements = {sampleAgreement()},
                   .measures = {sampleMeasure()},
                   .groups = {sampleGroup()}};
}

Dataset withRevisions(Dataset dataset, int revision) {
    for (auto& r : dataset.organisations)
        r.revision = revision;
    for (auto& r : dataset.people)
        r.revision = revision;
    for (auto& r : dataset.students)
        r.revision = revision;
    for (auto& r : dataset.agreements)
        r.revision = revision;
    for (auto& r : dataset.measures)
        r.revision = revision;
    for (auto& r : dataset.groups)
        r.revision = revision;
    return dataset;
}

void StorageTest::SetUp() {
    ASSERT_TRUE(m_folder.isValid());
    m_testDatabase = std::make_unique<TestDatabase>(m_folder, u"passerelle"_s);
    ASSERT_TRUE(m_testDatabase->error().isEmpty()) << m_testDatabase->error().toStdString();
    m_path = m_testDatabase->location();
    auto opened = storage::Database::open(m_path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    m_database = std::move(opened).value();
}

void StorageTest::importSample() {
    storage::DatasetStore store(db());
    const auto imported = store.importDataset(sampleDataset());
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
}

QVariant StorageTest::scalar(const QString& sql) {
    QSqlQuery query(db().connection());
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return {};
    }
    return query.value(0);
}

void StorageTest::reopen() {
    m_database.reset();
    auto opened = storage::Database::open(m_path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    m_database = std::move(opened).value();
}

namespace {

// A raw QtSql connection, removed when the scope ends (after every query of the scope).
template <typename Work>
void withRawConnection(const QString& path, Work work) {
    const QString name = u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        connection.setDatabaseName(path);
        if (!connection.open()) {
            ADD_FAILURE() << "cannot open " << path.toStdString();
        } else {
            work(connection);
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

}  // namespace

QVariant rawScalar(const QString& path, const QString& sql) {
    QVariant value;
    withRawConnection(path, [&](QSqlDatabase& connection) {
        QSqlQuery query(connection);
        if (!query.exec(sql)) {
            ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        } else if (query.next()) {
            value = query.value(0);
        }
    });
    return value;
}

void rawExecute(const QString& path, const QStringList& statements) {
    withRawConnection(path, [&](QSqlDatabase& connection) {
        for (const QString& sql : statements) {
            QSqlQuery query(connection);
            if (!query.exec(sql)) {
                ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
            }
        }
    });
}

}  // namespace passerelle::test
