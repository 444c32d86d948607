// Full-text search as a French user types: accents, case, ligatures, prefixes, and no syntax to trip on.
#include "storage_fixtures.h"

#include "search_query.h"
#include "search_text.h"

#include "passerelle/storage/repositories.h"

using namespace passerelle;
using namespace passerelle::storage;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class Search : public StorageTest {
protected:
    void SetUp() override {
        StorageTest::SetUp();
        importSample();
        for (const auto& [id, first, last] : {std::tuple{u"S-HM"_s, u"Hélène"_s, u"Martin"_s},
                                              std::tuple{u"S-LC"_s, u"Lætitia"_s, u"Sœurette"_s},
                                              std::tuple{u"S-AN"_s, u"André"_s, u"Nearson"_s},
                                              std::tuple{u"S-BE"_s, u"Bernadette"_s, u"Orlan"_s}}) {
            const auto saved = StudentRepository(db()).save(Student{
                .id = id, .firstName = first, .lastName = last, .className = u"5eA"_s, .schoolId = schoolId});
            ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        }
    }

    // The ids of the students the text finds, sorted.
    QStringList students(const QString& text) {
        const auto page = StudentRepository(db()).list({.text = text});
        EXPECT_TRUE(page.ok()) << text.toStdString() << ": " << page.error().message.toStdString();
        QStringList ids;
        if (page) {
            for (const Student& s : page->items)
                ids << s.id;
            EXPECT_EQ(page->total, ids.size());
        }
        ids.sort();
        return ids;
    }
};

}  // namespace

TEST_F(Search, IgnoresAccentsAndCase) {
    const QStringList both{u"S-HELENE"_s, u"S-HM"_s};
    EXPECT_EQ(students(u"helene"_s), both);
    EXPECT_EQ(students(u"Hélène"_s), both);
    EXPECT_EQ(students(u"HÉLÈNE"_s), both);
    EXPECT_EQ(students(u"hÉlene"_s), both);
    EXPECT_EQ(students(u"HELENE"_s), both);
}

TEST_F(Search, LigaturesMatchTheirTwoLetters) {
    EXPECT_EQ(students(u"soeurette"_s), QStringList{u"S-LC"_s});
    EXPECT_EQ(students(u"SŒURETTE"_s), QStringList{u"S-LC"_s});
    EXPECT_EQ(students(u"laetitia"_s), QStringList{u"S-LC"_s});
    EXPECT_EQ(students(u"Lætitia"_s), QStringList{u"S-LC"_s});
    EXPECT_EQ(students(u"oedipe"_s), QStringList{u"S-LUCAS"_s});
    const auto hosts = OrganisationRepository(db()).list({.text = u"coeur"_s});
    ASSERT_TRUE(hosts.ok());
    ASSERT_EQ(hosts->total, 1);
    EXPECT_EQ(hosts->items.at(0).id, hostId);
    EXPECT_EQ(GroupRepository(db()).list({.text = u"aesthete"_s})->total, 1);
}

TEST_F(Search, EveryWordIsAPrefixAndAllMustMatch) {
    EXPECT_EQ(students(u"hel bern"_s), QStringList{u"S-HELENE"_s});
    EXPECT_EQ(students(u"bern hel"_s), QStringList{u"S-HELENE"_s});
    EXPECT_EQ(students(u"hel"_s), (QStringList{u"S-HELENE"_s, u"S-HM"_s}));
    EXPECT_EQ(students(u"bern"_s), (QStringList{u"S-BE"_s, u"S-HELENE"_s}));
    EXPECT_EQ(students(u"hel zzz"_s), QStringList());
    // Only word starts: "ene" is inside Hélène, not a prefix of a word.
    EXPECT_EQ(students(u"ene"_s), QStringList());
    // The class is indexed too.
    EXPECT_EQ(students(u"4eb"_s), QStringList{u"S-HELENE"_s});
}

TEST_F(Search, SyntaxCharactersAreJustSeparators) {
    const QStringList queries{
        u"\""_s,
        u"\"hel"_s,
        u"hel\""_s,
        u"hel*"_s,
        u"*"_s,
        u"-hel"_s,
        u"hel -bern"_s,
        u"first_name:hel"_s,
        u"(hel"_s,
        u"hel)"_s,
        u"()"_s,
        u"^hel"_s,
        u"{hel}"_s,
        u"hel + bern"_s,
        u"\\"_s,
        u"'"_s,
        u"hel'"_s,
        u"%"_s,
        u"hel AND bern"_s,
        u"hel OR zzz"_s,
        u"NOT hel"_s,
        u"NEAR(hel bern)"_s,
        u"hel;DROP TABLE students"_s,
        u"\"hel\" OR \"x\""_s,
        u"\u00a0hel\u00a0"_s,
    };
    for (const QString& query : queries) {
        const auto page = StudentRepository(db()).list({.text = query});
        EXPECT_TRUE(page.ok()) << query.toStdString() << ": " << page.error().message.toStdString();
    }
    // Operators are plain words: AND is the start of André, NEAR of Nearson, OR of Orlan.
    EXPECT_EQ(students(u"AND"_s), QStringList{u"S-AN"_s});
    EXPECT_EQ(students(u"near"_s), QStringList{u"S-AN"_s});
    EXPECT_EQ(students(u"OR"_s), QStringList{u"S-BE"_s});
    EXPECT_EQ(students(u"hel OR zzz"_s), QStringList());
    EXPECT_EQ(students(u"bernard-hel"_s), QStringList{u"S-HELENE"_s});
    EXPECT_EQ(students(u"\"hel\""_s), (QStringList{u"S-HELENE"_s, u"S-HM"_s}));
    // Nothing but punctuation: no word, so the text does not filter.
    EXPECT_EQ(students(u"-*\"()"_s).size(), 6);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM students"_s).toInt(), 6);
}

TEST_F(Search, TheIndexFollowsUpdatesAndDeletions) {
    StudentRepository repository(db());
    Student student = *repository.find(u"S-HM"_s);
    student.lastName = u"Lefebvre"_s;
    ASSERT_TRUE(repository.save(student).ok());
    EXPECT_EQ(students(u"martin"_s), QStringList());
    EXPECT_EQ(students(u"lefeb"_s), QStringList{u"S-HM"_s});
    ASSERT_TRUE(repository.remove(u"S-HM"_s, 2).ok());
    EXPECT_EQ(students(u"lefeb"_s), QStringList());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM search_entries WHERE record_id = 'S-HM'"_s).toInt(), 0);
}

TEST_F(Search, MeasuresAreFoundByTheirStudentsCurrentName) {
    MeasureRepository measures(db());
    EXPECT_EQ(measures.list({.text = u"helene bernard"_s})->total, 1);
    EXPECT_EQ(measures.list({.text = u"consequences"_s})->total, 1);  // objectives, accent-blind
    EXPECT_EQ(measures.list({.text = u"epicerie"_s})->total, 1);      // activities
    Student helene = *StudentRepository(db()).find(heleneId);
    helene.lastName = u"Dubois"_s;
    ASSERT_TRUE(StudentRepository(db()).save(helene).ok());
    EXPECT_EQ(measures.list({.text = u"bernard"_s})->total, 0);
    EXPECT_EQ(measures.list({.text = u"helene dubois"_s})->total, 1);
}

TEST_F(Search, EachKindIndexesItsUsefulText) {
    EXPECT_EQ(OrganisationRepository(db()).list({.text = u"0941234A"_s})->total, 1);            // UAI
    EXPECT_EQ(OrganisationRepository(db()).list({.text = u"republique creteil"_s})->total, 1);  // address
    EXPECT_EQ(OrganisationRepository(db()).list({.text = u"creteil animation"_s})->total, 1);   // legal name
    EXPECT_EQ(PersonRepository(db()).list({.text = u"principale college"_s})->total, 1);        // role
    EXPECT_EQ(PersonRepository(db()).list({.text = u"lefevre anne"_s})->total, 1);
    EXPECT_EQ(AgreementRepository(db()).list({.text = u"responsabilisation"_s})->total, 1);
    EXPECT_EQ(GroupRepository(db()).list({.text = u"groupe parole"_s})->total, 1);
    // Kinds do not leak into each other.
    EXPECT_EQ(OrganisationRepository(db()).list({.text = u"helene"_s})->total, 0);
}

TEST(SearchText, FoldingAndWords) {
    EXPECT_EQ(foldForSearch(u"Cœur Æther straße ﬁn"_s), u"Coeur AEther strasse fin"_s);
    EXPECT_EQ(searchWords(u"Hélène-Marie (O'Brien)  "_s),
              (QStringList{u"Hélène"_s, u"Marie"_s, u"O"_s, u"Brien"_s}));
    EXPECT_EQ(searchWords(u"\"*:-()"_s), QStringList());
    EXPECT_EQ(sortKey(u"Élodie"_s), u"elodie"_s);
    EXPECT_EQ(sortKey(u" Œdipe "_s), u"oedipe"_s);
    EXPECT_LT(sortKey(u"Éloïse"_s), sortKey(u"Emma"_s));
    EXPECT_LT(sortKey(u"Élodie"_s), sortKey(u"Zoé"_s));
}

// Issue 14: when many records match, a page is read in the list's order with the match as a filter; pages,
// totals and orders must be those of the whole list filtered, whatever the sort and the other filters.
TEST_F(Search, ManyHitsArePagedInTheListsOrder) {
    StudentRepository repository(db());
    const QStringList firsts{u"Zoé"_s, u"Adam"_s, u"Mathis"_s, u"Élise"_s, u"Marin"_s};
    for (int i = 0; i < 40; ++i) {
        const Student student{.id = u"S-MANY-%1"_s.arg(i, 2, 10, QChar(u'0')),
                              .firstName = firsts.at(i % firsts.size()),
                              .lastName = i % 4 == 0 ? u"Marchand"_s : u"Mansour %1"_s.arg(i % 7),
                              .className = i % 3 == 0 ? u"5eB"_s : u"4eA"_s,
                              .schoolId = schoolId};
        ASSERT_TRUE(repository.save(student).ok());
    }
    for (int i = 0; i < 10; ++i) {
        ASSERT_TRUE(repository
                        .save(Student{.id = u"S-OTHER-%1"_s.arg(i),
                                      .firstName = u"Paul"_s,
                                      .lastName = u"Durand"_s,
                                      .className = u"5eB"_s,
                                      .schoolId = schoolId})
                        .ok());
    }
    const QStringList matching = students(u"ma"_s);
    ASSERT_GE(matching.size(), 41);  // the 40, Hélène Martin and the sample's
    for (const auto& [sortBy, descending] :
         {std::pair{QString(), false}, std::pair{u"lastName"_s, true}, std::pair{u"firstName"_s, false},
          std::pair{u"className"_s, true}}) {
        for (const QString& className : {QString(), u"5eB"_s}) {
            const auto all = repository.list(
                {.className = className, .sortBy = sortBy, .descending = descending, .limit = 1000});
            ASSERT_TRUE(all.ok());
            QStringList expected;
            for (const Student& student : all->items) {
                if (matching.contains(student.id))
                    expected << student.id;
            }
            QStringList paged;
            for (int offset = 0; offset < expected.size() + 7; offset += 7) {
                const auto page = repository.list({.text = u"ma"_s,
                                                   .className = className,
                                                   .sortBy = sortBy,
                                                   .descending = descending,
                                                   .offset = offset,
                                                   .limit = 7});
                ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
                EXPECT_EQ(page->total, expected.size()) << sortBy.toStdString() << className.toStdString();
                for (const Student& student : page->items)
                    paged << student.id;
            }
            EXPECT_EQ(paged, expected) << sortBy.toStdString() << " " << className.toStdString();
        }
    }
}

TEST(SearchPlan, ManyMatchesAreReadInAnIndexedListOrderAndFewFromTheMatches) {
    // The bench's 100,000 students: "ma" matches 12,653, "helene" 813.
    EXPECT_EQ(chooseSearchPlan(12653, 100000, 200, true), SearchPlan::InListOrder);
    EXPECT_EQ(chooseSearchPlan(813, 100000, 200, true), SearchPlan::FromMatches);
    EXPECT_EQ(chooseSearchPlan(12653, 100000, 200, false), SearchPlan::FromMatches);  // would sort everything
    EXPECT_EQ(chooseSearchPlan(0, 100000, 200, true), SearchPlan::FromMatches);
    // Deep pages read more in list order, until the matches are cheaper.
    EXPECT_EQ(chooseSearchPlan(12653, 100000, 5000, true), SearchPlan::FromMatches);
}

TEST_F(Search, TheNameOrderIsReadFromItsIndexWithTheMatchAsAFilter) {
    const auto condition = searchCondition(db().dialect(), {u"student"_s, u"student_search"_s}, u"x.id"_s,
                                           u"ma"_s, SearchPlan::InListOrder);
    ASSERT_TRUE(condition.has_value());
    const QString select =
        u"SELECT x.id FROM students x WHERE "_s + condition->sql + u" ORDER BY %1 LIMIT ? OFFSET ?"_s;
    const Values values = condition->values + Values{200, 0};
    // The default order (sort_last_name, sort_first_name, id) has its index: the page stops at its end.
    EXPECT_TRUE(readsInIndexOrder(db(), select.arg(u"x.sort_last_name, x.sort_first_name, x.id"_s), values));
    // The class order has none: SQLite sorts, and a search then starts from its matches.
    EXPECT_FALSE(readsInIndexOrder(db(), select.arg(u"LOWER(x.class_name), x.id"_s), values));
}

// Migration 10 rebuilds the index tables with prefixes under the same row ids: the same records are found.
TEST_F(Search, TheIndexRebuiltWithPrefixesFindsTheSameRecords) {
    EXPECT_TRUE(scalar(u"SELECT sql FROM sqlite_master WHERE name = 'student_search'"_s)
                    .toString()
                    .contains(u"prefix"_s));
    const QStringList before = students(u"he"_s);
    ASSERT_FALSE(before.isEmpty());
    m_database.reset();
    rawExecute(m_path, {u"PRAGMA user_version = 9"_s});
    reopen();
    EXPECT_EQ(db().schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(students(u"he"_s), before);
    EXPECT_EQ(students(u"hel bern"_s), QStringList{u"S-HELENE"_s});
    EXPECT_EQ(students(u"soeur"_s), QStringList{u"S-LC"_s});
}
