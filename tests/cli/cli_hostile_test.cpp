// passerelle-cli on the hostile corpus of tests/exchange/hostile/ (issue 10): `check FILE --json` answers a
// refused file with one {"errors": [...]} object on stdout and exit 2; `import` refuses it with exit 2, the
// errors as text on stderr, and the database byte for byte as it was.
#include "cli_runner.h"
#include "fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString hostile(const QString& name) {
    return sourceDir() + u"/tests/exchange/hostile/"_s + name;
}

class CliHostile : public ::testing::Test {
protected:
    CliRun run(QStringList arguments) { return runCli(arguments, m_folder.path(u"data"_s)); }
    QString path(const QString& name) const { return m_folder.path(name); }

    // check FILE --json on a refused file: exit 2 and the errors' array, every element with exactly the five
    // keys of the contract.
    QJsonArray jsonErrors(const QString& file) {
        const CliRun check = run({u"check"_s, file, u"--json"_s});
        EXPECT_EQ(check.exitCode, 2) << check.err.toStdString();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(check.out, &parseError);
        EXPECT_EQ(parseError.error, QJsonParseError::NoError) << check.out.toStdString();
        EXPECT_TRUE(document.isObject()) << check.out.toStdString();
        EXPECT_EQ(document.object().keys(), QStringList{u"errors"_s});
        const QJsonArray errors = document.object().value(u"errors"_s).toArray();
        EXPECT_FALSE(errors.isEmpty());
        for (const QJsonValue& value : errors) {
            const QJsonObject error = value.toObject();
            EXPECT_EQ(error.keys(),
                      (QStringList{u"column"_s, u"key"_s, u"line"_s, u"message"_s, u"record"_s}));
            EXPECT_TRUE(error.value(u"record"_s).isString() || error.value(u"record"_s).isNull());
            EXPECT_TRUE(error.value(u"key"_s).isString() || error.value(u"key"_s).isNull());
            EXPECT_TRUE(error.value(u"line"_s).isDouble() || error.value(u"line"_s).isNull());
            EXPECT_TRUE(error.value(u"column"_s).isDouble() || error.value(u"column"_s).isNull());
            EXPECT_FALSE(error.value(u"message"_s).toString().isEmpty());
        }
        return errors;
    }

    static QJsonObject error(const QString& record, const QString& key, const QJsonValue& line,
                             const QJsonValue& column, const QString& message) {
        return {{u"record"_s, record.isEmpty() ? QJsonValue() : QJsonValue(record)},
                {u"key"_s, key.isEmpty() ? QJsonValue() : QJsonValue(key)},
                {u"line"_s, line},
                {u"column"_s, column},
                {u"message"_s, message}};
    }

    TempFolder m_folder;
};

}  // namespace

TEST_F(CliHostile, CheckJsonPrintsOneErrorsObject) {
    // Located by record and key, and by line and column.
    EXPECT_EQ(jsonErrors(hostile(u"lone_high_surrogate.json"_s)).at(0).toObject(),
              error(u"S1"_s, u"firstName"_s, 4, 44,
                    u"lone surrogate \\ud800: not followed by a low surrogate (\\udc00 to \\udfff)"_s));
    // The whole file: nowhere in particular.
    EXPECT_EQ(jsonErrors(hostile(u"utf16le_bom.json"_s)),
              QJsonArray{error({}, {}, {}, {}, u"the file is UTF-16; save it as UTF-8"_s)});
    // A record without a usable id: its key, and where it starts.
    EXPECT_EQ(jsonErrors(hostile(u"id_of_spaces.json"_s)).at(0).toObject(),
              error({}, u"id"_s, 5, 16, u"an id must not be made of spaces only"_s));
    // A syntax error: the line and column only.
    const QJsonObject truncated = jsonErrors(hostile(u"truncated.json"_s)).at(0).toObject();
    EXPECT_TRUE(truncated.value(u"record"_s).isNull());
    EXPECT_EQ(truncated.value(u"line"_s).toInt(), 8);
    EXPECT_TRUE(truncated.value(u"message"_s).toString().contains(u"unterminated string"_s));

    const QJsonArray range = jsonErrors(hostile(u"out_of_range.json"_s));
    // The 15 bounds of the fixture, and its measure's student, which is not in the file.
    EXPECT_EQ(range.size(), 16);
    EXPECT_TRUE(range.contains(
        error(u"A1"_s, u"noticeMonths"_s, {}, {}, u"out of range: 2147483647; expected 0 to 120"_s)));
    EXPECT_TRUE(range.contains(
        error(u"M1"_s, u"exclusionDays"_s, {}, {}, u"out of range: 366; expected 0 to 365"_s)));
    // References are checked by `check` too.
    EXPECT_TRUE(
        jsonErrors(hostile(u"missing_references.json"_s))
            .contains(error(
                u"M1"_s, u"student"_s, {}, {},
                u"refers to student \"S9\", which is neither in the file nor among the existing records"_s)));
    // A file that cannot be read at all is bad input too.
    const QJsonArray missing = jsonErrors(path(u"no-such-file.json"_s));
    EXPECT_TRUE(missing.at(0).toObject().value(u"record"_s).isNull());
}

TEST_F(CliHostile, EveryFixtureExitsWithTwo) {
    for (const QString& name :
         {u"truncated.json"_s, u"flipped_separator.json"_s, u"flipped_utf8.json"_s, u"deep_nesting.json"_s,
          u"latin1.json"_s, u"nul_raw.json"_s, u"nul_escaped.json"_s, u"utf32le_bom.json"_s,
          u"utf16be_no_bom.json"_s, u"binary.json"_s, u"empty.json"_s, u"duplicate_ids.json"_s,
          u"not_an_object.json"_s}) {
        SCOPED_TRACE(name.toStdString());
        jsonErrors(hostile(name));
        const CliRun text = run({u"check"_s, hostile(name)});
        EXPECT_EQ(text.exitCode, 2);
        EXPECT_TRUE(text.out.isEmpty()) << text.out.toStdString();
        EXPECT_TRUE(text.err.contains("error: ")) << text.err.toStdString();
    }
}

TEST_F(CliHostile, WithoutJsonTheErrorsAreTextOnStderr) {
    const CliRun check = run({u"check"_s, hostile(u"lone_high_surrogate.json"_s)});
    EXPECT_EQ(check.exitCode, 2);
    EXPECT_TRUE(check.out.isEmpty());
    EXPECT_TRUE(check.err.contains("error: students[0] (id \"S1\"): firstName: lone surrogate \\ud800"))
        << check.err.toStdString();
}

TEST_F(CliHostile, CheckJsonOnAGoodFileStillPrintsTheFindingsArray) {
    const CliRun check = run({u"check"_s, sourceDir() + u"/tests/exchange/data/outside_tool.json"_s,
                              u"--json"_s, u"--today"_s, u"2026-11-24"_s});
    EXPECT_NE(check.exitCode, 2) << check.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(check.out).isArray()) << check.out.toStdString();
}

TEST_F(CliHostile, ARefusedImportLeavesTheDatabaseUnchanged) {
    const QString database = path(u"demo.sqlite"_s);
    ASSERT_EQ(
        run({u"--database"_s, database, u"demo"_s, u"--students"_s, u"30"_s, u"--today"_s, u"2026-11-24"_s})
            .exitCode,
        0);
    const CliRun before = run({u"--database"_s, database, u"export"_s});
    ASSERT_EQ(before.exitCode, 0);
    for (const QString& name : {u"lone_high_surrogate.json"_s, u"utf16le_bom.json"_s, u"out_of_range.json"_s,
                                u"id_of_spaces.json"_s, u"truncated.json"_s, u"missing_references.json"_s,
                                u"duplicate_ids.json"_s, u"latin1.json"_s}) {
        SCOPED_TRACE(name.toStdString());
        const CliRun import = run({u"--database"_s, database, u"import"_s, hostile(name)});
        EXPECT_EQ(import.exitCode, 2) << import.err.toStdString();
        EXPECT_TRUE(import.err.contains("error: ")) << import.err.toStdString();
        EXPECT_TRUE(import.err.contains("nothing was imported")) << import.err.toStdString();
    }
    const CliRun after = run({u"--database"_s, database, u"export"_s});
    EXPECT_EQ(after.out, before.out);
}

TEST_F(CliHostile, AFiftyMegabyteNameIsRefused) {
    const QString file = path(u"huge.json"_s);
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(
            "{\"format\": \"passerelle\", \"version\": 1, \"students\": [{\"id\": \"S1\", \"firstName\": \"");
        out.write(QByteArray(50 * 1024 * 1024, 'a'));
        out.write("\", \"lastName\": \"B\"}]}");
    }
    const QJsonArray errors = jsonErrors(file);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0).toObject().value(u"record"_s).toString(), u"S1"_s);
    EXPECT_EQ(errors.at(0).toObject().value(u"key"_s).toString(), u"firstName"_s);
    const CliRun import = run({u"--database"_s, path(u"db.sqlite"_s), u"import"_s, file});
    EXPECT_EQ(import.exitCode, 2);
    EXPECT_TRUE(import.err.contains("too long: 52428800 characters")) << import.err.left(500).toStdString();
}
