// The hours done in the measure documents and the host's report form (issue 11): printed from the day after
// the measure's last day, when the attendance record is final, and never before.
#include "document_fixtures.h"
#include "passerelle/documents/document_maker.h"
#include "passerelle/documents/documents.h"
#include "pdf_tools.h"

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::documents;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Tue 24 (2 h) and Wed 25 November (2 h 30), Tue 1 (2 h) and Fri 4 December (2 h) present; Fri 27 absent,
// Wed 2 excused: 8 h 30 of the 13 h planned.
MeasureContext attendedMeasure(const QDate& today) {
    MeasureContext context = responsibilityMeasure();
    context.measure.attendance = {
        {QDate(2026, 11, 24), AttendanceStatus::Present, {}},
        {QDate(2026, 11, 25), AttendanceStatus::Present, {}},
        {QDate(2026, 11, 27), AttendanceStatus::Absent, {}},
        {QDate(2026, 12, 1), AttendanceStatus::Present, {}},
        {QDate(2026, 12, 2), AttendanceStatus::Excused, {}},
        {QDate(2026, 12, 4), AttendanceStatus::Present, {}},
    };
    context.today = today;
    return context;
}

const QDate lastDay(2026, 12, 4);
const QString doneLine = u"Heures effectuées : 8 h 30 faites sur 13 h prévues"_s;

QString textOf(const Result<RenderedDocument>& rendered) {
    EXPECT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    return rendered.ok() ? pdfText(rendered->pdf) : QString();
}

}  // namespace

TEST(HoursDone, TheMeasureDocumentShowsThemOnceTheMeasureHasEnded) {
    const QString after = textOf(renderMeasureDocument(attendedMeasure(lastDay.addDays(1))));
    EXPECT_CONTAINS(after, doneLine);
    // Beside the planned duration, in the pedagogical annex.
    EXPECT_CONTAINS(after, u"Durée de la mesure de responsabilisation : 13 h en 6 séances " + doneLine);

    // On the last day the count may still change: no line, and no label left without its figure.
    const QString onLastDay = textOf(renderMeasureDocument(attendedMeasure(lastDay)));
    EXPECT_FALSE(onLastDay.contains(u"Heures effectuées"_s)) << onLastDay.toStdString();
    EXPECT_FALSE(
        textOf(renderMeasureDocument(attendedMeasure(lastDay.addDays(-5)))).contains(u"faites sur"_s));
    // A document made without a today (a print preview of a bare context) does not claim the measure ended.
    EXPECT_FALSE(textOf(renderMeasureDocument(attendedMeasure(QDate()))).contains(u"Heures effectuées"_s));
    // Ended, but no session entered yet: no « 0 h faite » claiming the student did nothing.
    auto unrecorded = attendedMeasure(lastDay.addDays(1));
    unrecorded.measure.attendance.clear();
    EXPECT_FALSE(textOf(renderMeasureDocument(unrecorded)).contains(u"Heures effectuées"_s));
}

TEST(HoursDone, TheHostReportFormShowsThemUnderAttendance) {
    const auto rendered = renderHostReportForm(attendedMeasure(lastDay.addDays(1)));
    const QString after = textOf(rendered);
    keepForInspection(u"host-report-ended"_s, rendered->pdf);
    EXPECT_CONTAINS(after, u"Assiduité " + doneLine + u" Séance prévue"_s);
    EXPECT_FALSE(textOf(renderHostReportForm(attendedMeasure(lastDay))).contains(u"Heures effectuées"_s));
}

TEST(HoursDone, TheCommitmentContractShowsThemToo) {
    MeasureContext context = exclusionAlternative();  // three mornings of 3 h, 30 November to 2 December
    context.measure.attendance = {{QDate(2026, 11, 30), AttendanceStatus::Present, {}},
                                  {QDate(2026, 12, 1), AttendanceStatus::Present, {}}};
    context.today = QDate(2026, 12, 3);
    EXPECT_CONTAINS(textOf(renderCommitmentContract(context)),
                    u"(9 h en 3 séances). Heures effectuées : 6 h faites sur 9 h prévues"_s);
    context.today = QDate(2026, 12, 2);
    EXPECT_FALSE(textOf(renderCommitmentContract(context)).contains(u"Heures effectuées"_s));
}

// The figure never breaks from its unit at the end of a line: « 8 h 30 » and « 13 h » hold together with
// non-breaking spaces (pdftotext's text, normalised, reads them as spaces).
TEST(HoursDone, FiguresAndUnitsHoldTogether) {
    const auto prepared = prepareMeasureDocument(attendedMeasure(lastDay.addDays(1)));
    ASSERT_TRUE(prepared.ok());
    const QString nbsp(QChar(0x00A0));
    EXPECT_TRUE(prepared->html.contains(u"8"_s + nbsp + u"h"_s + nbsp + u"30 faites sur 13"_s + nbsp +
                                        u"h prévues"_s))
        << prepared->html.toStdString();
}

// DocumentMaker, which the CLI and the application use, passes its today on.
TEST(HoursDone, TheDocumentMakerDecidesFromItsToday) {
    const MeasureContext sample = attendedMeasure(QDate());
    Dataset dataset;
    dataset.organisations = {sample.school, sample.host};
    dataset.students = {sample.student};
    Measure measure = sample.measure;
    measure.hostId = sample.host.id;
    dataset.measures = {measure};
    for (const DocumentType type : {DocumentType::Measure, DocumentType::HostReport}) {
        const auto ended =
            DocumentMaker(dataset, lastDay.addDays(1)).prepare(RecordType::Measure, measure.id, {type});
        ASSERT_TRUE(ended.ok()) << ended.error().message.toStdString();
        EXPECT_TRUE(ended->document.html.contains(u"Heures effectuées"_s)) << key(type).toStdString();
        const auto running = DocumentMaker(dataset, lastDay).prepare(RecordType::Measure, measure.id, {type});
        ASSERT_TRUE(running.ok()) << running.error().message.toStdString();
        EXPECT_FALSE(running->document.html.contains(u"Heures effectuées"_s)) << key(type).toStdString();
    }
}
