// 100,000 students, the size of a département: import and list figures. The times are printed (and recorded
// as test properties), never asserted, so that a slow machine cannot make the suite flaky; the results are
// asserted.
#include "storage_fixtures.h"

#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/repositories.h"

#include <QElapsedTimer>

#include <iostream>

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int studentCount = 100'000;
constexpr int schoolCount = 50;

Dataset departement() {
    const QStringList firstNames{u"Hélène"_s, u"Lucas"_s, u"Inès"_s, u"Noé"_s,     u"Chloé"_s,  u"Mathéo"_s,
                                 u"Léa"_s,    u"Adam"_s,  u"Zoé"_s,  u"Raphaël"_s, u"Maëlys"_s, u"Gaël"_s};
    const QStringList lastNames{u"Martin"_s,  u"Bernard"_s, u"Dubois"_s, u"Thomas"_s,
                                u"Robert"_s,  u"Richard"_s, u"Petit"_s,  u"Durand"_s,
                                u"Leroy"_s,   u"Moreau"_s,  u"Simon"_s,  u"Laurent"_s,
                                u"Lefèvre"_s, u"Michel"_s,  u"Garcia"_s, u"Cœurdoux"_s};
    Dataset dataset;
    for (int s = 0; s < schoolCount; ++s) {
        dataset.organisations.append(Organisation{.id = u"SCH%1"_s.arg(s, 3, 10, QLatin1Char('0')),
                                                  .kind = OrganisationKind::School,
                                                  .name = u"Collège n° %1"_s.arg(s)});
    }
    quint32 state = 12345;
    auto next = [&state](quint32 bound) {
        state = state * 1664525u + 1013904223u;  // a fixed LCG: the same data on every run
        return (state >> 8) % bound;
    };
    dataset.students.reserve(studentCount);
    for (int i = 0; i < studentCount; ++i) {
        Student student{
            .id = u"STU%1"_s.arg(i, 6, 10, QLatin1Char('0')),
            .firstName = firstNames.at(next(firstNames.size())),
            .lastName = lastNames.at(next(lastNames.size())) + u"-"_s + QString::number(next(500)),
            .birthDate = QDate(2009, 1, 1).addDays(next(1800)),
            .className = u"%1e%2"_s.arg(3 + next(4)).arg(QChar(u'A' + next(6))),
            .schoolId = dataset.organisations.at(i % schoolCount).id,
            .consents = {.followUp = i % 3 == 0, .image = i % 2 == 0}};
        student.legalRepresentatives.append(
            {u"Parent"_s, student.lastName, u"mère"_s, u"1 rue de Paris"_s, u"06 00 00 00 00"_s, {}});
        if (i % 2 == 0)
            student.legalRepresentatives.append({u"Autre"_s, student.lastName, u"père"_s, {}, {}, {}});
        dataset.students.append(std::move(student));
    }
    return dataset;
}

double millisecondsOf(const std::function<void()>& work, int repeat = 1) {
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repeat; ++i)
        work();
    return double(timer.nsecsElapsed()) / 1e6 / repeat;
}

void report(const char* what, double ms) {
    std::cout << "[ figures  ] " << what << ": " << ms << " ms" << std::endl;
    ::testing::Test::RecordProperty(what, std::to_string(ms));
}

}  // namespace

TEST_F(StorageTest, OneHundredThousandStudents) {
    const Dataset dataset = departement();
    DatasetStore store(db());
    std::optional<ImportSummary> summary;
    report("import 100000 students (150000 representatives), one transaction", millisecondsOf([&] {
               const auto imported = store.importDataset(dataset);
               ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
               summary = *imported;
           }));
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->added, studentCount + schoolCount);

    StudentRepository students(db());
    Result<Page<Student>> page = failure(u"not run"_s);
    report("first page of 200 (all students, by name)", millisecondsOf([&] { page = students.list({}); }, 5));
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->total, studentCount);
    EXPECT_EQ(page->items.size(), 200);
    EXPECT_EQ(page->items.at(0).lastName.left(7), u"Bernard"_s);  // alphabetically first family name

    report("page at offset 50000", millisecondsOf([&] { page = students.list({.offset = 50'000}); }, 5));
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->items.size(), 200);

    report(
        "school + class filter",
        millisecondsOf([&] { page = students.list({.className = u"4eB"_s, .schoolId = u"SCH007"_s}); }, 5));
    ASSERT_TRUE(page.ok());
    EXPECT_GT(page->total, 0);
    for (const Student& s : page->items)
        EXPECT_EQ(s.className, u"4eB"_s);

    report("search 'mar' (prefix, ~1/16 of the students)",
           millisecondsOf([&] { page = students.list({.text = u"mar"_s}); }, 5));
    ASSERT_TRUE(page.ok());
    EXPECT_GT(page->total, studentCount / 40);

    report("search 'helene coeurdoux-12' (few hits)",
           millisecondsOf([&] { page = students.list({.text = u"helene coeurdoux-12"_s}); }, 5));
    ASSERT_TRUE(page.ok());
    for (const Student& s : page->items)
        EXPECT_EQ(s.firstName, u"Hélène"_s);

    std::optional<Dataset> loaded;
    report("loadAll (100050 records)", millisecondsOf([&] { loaded = store.loadAll().value(); }));
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->students.size(), studentCount);
    EXPECT_TRUE(loaded->students == withRevisions(dataset, 1).students);

    report("re-import of all records as updates", millisecondsOf([&] {
               const auto imported = store.importDataset(dataset);
               ASSERT_TRUE(imported.ok());
               EXPECT_EQ(imported->updated, studentCount + schoolCount);
           }));
}
