// d) The attendance sheet of a group session.
#include "formatting.h"
#include "passerelle/documents/documents.h"
#include "passerelle/documents/template_engine.h"
#include "template_values.h"

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

Result<PreparedDocument> prepareAttendanceSheet(const GroupSessionContext& context) {
    QVariantList participants;
    int index = 0;
    for (const Student& student : context.participants) {
        participants << QVariantMap{{u"index"_s, ++index},
                                    {u"lastName"_s, student.lastName},
                                    {u"firstName"_s, student.firstName},
                                    {u"className"_s, student.className},
                                    {u"image"_s, student.consents.image ? u"oui"_s : u"non"_s}};
    }
    // Blank lines for students who join on the day.
    for (int i = 0; i < 3; ++i) {
        participants << QVariantMap{{u"index"_s, ++index},
                                    {u"lastName"_s, QString()},
                                    {u"firstName"_s, QString()},
                                    {u"className"_s, QString()},
                                    {u"image"_s, QString()}};
    }
    QVariantList facilitators;
    for (const Person& person : context.facilitators)
        facilitators << personValues(person);
    facilitators << QVariantMap{{u"fullName"_s, QString()}, {u"role"_s, QString()}};

    const GroupSession& session = context.session;
    const QVariantMap values{
        {u"groupTitle"_s, orBlank(context.group.title)},
        {u"agreementTitle"_s, orBlank(context.agreementTitle)},
        {u"date"_s, longDateWithDay(session.date)},
        {u"start"_s, frenchTime(session.start)},
        {u"end"_s, frenchTime(session.end)},
        {u"location"_s, orBlank(context.location)},
        {u"cancelled"_s, session.isCancelled()},
        {u"cancelledOn"_s, longDate(session.cancelledAt.date())},
        {u"filming"_s, context.group.filming},
        {u"participants"_s, participants},
        {u"participantCount"_s, context.participants.size()},
        {u"facilitators"_s, facilitators},
    };
    const auto text = loadTemplate(u"attendance_sheet.html"_s);
    if (!text)
        return text.error();
    const auto html = renderTemplate(*text, values, u"attendance_sheet.html"_s);
    if (!html)
        return html.error();
    return PreparedDocument{
        *html,
        {u"Feuille d'émargement — %1 — %2"_s.arg(orBlank(context.group.title), longDate(session.date)),
         u"Feuille d'émargement d'une séance"_s}};
}

Result<RenderedDocument> renderAttendanceSheet(const GroupSessionContext& context,
                                               const RenderOptions& options) {
    const auto prepared = prepareAttendanceSheet(context);
    if (!prepared)
        return prepared.error();
    return renderPdf(*prepared, options);
}

}  // namespace passerelle::documents
