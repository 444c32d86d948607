// The keys issue 11 added: an agreement's `handledDeadlines` and an organisation's `activityDomain`. Read,
// refused with the record and key named, written in their place and read back.
#include "fixtures.h"
#include "passerelle/domain/input_limits.h"
#include "passerelle/exchange/json_format.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

ReadResult readAgreementWith(const QJsonArray& handled) {
    const QJsonObject agreement{{u"id"_s, u"A1"_s},
                                {u"kind"_s, u"generic"_s},
                                {u"title"_s, u"Convention"_s},
                                {u"handledDeadlines"_s, handled}};
    return readDataset(QJsonDocument(QJsonObject{{u"format"_s, u"passerelle"_s},
                                                 {u"version"_s, 1},
                                                 {u"agreements"_s, QJsonArray{agreement}}})
                           .toJson());
}

QJsonObject mark(const QString& rule, const QString& due, const QString& on, const QString& note = {}) {
    QJsonObject object{{u"rule"_s, rule}, {u"due"_s, due}, {u"on"_s, on}};
    if (!note.isNull())
        object.insert(u"note"_s, note);
    return object;
}

std::string dump(const QList<Issue>& issues) {
    std::string text;
    for (const Issue& issue : issues)
        text += issue.describe().toStdString() + "\n";
    return text;
}

const QString agreementRecord = u"agreements[0] (id \"A1\")"_s;

}  // namespace

TEST(HandledDeadlinesKey, EachRuleAndItsDatesAreRead) {
    const ReadResult result = readAgreementWith(
        {mark(u"DEADLINE-DENOUNCE"_s, u"2027-05-31"_s, u"2027-05-02"_s, u"Reconduction votée en CA"_s),
         mark(u"DEADLINE-EXPIRY"_s, u"2027-06-16"_s, u"2027-06-01"_s),
         mark(u"DEADLINE-REVIEW"_s, u"2027-05-31"_s, u"2027-05-30"_s, u""_s)});
    ASSERT_TRUE(result.ok()) << dump(result.errors);
    EXPECT_TRUE(result.warnings.isEmpty()) << dump(result.warnings);
    const Agreement& agreement = result.dataset.agreements.at(0);
    ASSERT_EQ(agreement.handledDeadlines.size(), 3);
    EXPECT_EQ(agreement.handledDeadlines[0],
              (HandledDeadline{u"DEADLINE-DENOUNCE"_s, QDate(2027, 5, 31), QDate(2027, 5, 2),
                               u"Reconduction votée en CA"_s}));
    EXPECT_EQ(agreement.handledDeadlines[1].note, QString());
    // The same date under another rule is another deadline.
    EXPECT_NE(agreement.handled(u"DEADLINE-REVIEW"_s, QDate(2027, 5, 31)), nullptr);
}

TEST(HandledDeadlinesKey, AnUnknownRuleOrABadDateNamesTheRecordAndKey) {
    const ReadResult result = readAgreementWith({
        mark(u"DEADLINE-DENONCE"_s, u"2027-05-31"_s, u"2027-05-02"_s),
        mark(u"RESP-CONSENT"_s, u"2027-05-31"_s, u"2027-05-02"_s),
        mark(u"DEADLINE-EXPIRY"_s, u"2027-6-16"_s, u"2027-06-31"_s),
        mark(u"DEADLINE-EXPIRY"_s, u"1899-12-31"_s, u"2200-01-01"_s),
        QJsonObject{{u"note"_s, u"rien d'autre"_s}},
        QJsonObject{{u"rule"_s, u""_s}, {u"due"_s, QJsonValue::Null}, {u"on"_s, 20270502}},
    });
    const QStringList expected = {
        u"handledDeadlines[0].rule: unknown value \"DEADLINE-DENONCE\"; expected one of: DEADLINE-DENOUNCE, "
        "DEADLINE-EXPIRY, DEADLINE-REVIEW"_s,
        u"handledDeadlines[1].rule: unknown value \"RESP-CONSENT\"; expected one of: DEADLINE-DENOUNCE, "
        "DEADLINE-EXPIRY, DEADLINE-REVIEW"_s,
        u"handledDeadlines[2].due: not a date (YYYY-MM-DD): \"2027-6-16\""_s,
        u"handledDeadlines[2].on: not a date (YYYY-MM-DD): \"2027-06-31\""_s,
        u"handledDeadlines[3].due: out of range: \"1899-12-31\"; dates lie between 1900-01-01 and 2199-12-31"_s,
        u"handledDeadlines[3].on: out of range: \"2200-01-01\"; dates lie between 1900-01-01 and 2199-12-31"_s,
        u"handledDeadlines[4].rule: missing required key"_s,
        u"handledDeadlines[4].due: missing required key"_s,
        u"handledDeadlines[4].on: missing required key"_s,
        u"handledDeadlines[5].rule: must not be empty"_s,
        u"handledDeadlines[5].due: required key is null"_s,
        u"handledDeadlines[5].on: expected a string, found a number"_s,
    };
    QStringList found;
    for (const Issue& issue : result.errors) {
        EXPECT_EQ(issue.record, agreementRecord);
        EXPECT_EQ(issue.recordId, u"A1"_s);
        found << issue.key + u": "_s + issue.message;
    }
    EXPECT_EQ(found, expected) << dump(result.errors);
}

// The fixture of tests/exchange/hostile/ (refused with the others by Hostile.EveryFixtureIsRefused).
TEST(HandledDeadlinesKey, TheHostileFixtureNamesEachCulprit) {
    QFile file(test::sourceDir() + u"/tests/exchange/hostile/handled_deadlines.json"_s);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    const ReadResult result = readDataset(file.readAll());
    QStringList found;
    for (const Issue& issue : result.errors)
        found << issue.key + u": "_s + issue.message;
    EXPECT_EQ(found,
              (QStringList{
                  u"handledDeadlines[0].rule: unknown value \"DEADLINE-FOREVER\"; expected one of: "
                  "DEADLINE-DENOUNCE, DEADLINE-EXPIRY, DEADLINE-REVIEW"_s,
                  u"handledDeadlines[1].due: not a date (YYYY-MM-DD): \"2027-02-29\""_s,
                  u"handledDeadlines[1].on: out of range: \"9999-01-01\"; dates lie between 1900-01-01 "
                  "and 2199-12-31"_s,
                  u"handledDeadlines[2].due: missing required key"_s,
                  u"handledDeadlines[3]: expected an object, found a string"_s,
              }))
        << dump(result.errors);
}

// A mark names one deadline: a second mark of the same one is an error, a mark of another date is not.
TEST(HandledDeadlinesKey, TheSameDeadlineMarkedTwiceIsAnError) {
    const ReadResult result =
        readAgreementWith({mark(u"DEADLINE-REVIEW"_s, u"2027-03-01"_s, u"2027-02-20"_s),
                           mark(u"DEADLINE-REVIEW"_s, u"2028-03-01"_s, u"2028-02-20"_s),
                           mark(u"DEADLINE-REVIEW"_s, u"2027-03-01"_s, u"2027-02-25"_s)});
    ASSERT_EQ(result.errors.size(), 1) << dump(result.errors);
    EXPECT_EQ(result.errors[0].record, agreementRecord);
    EXPECT_EQ(result.errors[0].key, u"handledDeadlines[2].due"_s);
    EXPECT_EQ(
        result.errors[0].message,
        u"the deadline DEADLINE-REVIEW of 2027-03-01 is already marked handled by handledDeadlines[0]"_s);
}

TEST(HandledDeadlinesKey, UnknownKeysAreWarningsAndTheListIsBounded) {
    QJsonObject extra = mark(u"DEADLINE-EXPIRY"_s, u"2027-06-16"_s, u"2027-06-01"_s);
    extra.insert(u"by"_s, u"CPE"_s);
    const ReadResult warned = readAgreementWith({extra});
    ASSERT_TRUE(warned.ok()) << dump(warned.errors);
    ASSERT_EQ(warned.warnings.size(), 1);
    EXPECT_EQ(warned.warnings[0].key, u"handledDeadlines[0].by"_s);

    const auto many = [](int count) {
        QJsonArray list;
        for (int i = 0; i < count; ++i) {
            list.append(mark(u"DEADLINE-REVIEW"_s, QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate),
                             u"2000-01-01"_s));
        }
        return list;
    };
    const ReadResult largest = readAgreementWith(many(input::kMaxListItems));
    ASSERT_TRUE(largest.ok()) << dump(largest.errors.mid(0, 3));
    EXPECT_EQ(largest.dataset.agreements.at(0).handledDeadlines.size(), input::kMaxListItems);
    const ReadResult above = readAgreementWith(many(input::kMaxListItems + 1));
    ASSERT_EQ(above.errors.size(), 1) << dump(above.errors.mid(0, 3));
    EXPECT_EQ(above.errors[0].key, u"handledDeadlines"_s);
    EXPECT_EQ(above.errors[0].message, u"too many items: 1001; at most 1000"_s);
}

TEST(HandledDeadlinesKey, WrittenLastOnOneLineEachAndReadBack) {
    Dataset d;
    Agreement agreement;
    agreement.id = u"A1"_s;
    agreement.title = u"Convention"_s;
    agreement.handledDeadlines = {
        {u"DEADLINE-DENOUNCE"_s, QDate(2027, 5, 31), QDate(2027, 5, 2), u"« Reconduite »\nvu en CA"_s},
        {u"DEADLINE-REVIEW"_s, QDate(2027, 3, 1), QDate(2027, 2, 20), {}}};
    d.agreements = {agreement};
    const QByteArray written = writeDataset(d);
    EXPECT_TRUE(
        written.contains("      \"status\": \"draft\",\n"
                         "      \"handledDeadlines\": [\n"
                         "        {\"rule\": \"DEADLINE-DENOUNCE\", \"due\": \"2027-05-31\", \"on\": "
                         "\"2027-05-02\", \"note\": \"« Reconduite »\\nvu en CA\"},\n"
                         "        {\"rule\": \"DEADLINE-REVIEW\", \"due\": \"2027-03-01\", \"on\": "
                         "\"2027-02-20\"}\n"
                         "      ]\n"
                         "    }\n"))
        << written.toStdString();
    const ReadResult read = readDataset(written);
    ASSERT_TRUE(read.ok()) << dump(read.errors);
    EXPECT_EQ(read.dataset.agreements.at(0).handledDeadlines, agreement.handledDeadlines);

    // None: the key is left out, so files without it stay byte-identical.
    d.agreements[0].handledDeadlines.clear();
    EXPECT_FALSE(writeDataset(d).contains("handledDeadlines"));
}

TEST(ActivityDomainKey, ReadWrittenAfterTheNameAndBounded) {
    const auto readHost = [](const QJsonValue& domain) {
        const QJsonObject host{{u"id"_s, u"O1"_s},
                               {u"kind"_s, u"host"_s},
                               {u"name"_s, u"Restaurant scolaire"_s},
                               {u"activityDomain"_s, domain}};
        return readDataset(QJsonDocument(QJsonObject{{u"format"_s, u"passerelle"_s},
                                                     {u"version"_s, 1},
                                                     {u"organisations"_s, QJsonArray{host}}})
                               .toJson());
    };
    const ReadResult result = readHost(u"Restauration collective"_s);
    ASSERT_TRUE(result.ok()) << dump(result.errors);
    EXPECT_TRUE(result.warnings.isEmpty()) << dump(result.warnings);
    const Organisation& host = result.dataset.organisations.at(0);
    EXPECT_EQ(host.activityDomain, u"Restauration collective"_s);
    EXPECT_TRUE(readHost(QJsonValue::Null).ok());
    EXPECT_TRUE(readHost(QJsonValue::Null).dataset.organisations.at(0).activityDomain.isEmpty());

    const ReadResult tooLong = readHost(QString(input::kMaxNameLength + 1, u'x'));
    ASSERT_EQ(tooLong.errors.size(), 1) << dump(tooLong.errors);
    EXPECT_EQ(tooLong.errors[0].key, u"activityDomain"_s);
    EXPECT_EQ(tooLong.errors[0].message, u"too long: 201 characters; at most 200"_s);
    const ReadResult number = readHost(3);
    ASSERT_EQ(number.errors.size(), 1) << dump(number.errors);
    EXPECT_EQ(number.errors[0].message, u"expected a string, found a number"_s);

    Dataset d;
    d.organisations = {host};
    EXPECT_TRUE(
        writeDataset(d).contains("      \"name\": \"Restaurant scolaire\",\n"
                                 "      \"activityDomain\": \"Restauration collective\"\n"))
        << writeDataset(d).toStdString();
    d.organisations[0].activityDomain.clear();
    EXPECT_FALSE(writeDataset(d).contains("activityDomain"));
}
