#include "rule_fixtures.h"

#include "fixtures.h"

namespace passerelle::test {

using namespace Qt::Literals::StringLiterals;

MeasureWorld::MeasureWorld() {
    school.id = u"school-matisse"_s;
    school.kind = OrganisationKind::School;
    school.name = u"Collège Henri Matisse"_s;
    school.uai = u"0940123A"_s;
    // Lessons 8:00-12:00 and 13:30-16:30, Wednesday morning only.
    for (const Weekday day : {Weekday::Monday, Weekday::Tuesday, Weekday::Thursday, Weekday::Friday}) {
        school.teachingHours << TimeSlot{day, QTime(8, 0), QTime(12, 0)}
                             << TimeSlot{day, QTime(13, 30), QTime(16, 30)};
    }
    school.teachingHours << TimeSlot{Weekday::Wednesday, QTime(8, 0), QTime(12, 0)};

    host.id = u"host-alcej"_s;
    host.kind = OrganisationKind::Association;
    host.name = u"ALCEJ"_s;

    student.id = u"student-laura"_s;
    student.firstName = u"Laura"_s;
    student.lastName = u"Martin"_s;
    student.birthDate = QDate(2011, 5, 10);  // 15 on the start date
    student.className = u"4e B"_s;
    student.schoolId = school.id;
    student.legalRepresentatives << LegalRepresentative{u"Sophie"_s, u"Martin"_s, u"mère"_s, {}, {}, {}};
    student.consents = {true, true};

    agreement.id = u"agreement-resp"_s;
    agreement.kind = AgreementKind::ResponsibilityMeasures;
    agreement.title = u"Mesures de responsabilisation avec l'ALCEJ"_s;
    agreement.parties = {{school.id, u"person-head"_s, u"school"_s},
                         {host.id, u"person-director"_s, u"host"_s}};
    agreement.signedOn = QDate(2025, 9, 15);
    agreement.start = QDate(2025, 9, 15);
    agreement.durationYears = 3;
    agreement.tacitRenewal = true;
    agreement.noticeMonths = 3;
    agreement.noticeAnchor = NoticeAnchor::SchoolYearStart;
    agreement.status = AgreementStatus::Signed;
    agreement.signatures = {{school.id, QDate(2025, 9, 12)}, {host.id, QDate(2025, 9, 15)}};

    measure.id = u"measure-1"_s;
    measure.kind = MeasureKind::Responsibility;
    measure.studentId = student.id;
    measure.agreementId = agreement.id;
    measure.hostId = host.id;
    measure.hostTutorId = u"person-tutor"_s;
    measure.schoolFollowerId = u"person-cpe"_s;
    measure.start = measureStart();
    measure.end = measureStart().addDays(11);  // Friday of the following week
    measure.slots = {{Weekday::Monday, QTime(17, 0), QTime(18, 30)},
                     {Weekday::Wednesday, QTime(14, 0), QTime(16, 0)}};
    measure.objectives = u"Prendre conscience de la portée de son acte"_s;
    measure.activities = u"Aide à la distribution alimentaire"_s;
    measure.places = u"Local de l'ALCEJ, 2 avenue des Chalets"_s;
    measure.consents = {true, true};
    measure.insurances = {{u"MAIF"_s, u"EPLE-4521"_s}, {u"MACIF"_s, u"RC-889"_s}};
    measure.signatures = {{SignatureRole::HeadOfSchool, QDate(2026, 11, 20)},
                          {SignatureRole::HostManager, QDate(2026, 11, 20)},
                          {SignatureRole::LegalRepresentative, QDate(2026, 11, 21)}};
}

rules::Findings MeasureWorld::check(const QDate& today) const {
    return rules::checkMeasure(measure, context(), today);
}

QStringList ruleIds(const rules::Findings& findings) {
    QStringList ids;
    for (const rules::Finding& finding : findings)
        ids << finding.rule;
    return ids;
}

rules::Findings withRule(const rules::Findings& findings, const QString& rule) {
    rules::Findings selected;
    for (const rules::Finding& finding : findings) {
        if (finding.rule == rule)
            selected << finding;
    }
    return selected;
}

}  // namespace passerelle::test
