// Issue 10: "No computation anywhere (rules, deadlines, documents, GUI) may take time that grows with a value
// a file supplies; a test feeds the largest accepted values and asserts completion." A demo export is pushed
// to the bounds of the format (input_limits.h) — the longest notice, duration and review period, an agreement
// renewing tacitly since 1900, a measure spanning the longest period with a slot every morning, the longest
// texts and the most clauses a record can hold — and every command that computes with them runs to its end.
// Before issue 10, "noticeMonths": 2147483647 alone made check, deadlines and pdf spin for minutes.
#include "cli_runner.h"
#include "fixtures.h"
#include "passerelle/domain/input_limits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class CliBounds : public ::testing::Test {
protected:
    CliRun run(const QStringList& arguments) { return runCli(arguments, m_folder.path(u"home"_s)); }
    QString path(const QString& name) const { return m_folder.path(name); }
    TempFolder m_folder;
};

QString longText(int length) {
    QString text;
    while (text.size() < length)
        text += u"La structure d’accueil informe sans délai le chef d’établissement. "_s;
    return text.left(length);
}

// The first agreement and measure of the export at the format's bounds; the record stays under 1 MiB.
QByteArray atTheBounds(const QByteArray& exported, QString& agreementId, QString& measureId) {
    QJsonObject document = QJsonDocument::fromJson(exported).object();
    QJsonArray agreements = document.value(u"agreements"_s).toArray();
    QJsonObject agreement = agreements.at(0).toObject();
    agreementId = agreement.value(u"id"_s).toString();
    agreement.insert(u"status"_s, u"signed"_s);
    agreement.insert(u"signedOn"_s, u"1900-01-01"_s);
    agreement.insert(u"start"_s, u"1900-01-01"_s);
    agreement.remove(u"end"_s);
    agreement.insert(u"durationYears"_s, input::kDurationYears.max);
    agreement.insert(u"tacitRenewal"_s, true);
    agreement.insert(u"noticeMonths"_s, input::kMonths.max);
    agreement.insert(u"noticeAnchor"_s, u"school-year-start"_s);
    agreement.insert(u"breachNoticeMonths"_s, input::kMonths.max);
    agreement.insert(u"reviewEveryMonths"_s, input::kMonths.max);
    agreement.insert(u"partnerNoticeHours"_s, input::kHours.max);
    agreement.insert(u"copies"_s, input::kCopies.max);
    agreement.insert(u"groupSize"_s, QJsonObject{{u"min"_s, 0}, {u"max"_s, input::kGroupSize.max}});
    agreement.insert(u"title"_s, longText(input::kMaxNameLength));
    QJsonArray clauses;
    const int fitting = input::kMaxRecordBytes / (input::kMaxFreeTextLength * 3 / 2) - 2;
    for (int number = 1; number <= fitting; ++number) {
        clauses.append(QJsonObject{{u"number"_s, number},
                                   {u"title"_s, longText(input::kMaxNameLength)},
                                   {u"text"_s, longText(input::kMaxFreeTextLength)}});
    }
    agreement.insert(u"clauses"_s, clauses);
    agreements.replace(0, agreement);
    document.insert(u"agreements"_s, agreements);

    QJsonArray measures = document.value(u"measures"_s).toArray();
    QJsonObject measure = measures.at(0).toObject();
    measureId = measure.value(u"id"_s).toString();
    const QDate start(2026, 9, 1);
    measure.insert(u"start"_s, start.toString(Qt::ISODate));
    measure.insert(u"end"_s, start.addDays(input::kMaxMeasureDays).toString(Qt::ISODate));
    measure.insert(u"exclusionDays"_s, input::kExclusionDays.max);
    QJsonArray slots;
    for (const char* day : {"mon", "tue", "wed", "thu", "fri", "sat"}) {
        slots.append(QJsonObject{
            {u"day"_s, QString::fromLatin1(day)}, {u"start"_s, u"08:00"_s}, {u"end"_s, u"11:00"_s}});
    }
    measure.insert(u"slots"_s, slots);
    for (const QString& key : {u"objectives"_s, u"activities"_s, u"places"_s, u"transport"_s})
        measure.insert(key, longText(input::kMaxFreeTextLength));
    QJsonArray attendance;
    for (int day = 0; day < input::kMaxMeasureDays; day += 1) {
        if (start.addDays(day).dayOfWeek() <= 6)
            attendance.append(QJsonObject{{u"date"_s, start.addDays(day).toString(Qt::ISODate)},
                                          {u"status"_s, u"present"_s}});
    }
    measure.insert(u"attendance"_s, attendance);
    measures.replace(0, measure);
    document.insert(u"measures"_s, measures);
    return QJsonDocument(document).toJson();
}

}  // namespace

TEST_F(CliBounds, TheLargestAcceptedValuesGoThroughEveryCommand) {
    const QString demo = path(u"demo.sqlite"_s);
    ASSERT_EQ(run({u"--database"_s, demo, u"demo"_s, u"--students"_s, u"40"_s, u"--today"_s, u"2026-11-24"_s})
                  .exitCode,
              0);
    const QString exported = path(u"demo.json"_s);
    ASSERT_EQ(run({u"--database"_s, demo, u"export"_s, u"-o"_s, exported}).exitCode, 0);
    QFile in(exported);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QString agreement;
    QString measure;
    const QByteArray bounded = atTheBounds(in.readAll(), agreement, measure);
    const QString file = path(u"bounds.json"_s);
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bounded);
    out.close();

    const CliRun checked = run({u"check"_s, file, u"--today"_s, u"2026-11-24"_s, u"--json"_s});
    EXPECT_TRUE(checked.exitCode == 0 || checked.exitCode == 1) << checked.err.toStdString();
    const CliRun deadlines =
        run({u"deadlines"_s, file, u"--today"_s, u"2199-12-31"_s, u"--days"_s, u"3650"_s});
    EXPECT_EQ(deadlines.exitCode, 0) << deadlines.err.toStdString();

    const QString database = path(u"bounds.sqlite"_s);
    const CliRun imported = run({u"--database"_s, database, u"import"_s, file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const CliRun agreementPdf = run({u"--database"_s, database, u"pdf"_s, u"agreement"_s, agreement, u"-o"_s,
                                     path(u"agreement.pdf"_s), u"--today"_s, u"2026-11-24"_s});
    EXPECT_EQ(agreementPdf.exitCode, 0) << agreementPdf.err.toStdString();
    // Every document of the measure (issue 12: `--document` names only the documents its kind has).
    const QString kind = QJsonDocument::fromJson(bounded)
                             .object()
                             .value(u"measures"_s)
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(u"kind"_s)
                             .toString();
    const QStringList documents = kind == QLatin1String("exclusion-alternative")
                                      ? QStringList{u"commitment"_s, u"booklet"_s, u"host-report"_s}
                                      : QStringList{u"measure"_s, u"host-report"_s};
    for (const QString& document : documents) {
        const CliRun measurePdf =
            run({u"--database"_s, database, u"pdf"_s, u"measure"_s, measure, u"--document"_s, document,
                 u"-o"_s, path(document + u".pdf"_s), u"--today"_s, u"2026-11-24"_s});
        EXPECT_EQ(measurePdf.exitCode, 0) << document.toStdString() << measurePdf.err.toStdString();
    }
    const CliRun databaseCheck =
        run({u"--database"_s, database, u"check"_s, u"--today"_s, u"2199-12-31"_s, u"--json"_s});
    EXPECT_TRUE(databaseCheck.exitCode == 0 || databaseCheck.exitCode == 1)
        << databaseCheck.err.toStdString();
}
