#include "document_world.h"

#include "passerelle/storage/repositories.h"

#include <QFile>

#include <gtest/gtest.h>

namespace passerelle::test {

using namespace Qt::Literals::StringLiterals;

QDate nextMonday() {
    return QDate(2026, 11, 30);
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Measure DocumentWorld::saveMeasure(const QDate& start, const QTime& tuesdayEnd, const QString& studentId) {
    Measure measure;
    measure.kind = MeasureKind::Responsibility;
    measure.studentId = studentId.isEmpty() ? student.id : studentId;
    measure.agreementId = agreement.id;
    measure.hostId = host.id;
    measure.hostTutorId = tutor.id;
    measure.schoolFollowerId = cpe.id;
    measure.start = start;
    measure.end = start.addDays(11);
    measure.slots << TimeSlot{Weekday::Tuesday, QTime(17, 0), tuesdayEnd};
    measure.objectives = u"Prendre conscience de son acte"_s;
    measure.activities = u"Aide à la distribution"_s;
    measure.places = u"Local de l'ALCEJ"_s;
    measure.consents = {true, true};
    measure.insurances.school = {u"MAIF"_s, u"EPLE-4521"_s};
    measure.insurances.host = {u"MACIF"_s, u"RC-889"_s};
    const QDate signedOn = start.addDays(-10);
    measure.signatures << RoleSignature{SignatureRole::HeadOfSchool, signedOn}
                       << RoleSignature{SignatureRole::HostManager, signedOn}
                       << RoleSignature{SignatureRole::LegalRepresentative, signedOn};
    Result<Measure> stored = storage::MeasureRepository(*database).save(measure);
    if (!stored) {
        ADD_FAILURE() << stored.error().message.toStdString();
        return measure;
    }
    return stored.value();
}

Student DocumentWorld::saveStudent(const QString& firstName, const QString& lastName) {
    Student other = student;
    other.id.clear();
    other.revision = 0;
    other.firstName = firstName;
    other.lastName = lastName;
    Result<Student> stored = storage::StudentRepository(*database).save(other);
    if (!stored) {
        ADD_FAILURE() << stored.error().message.toStdString();
        return other;
    }
    return stored.value();
}

}  // namespace passerelle::test
