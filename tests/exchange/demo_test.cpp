// The demo generator: deterministic, scaled by the number of students, referentially whole, realistic, and
// mostly lawful with a few deliberate flaws.
#include "fixtures.h"
#include "passerelle/exchange/demo_data.h"
#include "passerelle/exchange/json_format.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

Dataset demo(int students, quint32 seed = 1) {
    return generateDemo({.seed = seed, .students = students, .today = test::fixedToday()});
}

template <typename T>
qsizetype countIf(const QList<T>& items, auto predicate) {
    return std::count_if(items.begin(), items.end(), predicate);
}

int plannedMinutes(const Measure& m) {
    int total = 0;
    for (const QDate& date : m.expectedDates())
        total += minutesOn(m.slots, *weekdayFromQt(date.dayOfWeek()));
    return total;
}

// The R. 511-13 and seed 004 limits the rules module will check, computed here independently.
bool lawful(const Measure& m, const Organisation& school) {
    QSet<Weekday> days;
    for (const TimeSlot& slot : m.slots) {
        if (minutesOn(m.slots, slot.day) > 180)
            return false;
        days.insert(slot.day);
        for (const TimeSlot& lesson : school.teachingHours) {
            if (slot.overlaps(lesson))
                return false;
        }
    }
    return days.size() <= 4 && plannedMinutes(m) <= 20 * 60 && m.insurances.school.isComplete() &&
           m.insurances.host.isComplete() && !m.objectives.isEmpty() && !m.places.isEmpty() &&
           !m.hostTutorId.isEmpty() && m.consents.student;
}

}  // namespace

TEST(Demo, SameOptionsSameBytes) {
    EXPECT_EQ(writeDataset(demo(900, 42)), writeDataset(demo(900, 42)));
}

TEST(Demo, DifferentSeedsDifferentData) {
    const Dataset a = demo(900, 1);
    const Dataset b = demo(900, 2);
    EXPECT_NE(writeDataset(a), writeDataset(b));
    EXPECT_NE(a.students[0].fullName() + a.students[1].fullName(),
              b.students[0].fullName() + b.students[1].fullName());
}

TEST(Demo, CountsScaleWithStudents) {
    for (const int students : {1, 300, 3000, 20000}) {
        SCOPED_TRACE(students);
        const Dataset d = demo(students);
        EXPECT_EQ(d.students.size(), students);
        const qsizetype schools =
            countIf(d.organisations, [](const Organisation& o) { return o.isSchool(); });
        EXPECT_EQ(schools, std::max(1, static_cast<int>(std::lround(students / 600.0))));
        // About 3 % of students have a measure.
        EXPECT_NEAR(static_cast<double>(d.measures.size()), students * 0.03, 1.0 + schools);
        EXPECT_GE(d.agreements.size(), 3 * schools);
        EXPECT_FALSE(d.groups.isEmpty());
        EXPECT_GT(d.people.size(), 3 * schools);
    }
}

TEST(Demo, DepartementScaleInAFewSeconds) {
    QElapsedTimer timer;
    timer.start();
    const Dataset d = demo(100'000);
    const qint64 elapsed = timer.elapsed();
    RecordProperty("generate_100000_ms", static_cast<int>(elapsed));
    EXPECT_EQ(d.students.size(), 100'000);
    // 167 schools over the 47 towns of the Val-de-Marne.
    EXPECT_EQ(countIf(d.organisations, [](const Organisation& o) { return o.isSchool(); }), 167);
    EXPECT_EQ(
        countIf(d.organisations, [](const Organisation& o) { return o.kind == OrganisationKind::Town; }), 47);
    EXPECT_LT(elapsed, 30'000);  // a few seconds in release; generous for sanitizer builds
}

TEST(Demo, EveryReferenceResolves) {
    for (const int students : {1, 600, 5000}) {
        const QList<Issue> issues = checkReferences(demo(students, 3));
        EXPECT_TRUE(issues.isEmpty()) << students << ": " << issues.value(0).describe().toStdString();
    }
}

TEST(Demo, IdsAreUniqueAndSorted) {
    // DatasetStore exports records sorted by id: demo ids must sort in generation order.
    const Dataset d = demo(5000);
    const auto sortedUnique = [](const auto& records) {
        QStringList ids;
        for (const auto& record : records)
            ids << record.id;
        QStringList sorted = ids;
        sorted.sort();
        sorted.removeDuplicates();
        return sorted == ids;
    };
    EXPECT_TRUE(sortedUnique(d.organisations));
    EXPECT_TRUE(sortedUnique(d.people));
    EXPECT_TRUE(sortedUnique(d.students));
    EXPECT_TRUE(sortedUnique(d.agreements));
    EXPECT_TRUE(sortedUnique(d.measures));
    EXPECT_TRUE(sortedUnique(d.groups));
}

TEST(Demo, SchoolsLookReal) {
    const Dataset d = demo(6000);
    for (const Organisation& o : d.organisations) {
        if (!o.isSchool())
            continue;
        EXPECT_TRUE(isWellFormedUai(o.uai)) << o.uai.toStdString();
        EXPECT_TRUE(o.name.startsWith(u"Collège "_s) || o.name.startsWith(u"Lycée "_s))
            << o.name.toStdString();
        EXPECT_TRUE(o.address.contains(u"94"_s));
        // Wednesday afternoon is free; full days end by 17:30.
        for (const TimeSlot& slot : o.teachingHours) {
            if (slot.day == Weekday::Wednesday) {
                EXPECT_LE(slot.end, QTime(12, 30));
            }
            EXPECT_LE(slot.end, QTime(17, 30));
            EXPECT_NE(slot.day, Weekday::Saturday);
        }
        EXPECT_EQ(o.teachingHours.size(), 9);
    }
    // Heads of school sign with their quality.
    EXPECT_GT(
        countIf(d.people, [](const Person& p) { return p.role.startsWith(u"Principale du collège"_s); }), 0);
    EXPECT_GT(countIf(d.people, [](const Person& p) { return p.role.startsWith(u"Proviseur"_s); }), 0);
    EXPECT_GT(countIf(d.organisations,
                      [](const Organisation& o) { return o.kind == OrganisationKind::HealthCentre; }),
              0);
    EXPECT_EQ(countIf(d.organisations,
                      [](const Organisation& o) { return o.kind == OrganisationKind::StateService; }),
              3);
    // Hosts say what they do, for the measure document's « Domaine d'activité » (seed 004); others do not.
    QSet<QString> domains;
    for (const Organisation& o : d.organisations) {
        if (o.kind == OrganisationKind::Host) {
            EXPECT_FALSE(o.activityDomain.isEmpty()) << o.name.toStdString();
            domains.insert(o.activityDomain);
        } else {
            EXPECT_TRUE(o.activityDomain.isEmpty()) << o.name.toStdString();
        }
    }
    EXPECT_GE(domains.size(), 2);
}

// Associations go by their acronym and have their « raison sociale » spelt out, as seed 000's ALCEJ; most
// host structures have one of their own too (issue 12, seed 004: « nom, raison sociale et adresse »).
TEST(Demo, AssociationsAndHostsHaveALegalName) {
    const Dataset d = demo(6000);
    int hostsWithOne = 0;
    int hostsWithout = 0;
    for (const Organisation& o : d.organisations) {
        if (o.kind == OrganisationKind::Association) {
            EXPECT_FALSE(o.legalName.isEmpty()) << o.name.toStdString();
            EXPECT_TRUE(o.name.section(u' ', 0, 0) == o.name.section(u' ', 0, 0).toUpper())
                << o.name.toStdString();
        } else if (o.kind == OrganisationKind::Host) {
            (o.legalName.isEmpty() ? hostsWithout : hostsWithOne)++;
        } else {
            EXPECT_TRUE(o.legalName.isEmpty()) << o.name.toStdString();
        }
        EXPECT_FALSE(o.legalName.contains(u'{')) << o.legalName.toStdString();
        EXPECT_NE(o.legalName, o.name);
    }
    EXPECT_GT(hostsWithOne, hostsWithout);
    const auto alcej = std::find_if(d.organisations.begin(), d.organisations.end(),
                                    [](const Organisation& o) { return o.name.startsWith(u"ALCEJ "_s); });
    ASSERT_NE(alcej, d.organisations.end());
    EXPECT_TRUE(alcej->legalName.startsWith(u"Association loisirs culture enfance jeunesse "_s))
        << alcej->legalName.toStdString();
    EXPECT_TRUE(alcej->legalName.endsWith(alcej->name.mid(u"ALCEJ"_s.size()))) << "the same town";
}

TEST(Demo, StudentsHaveFrenchNamesAndClassesThatFitTheirAge) {
    const Dataset d = demo(6000);
    const QRegularExpression classes(u"^(6e|5e|4e|3e) [A-Z]$|^2nde \\d+$|^(1re|Tle) (G\\d+|STMG)$"_s);
    const QRegularExpression accents(u"[éèêëàâäîïôöûüùçÿ]"_s);
    const QDate yearStart(2026, 9, 1);
    qsizetype accented = 0;
    qsizetype ligatures = 0;
    qsizetype late = 0;
    for (const Student& s : d.students) {
        ASSERT_TRUE(classes.match(s.className).hasMatch()) << s.className.toStdString();
        const QString level = s.className.section(u' ', 0, 0);
        const int expectedAge =
            QStringList{u"6e"_s, u"5e"_s, u"4e"_s, u"3e"_s, u"2nde"_s, u"1re"_s, u"Tle"_s}.indexOf(level) +
            11;
        // Age on 31 December of the year the school year starts: 11 in 6e, one more per level, give or take
        // one.
        const int age = *s.ageOn(QDate(yearStart.year(), 12, 31));
        EXPECT_GE(age, expectedAge - 1) << s.className.toStdString();
        EXPECT_LE(age, expectedAge + 1) << s.className.toStdString();
        if (age > expectedAge)
            ++late;
        const QString names = s.fullName();
        if (names.contains(accents))
            ++accented;
        if (names.contains(u'œ') || names.contains(u'æ') || names.contains(u'Œ'))
            ++ligatures;
        EXPECT_LE(s.legalRepresentatives.size(), 2);
    }
    EXPECT_GT(accented, d.students.size() / 5);
    EXPECT_GT(ligatures, 0);
    EXPECT_GT(late, d.students.size() / 20);
    EXPECT_LT(late, d.students.size() / 4);
    const qsizetype twoParents =
        countIf(d.students, [](const Student& s) { return s.legalRepresentatives.size() == 2; });
    EXPECT_GT(twoParents, d.students.size() / 2);
}

// Civilities follow first names: every person and legal representative has one, a mother « Mme », a father
// « M. ».
TEST(Demo, PeopleAndRepresentativesHaveCivilities) {
    const Dataset d = demo(2000);
    qsizetype women = 0;
    for (const Person& p : d.people) {
        EXPECT_TRUE(p.civility == u"M."_s || p.civility == u"Mme"_s) << p.id.toStdString();
        if (p.civility == u"Mme"_s)
            ++women;
        // Roles are chosen by the same draw: « Principale », « Directrice » go with « Mme ».
        if (p.role.startsWith(u"Principale"_s) || p.role.startsWith(u"Directrice"_s)) {
            EXPECT_EQ(p.civility, u"Mme"_s) << p.role.toStdString();
        }
        if (p.role.startsWith(u"Principal "_s) || p.role.startsWith(u"Directeur "_s)) {
            EXPECT_EQ(p.civility, u"M."_s) << p.role.toStdString();
        }
    }
    EXPECT_GT(women, 0);
    EXPECT_LT(women, d.people.size());
    for (const Student& s : d.students) {
        for (const LegalRepresentative& r : s.legalRepresentatives) {
            if (r.relation == u"mère"_s) {
                EXPECT_EQ(r.civility, u"Mme"_s);
            }
            if (r.relation == u"père"_s) {
                EXPECT_EQ(r.civility, u"M."_s);
            }
        }
    }
}

TEST(Demo, AgreementsOfEveryKindWithTheirSeedTerms) {
    const Dataset d = demo(6000);
    for (const AgreementKind kind :
         {AgreementKind::ResponsibilityMeasures, AgreementKind::ExclusionAlternative,
          AgreementKind::RemobilisationWorkshop, AgreementKind::TalkingGroups,
          AgreementKind::AbsenteeismPrevention, AgreementKind::Generic}) {
        EXPECT_GT(countIf(d.agreements, [&](const Agreement& a) { return a.kind == kind; }), 0)
            << key(kind).toStdString();
    }
    for (const AgreementStatus status : {AgreementStatus::Draft, AgreementStatus::AwaitingSignature,
                                         AgreementStatus::Signed, AgreementStatus::Terminated}) {
        EXPECT_GT(countIf(d.agreements, [&](const Agreement& a) { return a.status == status; }), 0);
    }
    for (const Agreement& a : d.agreements) {
        EXPECT_GE(a.parties.size(), 2);
        EXPECT_FALSE(a.clauses.isEmpty());
        for (const Clause& clause : a.clauses)
            EXPECT_FALSE(clause.text.contains(u'{')) << clause.text.toStdString();
        switch (a.kind) {
            case AgreementKind::ResponsibilityMeasures:
                EXPECT_EQ(a.clauses.size(), 9);
                EXPECT_TRUE(a.clauses[1].text.contains(u"trois heures par jour"_s));
                EXPECT_EQ(a.noticeAnchor, NoticeAnchor::SchoolYearStart);
                EXPECT_EQ(a.noticeMonths, 3);
                EXPECT_TRUE(a.tacitRenewal);
                break;
            case AgreementKind::RemobilisationWorkshop:
                EXPECT_EQ(a.parties.size(), 3);
                EXPECT_EQ(a.groupSize, (GroupSize{7, 9}));
                EXPECT_EQ(a.partnerNoticeHours, 48);
                EXPECT_EQ(a.copies, 3);
                EXPECT_EQ(a.end.dayOfWeek(), 5);
                break;
            case AgreementKind::TalkingGroups:
                EXPECT_FALSE(a.deliberations.isEmpty());
                break;
            case AgreementKind::AbsenteeismPrevention:
                EXPECT_EQ(a.parties.size(), 5);
                EXPECT_EQ(a.parties[0].designation, u"DSDEN"_s);
                // The annex of local resources (seed 003): each named, with a kind, an audience and a phone.
                EXPECT_GE(a.resources.size(), 4);
                EXPECT_LE(a.resources.size(), 6);
                for (const Resource& resource : a.resources) {
                    EXPECT_FALSE(resource.name.isEmpty());
                    EXPECT_FALSE(resource.kind.isEmpty());
                    EXPECT_FALSE(resource.audience.isEmpty());
                    EXPECT_FALSE(resource.phone.isEmpty());
                }
                break;
            case AgreementKind::ExclusionAlternative: {
                EXPECT_EQ(a.reviewEveryMonths, 12);
                // Seed 001: the deputy signs for the mayor, under the council's deliberation and an arrêté.
                const Party& town = a.parties[0];
                EXPECT_EQ(town.designation, u"la Ville"_s);
                EXPECT_EQ(a.parties[1].designation, u"l'établissement scolaire"_s);
                EXPECT_TRUE(town.delegation.startsWith(
                    u"agissant au nom et pour le compte de ladite Ville en exécution de la délibération du "
                    "Conseil municipal en date du "_s))
                    << town.delegation.toStdString();
                EXPECT_TRUE(town.delegation.contains(u"en vertu de l'arrêté de M"_s))
                    << town.delegation.toStdString();
                EXPECT_TRUE(town.signatureMention.startsWith(u"P. l"_s))
                    << town.signatureMention.toStdString();
                EXPECT_TRUE(town.signatureMention.contains(u"Maire d"_s))
                    << town.signatureMention.toStdString();
                break;
            }
            default:
                break;
        }
        // A council's deliberation comes back from the prefecture a few days after the sitting.
        for (const Deliberation& d : a.deliberations) {
            if (!d.body.startsWith(u"Conseil municipal"_s)) {
                EXPECT_FALSE(d.receivedAt.isValid());
                continue;
            }
            if (d.date.daysTo(test::fixedToday()) < 10)
                continue;
            EXPECT_GE(d.date.daysTo(d.transmittedAt), 2);
            EXPECT_GE(d.transmittedAt.daysTo(d.receivedAt), 0);
            EXPECT_LE(d.date.daysTo(d.publishedOn), 6);
            EXPECT_LT(d.receivedAt, d.publishedOn);
        }
        if (a.status == AgreementStatus::Signed) {
            EXPECT_TRUE(a.signedOn.isValid());
            EXPECT_EQ(a.signatures.size(), a.parties.size());
        }
    }
}

TEST(Demo, MeasuresAreMostlyLawfulWithAFewFlaws) {
    const Dataset d = demo(20000, 9);
    const DatasetIndex index(d);
    const QDate today = test::fixedToday();
    qsizetype responsibility = 0;
    qsizetype lawfulCount = 0;
    for (const Measure& m : d.measures) {
        EXPECT_TRUE(m.start.isValid() && m.end.isValid() && m.start <= m.end) << m.id.toStdString();
        EXPECT_FALSE(m.slots.isEmpty());
        // Attendance only for dates already past, and only expected dates.
        const QList<QDate> expected = m.expectedDates();
        for (const AttendanceEntry& entry : m.attendance) {
            EXPECT_LT(entry.date, today);
            EXPECT_TRUE(expected.contains(entry.date));
        }
        EXPECT_EQ(m.status == MeasureStatus::Planned, m.start > today) << m.id.toStdString();
        if (m.hostReport) {
            EXPECT_LE(m.hostReport->writtenOn, today);
        }
        if (m.kind == MeasureKind::ExclusionAlternative) {
            ASSERT_TRUE(m.exclusionDays.has_value());
            EXPECT_GE(*m.exclusionDays, 1);
        }
        if (m.kind != MeasureKind::Responsibility)
            continue;
        ++responsibility;
        const Student* student = index.student(m.studentId);
        ASSERT_NE(student, nullptr);
        if (lawful(m, *index.organisation(student->schoolId)))
            ++lawfulCount;
    }
    ASSERT_GT(responsibility, 100);
    const double share = static_cast<double>(lawfulCount) / static_cast<double>(responsibility);
    EXPECT_GT(share, 0.85);
    EXPECT_LT(share, 0.99);  // some are deliberately imperfect
    EXPECT_GT(countIf(d.measures, [](const Measure& m) { return !m.incidents.isEmpty(); }), 0);
    EXPECT_GT(countIf(d.measures, [](const Measure& m) { return m.hostReport.has_value(); }), 0);
    for (const MeasureStatus status : {MeasureStatus::Planned, MeasureStatus::InProgress,
                                       MeasureStatus::Completed, MeasureStatus::Interrupted}) {
        EXPECT_GT(countIf(d.measures, [&](const Measure& m) { return m.status == status; }), 0);
    }
}

TEST(Demo, GroupsHaveSessionsAttendanceAndSomeCancellations) {
    const Dataset d = demo(20000, 4);
    const QDate today = test::fixedToday();
    qsizetype cancelled = 0;
    qsizetype lateCancellations = 0;
    for (const GroupActivity& g : d.groups) {
        EXPECT_FALSE(g.sessions.isEmpty()) << g.id.toStdString();
        if (g.kind == GroupKind::Workshop) {
            EXPECT_TRUE(g.filming);
            EXPECT_GE(g.participantIds.size(), 6);
            EXPECT_LE(g.participantIds.size(), 10);
        }
        for (const GroupSession& s : g.sessions) {
            if (s.isCancelled()) {
                ++cancelled;
                EXPECT_TRUE(s.attendance.isEmpty());
                if (s.cancelledAt.secsTo(s.startsAt()) < 48 * 3600)
                    ++lateCancellations;
            } else if (s.date < today) {
                EXPECT_EQ(s.attendance.size(), g.participantIds.size());
            } else {
                EXPECT_TRUE(s.attendance.isEmpty());
            }
        }
    }
    EXPECT_GT(cancelled, 0);
    EXPECT_GT(lateCancellations, 0);
    for (const Audience audience : {Audience::Students, Audience::Parents, Audience::Team}) {
        EXPECT_GT(countIf(d.groups, [&](const GroupActivity& g) { return g.audience == audience; }), 0);
    }
}

TEST(Demo, ZeroStudentsStillGivesOneSchool) {
    const Dataset d = demo(0);
    EXPECT_TRUE(d.students.isEmpty());
    EXPECT_EQ(countIf(d.organisations, [](const Organisation& o) { return o.isSchool(); }), 1);
    EXPECT_TRUE(checkReferences(d).isEmpty());
    EXPECT_TRUE(readDataset(writeDataset(d)).ok());
}
