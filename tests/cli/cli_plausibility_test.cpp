// `check --json` reports issue 11's plausibility rules and the hours done, as a script would read them: one
// file with one implausible date of each kind, checked on a fixed day.
#include "cli_runner.h"
#include "fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Checked on Tuesday 24 November 2026: the agreement's school signed "tomorrow" and its host not at all; the
// measure (16 to 27 November) has a head-of-school signature dated 30 November, attendance for a day before
// it and for the day after today, an incident told to the head an hour before it happened, a report written
// before it began, and seven sessions of 3 h present in it (21 h done, over the 20 h).
const char* const kImplausible = R"({"format": "passerelle", "version": 1,
    "organisations": [{"id": "O1", "kind": "school", "name": "Collège Henri Matisse", "uai": "0941234A"},
                      {"id": "O2", "kind": "host", "name": "Ressourcerie Choisy-le-Roi"}],
    "people": [{"id": "P1", "organisation": "O1", "firstName": "Cécile", "lastName": "Ancher"},
               {"id": "P2", "organisation": "O2", "firstName": "Joël", "lastName": "Lecœur"}],
    "students": [{"id": "S1", "firstName": "Lætitia", "lastName": "Bénard", "birthDate": "2012-02-29",
                  "school": "O1", "legalRepresentatives": [{"firstName": "Hélène", "lastName": "Bénard"}]}],
    "agreements": [{"id": "A1", "kind": "responsibility-measures", "title": "Mesures de responsabilisation",
                    "parties": [{"organisation": "O1", "representative": "P1", "role": "school"},
                                {"organisation": "O2", "representative": "P2", "role": "host"}],
                    "signedOn": "2025-09-15", "start": "2025-09-15", "durationYears": 3, "status": "signed",
                    "signatures": [{"organisation": "O1", "signedOn": "2026-11-25"}]}],
    "measures": [{"id": "M1", "kind": "responsibility", "student": "S1", "agreement": "A1", "host": "O2",
                  "start": "2026-11-16", "end": "2026-11-27",
                  "slots": [{"day": "mon", "start": "17:00", "end": "20:00"},
                            {"day": "tue", "start": "17:00", "end": "20:00"},
                            {"day": "thu", "start": "17:00", "end": "20:00"},
                            {"day": "fri", "start": "17:00", "end": "20:00"}],
                  "signatures": [{"role": "head-of-school", "signedOn": "2026-11-30"}],
                  "attendance": [{"date": "2026-11-13", "status": "present"},
                                 {"date": "2026-11-16", "status": "present"},
                                 {"date": "2026-11-17", "status": "present"},
                                 {"date": "2026-11-19", "status": "present"},
                                 {"date": "2026-11-20", "status": "present"},
                                 {"date": "2026-11-23", "status": "present"},
                                 {"date": "2026-11-24", "status": "present"},
                                 {"date": "2026-11-26", "status": "present"}],
                  "incidents": [{"at": "2026-11-17T18:00", "kind": "behaviour",
                                 "headNotifiedAt": "2026-11-17T17:00"}],
                  "hostReport": {"writtenOn": "2026-11-10", "text": "Compte rendu"}}],
    "groups": []})";

}  // namespace

TEST(CliPlausibility, CheckJsonReportsEveryImplausibleDate) {
    const TempFolder folder;
    const QString file = folder.path(u"implausible.json"_s);
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(kImplausible);
    }
    const CliRun checked =
        runCli({u"check"_s, file, u"--today"_s, u"2026-11-24"_s, u"--json"_s}, folder.path(u"data"_s));
    ASSERT_EQ(checked.exitCode, 1) << checked.err.toStdString();
    const QJsonArray findings = QJsonDocument::fromJson(checked.out).array();
    ASSERT_FALSE(findings.isEmpty()) << checked.out.toStdString();

    // rule, entity, id, field: each expected once, and each an error.
    QSet<QString> reported;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        const QString rule = finding.value(u"rule"_s).toString();
        if (!rule.contains(u"-DATE"_s) && rule != u"INCIDENT-CHRONOLOGY"_s &&
            rule != u"AGREEMENT-SIGNATURES"_s &&
            !(rule == u"RESP-TOTAL-HOURS"_s && finding.value(u"field"_s).toString() == u"attendance"_s))
            continue;
        EXPECT_EQ(finding.value(u"severity"_s).toString(), u"error"_s) << rule.toStdString();
        EXPECT_FALSE(finding.value(u"message"_s).toString().isEmpty());
        EXPECT_TRUE(finding.value(u"reference"_s).toString().contains(u"art."_s)) << rule.toStdString();
        reported << rule + u' ' + finding.value(u"entity"_s).toString() + u' ' +
                        finding.value(u"id"_s).toString() + u' ' + finding.value(u"field"_s).toString();
    }
    const QSet<QString> expected{
        u"SIGNATURE-DATE agreement A1 signatures.O1"_s,
        u"AGREEMENT-SIGNATURES agreement A1 signatures"_s,
        u"RESP-TOTAL-HOURS measure M1 attendance"_s,
        u"INCIDENT-CHRONOLOGY measure M1 incidents.0.headNotifiedAt"_s,
        u"ATTENDANCE-DATE measure M1 attendance.2026-11-13"_s,
        u"ATTENDANCE-DATE measure M1 attendance.2026-11-26"_s,
        u"SIGNATURE-DATE measure M1 signatures.head-of-school"_s,
        u"HOST-REPORT-DATE measure M1 hostReport.writtenOn"_s,
    };
    EXPECT_EQ(reported, expected) << checked.out.toStdString();
}
