// Lists: filters, stable order, paging and the total count.
#include "storage_fixtures.h"

#include "passerelle/storage/repositories.h"

#include <QSet>

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T>
QStringList idsOf(const Result<Page<T>>& page) {
    EXPECT_TRUE(page.ok()) << page.error().message.toStdString();
    QStringList ids;
    if (page) {
        for (const T& record : page->items)
            ids << record.id;
    }
    return ids;
}

}  // namespace

TEST_F(StorageTest, StudentsAreOrderedByNameTheFrenchWay) {
    ASSERT_TRUE(OrganisationRepository(db()).save(sampleSchool()).ok());
    StudentRepository students(db());
    // Case, accents and ligatures do not decide the order; the id breaks ties between namesakes.
    for (const auto& [id, first, last] :
         {std::tuple{u"S5"_s, u"Zoé"_s, u"Éluard"_s}, std::tuple{u"S1"_s, u"anne"_s, u"dupont"_s},
          std::tuple{u"S3"_s, u"Émile"_s, u"Dupont"_s}, std::tuple{u"S2"_s, u"Anne"_s, u"Dupont"_s},
          std::tuple{u"S4"_s, u"Luc"_s, u"Eluard"_s}, std::tuple{u"S6"_s, u"Yves"_s, u"Œuvray"_s},
          std::tuple{u"S7"_s, u"Paul"_s, u"Zidane"_s}, std::tuple{u"S8"_s, u"Jean"_s, u"Le"_s},
          std::tuple{u"S9"_s, u"Anne"_s, u"Le Blanc"_s}}) {
        ASSERT_TRUE(students.save(Student{.id = id, .firstName = first, .lastName = last}).ok());
    }
    EXPECT_EQ(idsOf(students.list({})),
              (QStringList{u"S1"_s, u"S2"_s, u"S3"_s, u"S4"_s, u"S5"_s, u"S8"_s, u"S9"_s, u"S6"_s, u"S7"_s}));
}

TEST_F(StorageTest, StudentFilters) {
    importSample();
    StudentRepository students(db());
    EXPECT_EQ(idsOf(students.list({.className = u"4eB"_s})), QStringList{heleneId});
    EXPECT_EQ(idsOf(students.list({.className = u"4eb"_s})), QStringList());  // a class is an exact value
    EXPECT_EQ(students.list({.schoolId = schoolId})->total, 2);
    // Lucas left on 2025-03-14 (SIECLE's DATE_SORTIE): a leaver stays listed like the others.
    EXPECT_EQ(idsOf(students.list({.schoolId = schoolId})), (QStringList{heleneId, lucasId}));
    EXPECT_EQ(students.list({.schoolId = hostId})->total, 0);
    // Birth dates, bounds included: Hélène 2011-02-28, Lucas 2010-09-01.
    EXPECT_EQ(idsOf(students.list({.from = QDate(2011, 2, 28)})), QStringList{heleneId});
    EXPECT_EQ(idsOf(students.list({.to = QDate(2010, 9, 1)})), QStringList{lucasId});
    EXPECT_EQ(students.list({.from = QDate(2010, 9, 2), .to = QDate(2011, 2, 27)})->total, 0);
    EXPECT_EQ(idsOf(students.list({.text = u"luc"_s, .className = u"3eA"_s, .schoolId = schoolId})),
              QStringList{lucasId});
    EXPECT_EQ(students.list({.text = u"luc"_s, .className = u"4eB"_s})->total, 0);
}

TEST_F(StorageTest, PagingIsStableAndCountsEverything) {
    StudentRepository students(db());
    for (int i = 0; i < 25; ++i) {
        // Five namesakes in a row: the id must keep pages from overlapping.
        ASSERT_TRUE(students
                        .save(Student{.id = u"S%1"_s.arg(i, 2, 10, QLatin1Char('0')),
                                      .firstName = u"Camille"_s,
                                      .lastName = u"Nom%1"_s.arg(i / 5)})
                        .ok());
    }
    QStringList seen;
    for (int offset : {0, 10, 20}) {
        const auto page = students.list({.offset = offset, .limit = 10});
        ASSERT_TRUE(page.ok());
        EXPECT_EQ(page->total, 25);
        EXPECT_EQ(page->items.size(), offset == 20 ? 5 : 10);
        seen << idsOf(page);
    }
    EXPECT_EQ(seen.size(), 25);
    EXPECT_EQ(QSet<QString>(seen.begin(), seen.end()).size(), 25);
    EXPECT_EQ(seen, idsOf(students.list({.limit = 100})));

    const auto beyond = students.list({.offset = 25, .limit = 10});
    ASSERT_TRUE(beyond.ok());
    EXPECT_TRUE(beyond->items.isEmpty());
    EXPECT_EQ(beyond->total, 25);
    const auto countOnly = students.list({.limit = 0});
    ASSERT_TRUE(countOnly.ok());
    EXPECT_TRUE(countOnly->items.isEmpty());
    EXPECT_EQ(countOnly->total, 25);
    EXPECT_EQ(students.list({.offset = -1}).error().field, u"offset"_s);
    EXPECT_EQ(students.list({.limit = -1}).error().field, u"limit"_s);
}

TEST_F(StorageTest, AgreementFiltersAndPeriodOverlap) {
    importSample();  // A-RESP: signed, responsibility-measures, 2025-09-01 .. 2026-08-31
    AgreementRepository agreements(db());
    Agreement byDuration{.id = u"A-DUR"_s,
                         .kind = AgreementKind::TalkingGroups,
                         .title = u"Groupes de parole"_s,
                         .start = QDate(2026, 1, 1),
                         .durationYears = 3,  // runs to 2028-12-31
                         .status = AgreementStatus::Draft};
    Agreement openEnded{.id = u"A-OPEN"_s, .title = u"Sans fin"_s, .start = QDate(2027, 1, 1)};
    ASSERT_TRUE(agreements.save(byDuration).ok());
    ASSERT_TRUE(agreements.save(openEnded).ok());

    EXPECT_EQ(idsOf(agreements.list({.status = u"signed"_s})), QStringList{agreementId});
    EXPECT_EQ(idsOf(agreements.list({.kind = u"talking-groups"_s})), QStringList{u"A-DUR"_s});
    // Ordered by title: Convention..., Groupes..., Sans fin.
    EXPECT_EQ(idsOf(agreements.list({})), (QStringList{agreementId, u"A-DUR"_s, u"A-OPEN"_s}));
    // Boundaries count: ending on `from` or starting on `to` meets the period.
    EXPECT_EQ(idsOf(agreements.list({.from = QDate(2026, 8, 31), .to = QDate(2026, 8, 31)})),
              (QStringList{agreementId, u"A-DUR"_s}));
    EXPECT_EQ(idsOf(agreements.list({.from = QDate(2026, 9, 1), .to = QDate(2026, 12, 31)})),
              QStringList{u"A-DUR"_s});
    EXPECT_EQ(idsOf(agreements.list({.from = QDate(2024, 1, 1), .to = QDate(2025, 8, 31)})), QStringList());
    EXPECT_EQ(idsOf(agreements.list({.from = QDate(2028, 12, 31)})), (QStringList{u"A-DUR"_s, u"A-OPEN"_s}));
    EXPECT_EQ(idsOf(agreements.list({.from = QDate(2029, 1, 1)})), QStringList{u"A-OPEN"_s});
    EXPECT_EQ(idsOf(agreements.list({.to = QDate(2025, 9, 1)})), QStringList{agreementId});
}

TEST_F(StorageTest, MeasureFiltersAndOrder) {
    importSample();  // M-1: exclusion-alternative, in-progress, 2026-11-16 .. 2026-11-27
    MeasureRepository measures(db());
    Measure later{.id = u"M-2"_s,
                  .kind = MeasureKind::Responsibility,
                  .studentId = lucasId,
                  .start = QDate(2027, 1, 4),
                  .end = QDate(2027, 1, 8),
                  .status = MeasureStatus::Planned};
    Measure undated{.id = u"M-0"_s, .studentId = lucasId};
    ASSERT_TRUE(measures.save(later).ok());
    ASSERT_TRUE(measures.save(undated).ok());

    // Latest first, undated last.
    EXPECT_EQ(idsOf(measures.list({})), (QStringList{u"M-2"_s, measureId, u"M-0"_s}));
    EXPECT_EQ(idsOf(measures.list({.status = u"in-progress"_s})), QStringList{measureId});
    EXPECT_EQ(idsOf(measures.list({.kind = u"responsibility"_s})), (QStringList{u"M-2"_s, u"M-0"_s}));
    EXPECT_EQ(idsOf(measures.list(
                  {.kind = u"responsibility"_s, .from = QDate(2027, 1, 8), .to = QDate(2027, 2, 1)})),
              (QStringList{u"M-2"_s, u"M-0"_s}));
    EXPECT_EQ(idsOf(measures.list({.status = u"in-progress"_s, .from = QDate(2026, 11, 28)})), QStringList());
    EXPECT_EQ(idsOf(measures.list({.status = u"in-progress"_s, .from = QDate(2026, 11, 27)})),
              QStringList{measureId});
}

TEST_F(StorageTest, MeasuresSortByEachColumnBothWaysAndTiesKeepTheDefaultOrder) {
    importSample();  // M-1: Hélène Bernard at the association, in-progress, 2026-11-16 .. 2026-11-27
    MeasureRepository measures(db());
    ASSERT_TRUE(measures
                    .save({.id = u"M-2"_s,
                           .studentId = lucasId,
                           .start = QDate(2027, 1, 4),
                           .end = QDate(2027, 1, 8),
                           .status = MeasureStatus::Planned})
                    .ok());
    ASSERT_TRUE(measures
                    .save({.id = u"M-3"_s,
                           .studentId = heleneId,
                           .start = QDate(2026, 12, 1),
                           .end = QDate(2026, 12, 4),
                           .status = MeasureStatus::Signed})
                    .ok());
    ASSERT_TRUE(measures.save({.id = u"M-0"_s, .studentId = lucasId}).ok());
    const auto sorted = [&](const QString& key, bool descending = false) {
        return idsOf(measures.list({.sortBy = key, .descending = descending}));
    };
    // Default order: latest first, undated last.
    EXPECT_EQ(sorted({}), (QStringList{u"M-2"_s, u"M-3"_s, measureId, u"M-0"_s}));
    // A status sorts in its lifecycle order (planned, signed, in progress ...), not alphabetically.
    EXPECT_EQ(sorted(u"status"_s), (QStringList{u"M-2"_s, u"M-0"_s, u"M-3"_s, measureId}));
    EXPECT_EQ(sorted(u"status"_s, true), (QStringList{measureId, u"M-3"_s, u"M-2"_s, u"M-0"_s}));
    EXPECT_EQ(sorted(u"start"_s), (QStringList{u"M-0"_s, measureId, u"M-3"_s, u"M-2"_s}));
    EXPECT_EQ(sorted(u"end"_s, true), (QStringList{u"M-2"_s, u"M-3"_s, measureId, u"M-0"_s}));
    // The student's name the French way: Bernard before Œdipe-Marchand.
    EXPECT_EQ(sorted(u"student"_s), (QStringList{u"M-3"_s, measureId, u"M-2"_s, u"M-0"_s}));
    EXPECT_EQ(sorted(u"host"_s, true).constFirst(), measureId);
    EXPECT_EQ(sorted(u"kind"_s).constLast(),
              measureId);  // the exclusion alternative after the responsibility ones

    // Pages of a sorted list follow each other without overlap.
    QStringList paged;
    for (int offset : {0, 2})
        paged << idsOf(measures.list({.sortBy = u"status"_s, .offset = offset, .limit = 2}));
    EXPECT_EQ(paged, sorted(u"status"_s));

    const auto unknown = measures.list({.sortBy = u"start_date; DROP TABLE measures"_s});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().field, u"sortBy"_s);
    EXPECT_EQ(measures.list({})->total, 4);
}

TEST_F(StorageTest, EveryKindSortsByItsListColumns) {
    importSample();
    const auto sortsBy = [](const auto& list, const QStringList& keys) {
        for (const QString& key : keys) {
            for (const bool descending : {false, true}) {
                const auto page = list({.sortBy = key, .descending = descending});
                EXPECT_TRUE(page.ok()) << key.toStdString() << ": " << page.error().message.toStdString();
            }
        }
    };
    sortsBy([&](const ListQuery& q) { return OrganisationRepository(db()).list(q); },
            {u"name"_s, u"kind"_s, u"address"_s, u"phone"_s, u"email"_s});
    sortsBy([&](const ListQuery& q) { return StudentRepository(db()).list(q); },
            {u"lastName"_s, u"firstName"_s, u"className"_s, u"birthDate"_s, u"school"_s});
    sortsBy([&](const ListQuery& q) { return AgreementRepository(db()).list(q); },
            {u"title"_s, u"kind"_s, u"status"_s, u"start"_s, u"end"_s});
    sortsBy([&](const ListQuery& q) { return GroupRepository(db()).list(q); },
            {u"title"_s, u"kind"_s, u"audience"_s, u"recurrence"_s, u"participants"_s, u"sessions"_s});
    sortsBy([&](const ListQuery& q) { return PersonRepository(db()).list(q); },
            {u"lastName"_s, u"firstName"_s});
    // Students by birth date, youngest last: Lucas (2010-09-01) before Hélène (2011-02-28).
    EXPECT_EQ(idsOf(StudentRepository(db()).list({.sortBy = u"birthDate"_s})),
              (QStringList{lucasId, heleneId}));
    EXPECT_EQ(idsOf(OrganisationRepository(db()).list({.sortBy = u"kind"_s})).constFirst(), schoolId);
}

TEST_F(StorageTest, OrganisationPeopleAndGroupFilters) {
    importSample();
    EXPECT_EQ(idsOf(OrganisationRepository(db()).list({.kind = u"school"_s})), QStringList{schoolId});
    // By name: Association..., Collège..., Ville...
    EXPECT_EQ(idsOf(OrganisationRepository(db()).list({})), (QStringList{hostId, schoolId, townId}));
    // People of one organisation, by last name: Lefèvre, Martin.
    EXPECT_EQ(idsOf(PersonRepository(db()).list({.schoolId = schoolId})), (QStringList{principalId, cpeId}));
    EXPECT_EQ(idsOf(GroupRepository(db()).list({.kind = u"talking-group"_s})), QStringList{groupId});
    EXPECT_EQ(GroupRepository(db()).list({.kind = u"workshop"_s})->total, 0);
}

TEST_F(StorageTest, ListedRecordsAreComplete) {
    importSample();
    const auto page = MeasureRepository(db()).list({});
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->items.size(), 1);
    Measure expected = sampleMeasure();
    expected.revision = 1;
    EXPECT_TRUE(page->items.at(0) == expected);
}

// The lists' « avec erreurs » filter: only the ids given, however many (one bound value, not one each),
// together with the other filters and the paging.
TEST_F(StorageTest, AListCanBeNarrowedToGivenIds) {
    StudentRepository students(db());
    for (int i = 0; i < 12; ++i) {
        ASSERT_TRUE(students
                        .save(Student{.id = u"S%1"_s.arg(i, 2, 10, QLatin1Char('0')),
                                      .firstName = i % 2 ? u"Camille"_s : u"Hélène"_s,
                                      .lastName = u"Nom%1"_s.arg(i)})
                        .ok());
    }
    QStringList wanted{u"S01"_s, u"S02"_s, u"S03"_s, u"unknown"_s};
    for (int i = 0; i < 40000; ++i)  // beyond SQLite's 32,766 parameters
        wanted << u"X%1"_s.arg(i);
    const auto page = students.list({.ids = wanted, .limit = 2});
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    EXPECT_EQ(page->total, 3);
    EXPECT_EQ(page->items.size(), 2);
    const auto helene = students.list({.text = u"helene"_s, .ids = wanted});
    ASSERT_TRUE(helene.ok());
    EXPECT_EQ(idsOf(helene), QStringList{u"S02"_s});
    const auto none = students.list({.ids = QStringList{}});
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->total, 0);
}
