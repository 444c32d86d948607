// b), c), d): the documents of one measure share the same values, built once here.
#include "formatting.h"
#include "passerelle/documents/documents.h"
#include "passerelle/documents/template_engine.h"
#include "passerelle/rules/measure_facts.h"
#include "template_values.h"

#include <QStringList>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {

// « De 9 h 00 à 11 h 00 » for each slot of the half-day, or an empty « De ... à ... » to fill in.
QString halfDay(const TimeSlots& slots, Weekday day, bool morning) {
    QStringList ranges;
    for (const TimeSlot& slot : slots) {
        if (slot.day == day && slot.isMorning() == morning)
            ranges << slotRange(slot);
    }
    return ranges.isEmpty() ? u"De ……… à ………"_s : ranges.join(u" ; "_s);
}

QVariantList timetable(const TimeSlots& slots) {
    QVariantList rows;
    for (int day = int(Weekday::Monday); day <= int(Weekday::Saturday); ++day) {
        const auto weekday = Weekday(day);
        rows << QVariantMap{{u"day"_s, weekdayName(weekday, true)},
                            {u"morning"_s, halfDay(slots, weekday, true)},
                            {u"afternoon"_s, halfDay(slots, weekday, false)}};
    }
    return rows;
}

int minutesOnDate(const Measure& measure, const QDate& date) {
    const auto weekday = weekdayFromQt(date.dayOfWeek());
    return weekday ? minutesOn(measure.slots, *weekday) : 0;
}

// « 12 h en 6 séances », from the dates the timetable gives between start and end.
QString durationText(const Measure& measure) {
    const QList<QDate> dates = measure.expectedDates();
    if (dates.isEmpty())
        return blank();
    int minutes = 0;
    for (const QDate& date : dates)
        minutes += minutesOnDate(measure, date);
    return u"%1 en %2"_s.arg(frenchDuration(minutes), frenchCount(dates.size(), u"séance"_s));
}

// « 15 h faites sur 18 h prévues » (the rules' count of the dates marked present), once the measure has
// ended: before, a signed document would state a figure that is still growing. Nor while no attendance is
// recorded: « 0 h faite » would say the student did nothing when nobody has entered the sessions yet. Empty
// hides the line.
QString hoursDoneText(const MeasureContext& context) {
    if (!rules::hasEnded(context.measure, context.today) || context.measure.attendance.isEmpty())
        return {};
    return keepFiguresTogether(rules::hoursDoneSummary(context.measure));
}

QVariantMap insuranceValues(const Insurance& insurance) {
    return {{u"insurer"_s, orBlank(insurance.insurer)}, {u"contract"_s, orBlank(insurance.contract)}};
}

QVariantMap measureValues(const MeasureContext& context) {
    const Measure& measure = context.measure;
    const QDate reference = measure.start.isValid() ? measure.start : context.date;
    const QVariantMap student = studentValues(context.student, reference);
    const bool minor = student.value(u"minor"_s).toBool();

    QVariantList days;
    for (const QDate& date : measure.expectedDates()) {
        days << QVariantMap{{u"date"_s, longDateWithDay(date)},
                            {u"hours"_s, frenchDuration(minutesOnDate(measure, date))}};
    }
    // A form always has lines to write on, even before the timetable is known.
    if (days.isEmpty()) {
        for (int i = 0; i < 4; ++i)
            days << QVariantMap{{u"date"_s, blank()}, {u"hours"_s, u"…"_s}};
    }

    return {
        {u"school"_s, organisationValues(context.school)},
        {u"head"_s, personValues(context.headOfSchool)},
        {u"host"_s, organisationValues(context.host)},
        {u"hostActivity"_s, orBlank(context.host.activityDomain)},
        {u"hostManager"_s, personValues(context.hostManager)},
        {u"hostTutor"_s, personValues(context.hostTutor)},
        {u"follower"_s, personValues(context.schoolFollower)},
        {u"youthService"_s, organisationValues(context.youthService)},
        {u"youthRepresentative"_s, personValues(context.youthServiceRepresentative)},
        {u"student"_s, student},
        {u"studentSigner"_s, minor
                                 ? student.value(u"representative"_s).toMap().value(u"fullName"_s).toString()
                                 : student.value(u"fullName"_s).toString()},
        {u"measure"_s,
         QVariantMap{
             {u"start"_s, longDate(measure.start)},
             {u"end"_s, longDate(measure.end)},
             {u"duration"_s, durationText(measure)},
             {u"transport"_s, orBlank(measure.transport)},
             {u"objectives"_s, orBlank(measure.objectives)},
             {u"activities"_s, orBlank(measure.activities)},
             {u"places"_s, orBlank(measure.places)},
         }},
        {u"hoursDone"_s, hoursDoneText(context)},
        {u"exclusionDays"_s, measure.exclusionDays ? QString::number(*measure.exclusionDays) : blank()},
        // « 3 jours »; unknown, a blank to write the number on.
        {u"exclusionDuration"_s,
         measure.exclusionDays ? frenchCount(*measure.exclusionDays, u"jour"_s) : blank() + u" jour(s)"_s},
        {u"timetable"_s, timetable(measure.slots)},
        {u"days"_s, days},
        {u"insurance"_s, QVariantMap{{u"host"_s, insuranceValues(measure.insurances.host)},
                                     {u"school"_s, insuranceValues(measure.insurances.school)}}},
        {u"signing"_s, signingPlace(context.place, context.date)},
    };
}

Result<PreparedDocument> prepare(const QString& templateName, QVariantMap values,
                                 const PdfMetadata& metadata) {
    const auto text = loadTemplate(templateName);
    if (!text)
        return text.error();
    values.insert(u"title"_s, metadata.title);
    const auto html = renderTemplate(*text, values, templateName);
    if (!html)
        return html.error();
    return PreparedDocument{*html, metadata};
}

QString studentName(const MeasureContext& context) {
    return orBlank(context.student.fullName());
}

template <typename Prepare>
Result<RenderedDocument> render(Prepare prepareFunction, const MeasureContext& context,
                                const RenderOptions& options) {
    const auto prepared = prepareFunction(context);
    if (!prepared)
        return prepared.error();
    return renderPdf(*prepared, options);
}

}  // namespace

Result<PreparedDocument> prepareMeasureDocument(const MeasureContext& context) {
    return prepare(u"measure.html"_s, measureValues(context),
                   {u"Mesure de responsabilisation — %1"_s.arg(studentName(context)),
                    u"Document précisant les modalités de réalisation d'une mesure de responsabilisation"_s});
}

Result<PreparedDocument> prepareCommitmentContract(const MeasureContext& context) {
    return prepare(u"commitment.html"_s, measureValues(context),
                   {u"Contrat d'engagement — %1"_s.arg(studentName(context)),
                    u"Alternative à l'exclusion temporaire : contrat d'engagement"_s});
}

Result<PreparedDocument> prepareWelcomeBooklet(const MeasureContext& context) {
    return prepare(u"welcome_booklet.html"_s, measureValues(context),
                   {u"Livret d'accueil — %1"_s.arg(studentName(context)),
                    u"Alternative à l'exclusion temporaire : livret d'accueil"_s});
}

Result<PreparedDocument> prepareHostReportForm(const MeasureContext& context) {
    return prepare(u"host_report.html"_s, measureValues(context),
                   {u"Compte rendu de la structure d'accueil — %1"_s.arg(studentName(context)),
                    u"Compte rendu sur le comportement et l'investissement de l'élève"_s});
}

Result<RenderedDocument> renderMeasureDocument(const MeasureContext& context, const RenderOptions& options) {
    return render(prepareMeasureDocument, context, options);
}
Result<RenderedDocument> renderCommitmentContract(const MeasureContext& context,
                                                  const RenderOptions& options) {
    return render(prepareCommitmentContract, context, options);
}
Result<RenderedDocument> renderWelcomeBooklet(const MeasureContext& context, const RenderOptions& options) {
    return render(prepareWelcomeBooklet, context, options);
}
Result<RenderedDocument> renderHostReportForm(const MeasureContext& context, const RenderOptions& options) {
    return render(prepareHostReportForm, context, options);
}

}  // namespace passerelle::documents
