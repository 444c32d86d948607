#include "measure_editor_fixture.h"

#include "passerelle/storage/repositories.h"

#include <gtest/gtest.h>

namespace passerelle::test {

using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T>
T saved(storage::Database& database, const T& record) {
    Result<T> stored = storage::Repository<T>(database).save(record);
    if (!stored)
        ADD_FAILURE() << stored.error().message.toStdString();
    return stored ? stored.value() : record;
}

Person person(const QString& organisationId, const QString& first, const QString& last, const QString& role) {
    Person result;
    result.organisationId = organisationId;
    result.firstName = first;
    result.lastName = last;
    result.role = role;
    return result;
}

}  // namespace

MeasureEditorWorld::MeasureEditorWorld() {
    Result<std::unique_ptr<storage::Database>> opened = storage::Database::open(folder.path(u"editor.db"_s));
    if (!opened) {
        ADD_FAILURE() << opened.error().message.toStdString();
        return;
    }
    database = std::move(opened).value();

    school.kind = OrganisationKind::School;
    school.name = u"Collège Henri Matisse"_s;
    school.uai = u"0940123A"_s;
    // Lessons 8:00-12:00 and 13:30-16:30, Wednesday morning only.
    for (const Weekday day : {Weekday::Monday, Weekday::Tuesday, Weekday::Thursday, Weekday::Friday}) {
        school.teachingHours << TimeSlot{day, QTime(8, 0), QTime(12, 0)}
                             << TimeSlot{day, QTime(13, 30), QTime(16, 30)};
    }
    school.teachingHours << TimeSlot{Weekday::Wednesday, QTime(8, 0), QTime(12, 0)};
    school = saved(*database, school);

    host.kind = OrganisationKind::Association;
    host.name = u"ALCEJ"_s;
    host = saved(*database, host);

    cpe = saved(*database, person(school.id, u"Nadia"_s, u"Benali"_s, u"CPE"_s));
    head = saved(*database, person(school.id, u"Claire"_s, u"Durand"_s, u"Principale"_s));
    tutor = saved(*database, person(host.id, u"Marc"_s, u"Petit"_s, u"Animateur"_s));
    director = saved(*database, person(host.id, u"Paul"_s, u"Roux"_s, u"Directeur"_s));

    agreement.kind = AgreementKind::ResponsibilityMeasures;
    agreement.title = u"Mesures de responsabilisation avec l'ALCEJ"_s;
    agreement.parties = {{school.id, head.id, u"school"_s}, {host.id, director.id, u"host"_s}};
    agreement.signedOn = QDate(2025, 9, 15);
    agreement.start = QDate(2025, 9, 15);
    agreement.durationYears = 3;
    agreement.status = AgreementStatus::Signed;
    agreement.signatures = {{school.id, QDate(2025, 9, 15)}, {host.id, QDate(2025, 9, 15)}};
    agreement = saved(*database, agreement);

    student.firstName = u"Laura"_s;
    student.lastName = u"Martin"_s;
    student.birthDate = QDate(2011, 5, 10);
    student.className = u"4e B"_s;
    student.schoolId = school.id;
    student.legalRepresentatives << LegalRepresentative{u"Sophie"_s, u"Martin"_s, u"mère"_s, {}, {}, {}};
    student.consents = {true, true};
    student = saved(*database, student);
}

}  // namespace passerelle::test
