// Issue 15: other users' changes, told by the server (storage/change_feed.h). Two connections to one server
// database play two programs: what one writes through the repositories, the other's feed hears.
#include "storage_fixtures.h"

#include "passerelle/storage/change_feed.h"
#include "passerelle/storage/dataset_store.h"
#include "passerelle/storage/repositories.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;
using namespace passerelle::test;
using storage::ChangeFeed;

namespace {

struct Heard {
    QString kind;
    QStringList ids;
    bool operator==(const Heard&) const = default;
};

void PrintTo(const Heard& heard, std::ostream* out) {
    *out << heard.kind.toStdString() << " [" << heard.ids.join(u", "_s).toStdString() << "]";
}

// What a feed emitted, waited for in the event loop as the window's would be (storage_tests has no QtTest for
// QSignalSpy).
class Recorder {
public:
    explicit Recorder(ChangeFeed& feed) {
        QObject::connect(&feed, &ChangeFeed::changed, &m_context, [this](const QString& kind) {
            m_heard.append({kind, {}});
            m_loop.quit();
        });
    }
    // Runs the event loop until `count` changes were heard or `ms` passed.
    const QList<Heard>& waitFor(qsizetype count, int ms = 2000) {
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        timeout.start(ms);
        while (m_heard.size() < count && timeout.isActive())
            m_loop.exec();
        return m_heard;
    }
    // Runs the event loop for `ms`, whatever is heard.
    const QList<Heard>& listen(int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
        return m_heard;
    }
    const QList<Heard>& heard() const { return m_heard; }

private:
    QObject m_context;
    QEventLoop m_loop;
    QList<Heard> m_heard;
};

// Two connections to a new database on the test server (storage_tests_postgresql, test_database.h).
class ChangeFeedTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!testingOnServer())
            GTEST_SKIP() << "Not on a PostgreSQL server: an SQLite file has no change feed.";
        m_database = std::make_unique<TestDatabase>(m_folder, u"feed"_s);
        ASSERT_TRUE(m_database->error().isEmpty()) << m_database->error().toStdString();
        auto writer = storage::Database::open(m_database->location());
        ASSERT_TRUE(writer) << writer.error().message.toStdString();
        m_writer = std::move(*writer);
        auto reader = storage::Database::open(m_database->location());
        ASSERT_TRUE(reader) << reader.error().message.toStdString();
        m_reader = std::move(*reader);
    }

    // The feed of another program: it leaves out the changes of an origin that is not this process's.
    std::unique_ptr<ChangeFeed> otherProgramsFeed() {
        return std::make_unique<ChangeFeed>(*m_reader, nullptr, u"another program"_s);
    }

    TempFolder m_folder;
    std::unique_ptr<TestDatabase> m_database;  // after the connections below are closed
    std::unique_ptr<storage::Database> m_writer;
    std::unique_ptr<storage::Database> m_reader;
};

TEST_F(ChangeFeedTest, AnotherProgramHearsASavedRecordWithinTwoSeconds) {
    const auto feed = otherProgramsFeed();
    ASSERT_TRUE(feed->isActive()) << feed->lastError().toStdString();
    Recorder recorder(*feed);

    auto saved = storage::Repository<Organisation>(*m_writer).save(sampleSchool());
    ASSERT_TRUE(saved) << saved.error().message.toStdString();

    EXPECT_EQ(recorder.waitFor(1), (QList<Heard>{{u"organisation"_s, {}}}));
}

TEST_F(ChangeFeedTest, AnotherProgramHearsADeletion) {
    auto saved = storage::Repository<Organisation>(*m_writer).save(sampleSchool());
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    const auto feed = otherProgramsFeed();
    Recorder recorder(*feed);

    ASSERT_TRUE(storage::Repository<Organisation>(*m_writer).remove(schoolId, saved->revision));

    EXPECT_EQ(recorder.waitFor(1), (QList<Heard>{{u"organisation"_s, {}}}));
}

TEST_F(ChangeFeedTest, ARolledBackWriteIsNeverHeard) {
    const auto feed = otherProgramsFeed();
    Recorder recorder(*feed);

    const Status rolledBack = m_writer->transaction([&]() -> Status {
        auto saved = storage::Repository<Organisation>(*m_writer).save(sampleSchool());
        if (!saved)
            return saved.error();
        return failure(u"changed my mind"_s);
    });
    ASSERT_FALSE(rolledBack);
    // A write committed after it: once that one is heard, the rolled-back one would have been heard before.
    ASSERT_TRUE(storage::Repository<Organisation>(*m_writer).save(sampleHost()));

    recorder.waitFor(1);
    EXPECT_EQ(recorder.listen(500), (QList<Heard>{{u"organisation"_s, {}}}));
}

TEST_F(ChangeFeedTest, TheWritersOwnFeedStaysSilent) {
    ChangeFeed own(*m_writer);  // this process's origin: its own writes are left out
    ASSERT_TRUE(own.isActive()) << own.lastError().toStdString();
    Recorder ownRecorder(own);
    const auto other = otherProgramsFeed();
    Recorder otherRecorder(*other);

    ASSERT_TRUE(storage::Repository<Organisation>(*m_writer).save(sampleSchool()));

    ASSERT_EQ(otherRecorder.waitFor(1).size(), 1);
    // Both listening connections got the notification; the other feed has emitted, so the own one would have.
    ownRecorder.listen(2 * ChangeFeed::defaultSettleMs);
    EXPECT_TRUE(ownRecorder.heard().isEmpty());
}

TEST_F(ChangeFeedTest, AnImportIsHeardOncePerKindReferencesFirst) {
    const auto feed = otherProgramsFeed();
    Recorder recorder(*feed);

    const auto imported = storage::DatasetStore(*m_writer).importDataset(sampleDataset());
    ASSERT_TRUE(imported) << imported.error().message.toStdString();

    QStringList kinds;
    for (const Heard& heard : recorder.waitFor(6))
        kinds << heard.kind;
    EXPECT_EQ(kinds, (QStringList{u"organisation"_s, u"person"_s, u"student"_s, u"agreement"_s, u"measure"_s,
                                  u"group"_s}));
    ASSERT_EQ(recorder.heard().size(), 6);
    // Kinds only: no listener learns which records another school touched.
    for (const Heard& heard : recorder.heard())
        EXPECT_TRUE(heard.ids.isEmpty()) << heard.kind.toStdString();
}

TEST_F(ChangeFeedTest, ALargeWriteNamesItsKindOnly) {
    const auto feed = otherProgramsFeed();
    Recorder recorder(*feed);
    ASSERT_TRUE(m_writer->transaction([&] { return storage::announceChange(*m_writer, u"student"_s); }));

    EXPECT_EQ(recorder.waitFor(1), (QList<Heard>{{u"student"_s, {}}}));
}

TEST(ChangeFeedOnFile, IsInactiveAndWritesAnnounceNothing) {
    const TempFolder folder;
    auto database = storage::Database::open(folder.path(u"school.sqlite"_s));
    ASSERT_TRUE(database) << database.error().message.toStdString();
    const ChangeFeed feed(**database);
    EXPECT_FALSE(feed.isActive());
    EXPECT_FALSE(feed.lastError().isEmpty());
    EXPECT_TRUE(storage::announceChange(**database, u"student"_s));
    EXPECT_TRUE(storage::Repository<Organisation>(**database).save(sampleSchool()));
}

}  // namespace
