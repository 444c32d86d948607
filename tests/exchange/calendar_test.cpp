// Calendars out (issue 13): the ICS text is parsed back by a small parser here (unfolded, every line of at
// most 75 octets ending in CRLF, BEGIN/END balanced, UIDs unique and the same from one export to the next,
// TEXT values escaped), and by python3-icalendar too when it happens to be installed.
#include "passerelle/exchange/calendar.h"
#include "passerelle/rules/rule_ids.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Property {
    QString name;    // « DTSTART »
    QString params;  // « TZID=Europe/Paris », empty without
    QString value;   // as written (still escaped)
};

struct Component {
    QString kind;
    QList<Property> properties;
    QList<Component> children;

    QString value(const QString& name) const {
        for (const Property& property : properties) {
            if (property.name == name)
                return property.value;
        }
        return {};
    }
    const Property* find(const QString& name) const {
        for (const Property& property : properties) {
            if (property.name == name)
                return &property;
        }
        return nullptr;
    }
    QList<Component> events() const {
        QList<Component> found;
        for (const Component& child : children) {
            if (child.kind == u"VEVENT"_s)
                found << child;
        }
        return found;
    }
};

// TEXT unescaped (RFC 5545 3.3.11).
QString unescape(const QString& text) {
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            plain += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            plain += text.at(i);
        }
    }
    return plain;
}

// Checks the physical lines (CRLF, 75 octets, whole UTF-8 characters), unfolds them and builds the
// components, failing the test on any imbalance.
Component parse(const QByteArray& ics) {
    Component root;
    EXPECT_TRUE(ics.endsWith("\r\n"));
    const QList<QByteArray> physical = ics.chopped(1).split('\n');
    QList<QByteArray> logical;
    for (const QByteArray& line : physical) {
        EXPECT_TRUE(line.endsWith('\r')) << "a line without CRLF: " << line.toStdString();
        const QByteArray content = line.chopped(1);
        EXPECT_FALSE(content.contains('\r'));
        EXPECT_LE(content.size(), 75) << content.toStdString();
        // Each physical line is valid UTF-8 on its own: no character was cut by the folding.
        EXPECT_EQ(QString::fromUtf8(content).toUtf8(), content) << content.toStdString();
        EXPECT_FALSE(content.isEmpty());
        if (content.startsWith(' ')) {
            EXPECT_FALSE(logical.isEmpty());
            if (!logical.isEmpty())
                logical.last() += content.mid(1);
        } else {
            logical << content;
        }
    }
    QList<Component> stack{Component{}};
    for (const QByteArray& bytes : logical) {
        const QString line = QString::fromUtf8(bytes);
        const qsizetype colon = line.indexOf(u':');
        EXPECT_GT(colon, 0) << line.toStdString();
        const QString head = line.left(colon);
        const QString value = line.mid(colon + 1);
        const qsizetype semicolon = head.indexOf(u';');
        const QString name = semicolon < 0 ? head : head.left(semicolon);
        const QString params = semicolon < 0 ? QString() : head.mid(semicolon + 1);
        if (name == u"BEGIN"_s) {
            stack << Component{value, {}, {}};
        } else if (name == u"END"_s) {
            EXPECT_GT(stack.size(), 1) << "END:" << value.toStdString() << " without BEGIN";
            if (stack.size() <= 1)
                return root;
            EXPECT_EQ(stack.last().kind, value);
            Component done = stack.takeLast();
            stack.last().children << done;
        } else {
            EXPECT_GT(stack.size(), 1) << "a property outside any component: " << line.toStdString();
            stack.last().properties << Property{name, params, value};
        }
    }
    EXPECT_EQ(stack.size(), 1) << "BEGIN without END";
    EXPECT_EQ(stack.first().children.size(), 1);
    return stack.first().children.value(0);
}

// The calendar, its timezone and the properties every event must have; returns the events.
QList<Component> checkCalendar(const Component& calendar) {
    EXPECT_EQ(calendar.kind, u"VCALENDAR"_s);
    EXPECT_EQ(calendar.value(u"VERSION"_s), u"2.0"_s);
    EXPECT_EQ(calendar.value(u"PRODID"_s), u"-//Passerelle//FR"_s);
    EXPECT_EQ(calendar.value(u"CALSCALE"_s), u"GREGORIAN"_s);
    bool paris = false;
    for (const Component& child : calendar.children) {
        if (child.kind == u"VTIMEZONE"_s && child.value(u"TZID"_s) == u"Europe/Paris"_s)
            paris = true;
    }
    EXPECT_TRUE(paris);
    QSet<QString> uids;
    const QList<Component> events = calendar.events();
    for (const Component& event : events) {
        for (const char* name : {"UID", "DTSTAMP", "DTSTART", "SUMMARY", "SEQUENCE"})
            EXPECT_NE(event.find(QString::fromLatin1(name)), nullptr) << name;
        EXPECT_TRUE(event.value(u"UID"_s).endsWith(u"@passerelle"_s));
        EXPECT_FALSE(uids.contains(event.value(u"UID"_s))) << event.value(u"UID"_s).toStdString();
        uids.insert(event.value(u"UID"_s));
        EXPECT_EQ(event.value(u"SEQUENCE"_s), u"0"_s);
        EXPECT_EQ(event.value(u"DTSTAMP"_s), u"20261201T083000Z"_s);
    }
    return events;
}

QStringList uids(const QList<Component>& events) {
    QStringList found;
    for (const Component& event : events)
        found << event.value(u"UID"_s);
    return found;
}

const QDateTime stamp(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC);

// M000002: Wednesdays 9:00–11:00 and 14:00–16:00, Fridays 14:00–16:30, from Wednesday 16 to Wednesday 23
// December 2026: three sessions.
MeasureCalendar sampleMeasure() {
    MeasureCalendar input;
    input.measure.id = u"M000002"_s;
    input.measure.kind = MeasureKind::Responsibility;
    input.measure.start = QDate(2026, 12, 16);
    input.measure.end = QDate(2026, 12, 23);
    input.measure.slots = {{Weekday::Wednesday, QTime(14, 0), QTime(16, 0)},
                           {Weekday::Wednesday, QTime(9, 0), QTime(11, 0)},
                           {Weekday::Friday, QTime(14, 0), QTime(16, 30)}};
    input.measure.places = u"Cuisine ; réserve, salle \\ 2\nPuis la plonge"_s;
    input.student.firstName = u"Anaïs-Bérénice"_s;
    input.student.lastName = u"Lefèvre-Éléonore"_s;
    input.host.name = u"Cuisine centrale de Choisy-le-Roi"_s;
    input.host.address = u"12 rue Lamartine\n94600 Choisy-le-Roi"_s;
    return input;
}

}  // namespace

TEST(CalendarText, EscapesTheFourSpecialCharactersAndDropsControls) {
    EXPECT_EQ(ics::escapeText(u"a;b,c\\d\ne\r\nf\rg\th\x01i"_s),
              u"a\\;b\\,c\\\\d\\ne\\nf\\ng\th"
              "i"_s);
    // Decomposed « é » (e + U+0301) is composed, so it is one character that folding keeps whole.
    EXPECT_EQ(ics::escapeText(u"e\u0301"_s), u"é"_s);
}

TEST(CalendarText, FoldsAt75OctetsWithoutCuttingACharacter) {
    EXPECT_EQ(ics::foldLine("SUMMARY:court"), QByteArray("SUMMARY:court\r\n"));
    const QByteArray exact(75, 'x');
    EXPECT_EQ(ics::foldLine(exact), exact + "\r\n");
    EXPECT_EQ(ics::foldLine(exact + 'y'), exact + "\r\n y\r\n");
    // « é » is two octets: wherever it falls, each line stays whole UTF-8 and at most 75 octets.
    for (int prefix = 60; prefix < 80; ++prefix) {
        const QByteArray line = QByteArray(prefix, 'a') + QString(u"é"_s.repeated(100)).toUtf8();
        const QByteArray folded = ics::foldLine(line);
        QByteArray unfolded;
        for (const QByteArray& part : folded.chopped(1).split('\n')) {
            ASSERT_TRUE(part.endsWith('\r'));
            const QByteArray content = part.chopped(1);
            EXPECT_LE(content.size(), 75);
            EXPECT_EQ(QString::fromUtf8(content).toUtf8(), content);
            unfolded += unfolded.isEmpty() ? content : content.mid(1);
        }
        EXPECT_EQ(unfolded, line);
    }
}

TEST(Calendar, OneEventPerExpectedSessionOfAMeasure) {
    const Component calendar = parse(measureCalendar(sampleMeasure(), stamp));
    const QList<Component> events = checkCalendar(calendar);
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(uids(events),
              (QStringList{u"measure-M000002-20261216@passerelle"_s, u"measure-M000002-20261218@passerelle"_s,
                           u"measure-M000002-20261223@passerelle"_s}));
    const Component& wednesday = events.first();
    // From the first slot's start to the last one's end, in Paris time.
    EXPECT_EQ(wednesday.find(u"DTSTART"_s)->params, u"TZID=Europe/Paris"_s);
    EXPECT_EQ(wednesday.value(u"DTSTART"_s), u"20261216T090000"_s);
    EXPECT_EQ(wednesday.value(u"DTEND"_s), u"20261216T160000"_s);
    EXPECT_EQ(events.at(1).value(u"DTSTART"_s), u"20261218T140000"_s);
    EXPECT_EQ(events.at(1).value(u"DTEND"_s), u"20261218T163000"_s);
    // The summary as the measure's document names the student, folded without breaking a letter.
    EXPECT_EQ(unescape(wednesday.value(u"SUMMARY"_s)),
              u"Mesure de responsabilisation – Anaïs-Bérénice Lefèvre-Éléonore"_s);
    EXPECT_EQ(unescape(wednesday.value(u"LOCATION"_s)),
              u"Cuisine centrale de Choisy-le-Roi, 12 rue Lamartine\n94600 Choisy-le-Roi"_s);
    EXPECT_EQ(wednesday.value(u"LOCATION"_s),
              u"Cuisine centrale de Choisy-le-Roi\\, 12 rue Lamartine\\n94600 Choisy-le-Roi"_s);
    const QString description = unescape(wednesday.value(u"DESCRIPTION"_s));
    EXPECT_TRUE(description.contains(u"de 9 h 00 à 11 h 00 ; de 14 h 00 à 16 h 00"_s))
        << description.toStdString();
    EXPECT_TRUE(description.contains(u"Cuisine ; réserve, salle \\ 2\nPuis la plonge"_s))
        << description.toStdString();
}

TEST(Calendar, TheMeasuresPlacesAreTheLocationWhenTheHostIsUnknown) {
    MeasureCalendar input = sampleMeasure();
    input.host = {};
    const QByteArray text = measureCalendar(input, stamp);
    const QList<Component> events = checkCalendar(parse(text));
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.first().value(u"LOCATION"_s), u"Cuisine \\; réserve\\, salle \\\\ 2\\nPuis la plonge"_s);
    EXPECT_EQ(unescape(events.first().value(u"LOCATION"_s)), input.measure.places);
}

TEST(Calendar, ALongFrenchSummaryIsFoldedWithoutBreakingAnAccent) {
    MeasureCalendar input = sampleMeasure();
    input.student.firstName = u"Éléonore-Béatrice-Hélène-Clémence"_s;
    input.student.lastName = u"de la Préfecture-Réémé-Écélé-Ébène-Été"_s;
    const QByteArray text = measureCalendar(input, stamp);
    EXPECT_TRUE(text.contains("\r\n ")) << "the summary should be folded";
    const QList<Component> events = checkCalendar(parse(text));
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(unescape(events.first().value(u"SUMMARY"_s)),
              u"Mesure de responsabilisation – "_s + input.student.fullName());
}

TEST(Calendar, TheUidsAreTheSameFromOneExportToTheNext) {
    const QByteArray first = measureCalendar(sampleMeasure(), stamp);
    const QByteArray second = measureCalendar(sampleMeasure(), stamp.addDays(3));
    const QStringList before = uids(parse(first).events());
    const QStringList after = uids(parse(second).events());
    EXPECT_EQ(before, after);
    EXPECT_EQ(before.size(), 3);
}

TEST(Calendar, AMeasureWithoutATimetableIsAnEmptyButValidCalendar) {
    MeasureCalendar input = sampleMeasure();
    input.measure.slots.clear();
    const Component calendar = parse(measureCalendar(input, stamp));
    EXPECT_TRUE(checkCalendar(calendar).isEmpty());
    EXPECT_FALSE(calendar.children.isEmpty());  // the VTIMEZONE: a calendar has at least one component
}

TEST(Calendar, OneEventPerGroupSession) {
    GroupCalendar input;
    input.group.id = u"G000001"_s;
    input.group.title = u"Atelier théâtre, « Les Fourberies »; saison 2"_s;
    input.group.sessions = {
        {QDate(2026, 12, 10), QTime(14, 0), QTime(16, 0), {}, {}},
        {QDate(2026, 12, 3), QTime(14, 0), QTime(16, 0), {}, {}},
        {QDate(2026, 12, 10), QTime(17, 0), QTime(18, 0), {}, {}},
        {QDate(2026, 12, 17), QTime(14, 0), QTime(16, 0), QDateTime(QDate(2026, 12, 15), QTime(9, 0)), {}},
        {QDate(2027, 1, 7), {}, {}, {}, {}}};
    input.location = u"Salle polyvalente, 3 place de l'Église"_s;
    const QList<Component> events = checkCalendar(parse(groupCalendar(input, stamp)));
    ASSERT_EQ(events.size(), 5);
    EXPECT_EQ(uids(events),
              (QStringList{u"group-G000001-20261203@passerelle"_s, u"group-G000001-20261210@passerelle"_s,
                           u"group-G000001-20261210-2@passerelle"_s, u"group-G000001-20261217@passerelle"_s,
                           u"group-G000001-20270107@passerelle"_s}));
    EXPECT_EQ(events.at(2).value(u"DTSTART"_s), u"20261210T170000"_s);
    EXPECT_EQ(events.at(2).value(u"DTEND"_s), u"20261210T180000"_s);
    EXPECT_EQ(unescape(events.first().value(u"SUMMARY"_s)), input.group.title);
    EXPECT_EQ(events.first().value(u"SUMMARY"_s), u"Atelier théâtre\\, « Les Fourberies »\\; saison 2"_s);
    EXPECT_EQ(unescape(events.first().value(u"LOCATION"_s)), input.location);
    EXPECT_EQ(events.at(3).value(u"STATUS"_s), u"CANCELLED"_s);
    EXPECT_EQ(events.first().value(u"STATUS"_s), u"CONFIRMED"_s);
    // Without times, a session is a day.
    EXPECT_EQ(events.at(4).find(u"DTSTART"_s)->params, u"VALUE=DATE"_s);
    EXPECT_EQ(events.at(4).value(u"DTSTART"_s), u"20270107"_s);
}

TEST(Calendar, OneAllDayEventPerDeadline) {
    rules::Deadline denounce;
    denounce.date = QDate(2027, 5, 31);
    denounce.rule = rules::id::DeadlineDenounce;
    denounce.agreementId = u"A000001"_s;
    denounce.title = u"Mesures de responsabilisation"_s;
    rules::Deadline expiry = denounce;
    expiry.rule = rules::id::DeadlineExpiry;
    expiry.date = QDate(2027, 6, 16);
    rules::Deadline review = denounce;  // the same day as the first, another rule
    review.rule = rules::id::DeadlineReview;
    const QList<Component> events =
        checkCalendar(parse(deadlinesCalendar({denounce, expiry, review}, stamp)));
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(uids(events), (QStringList{u"deadline-A000001-20270531-denounce@passerelle"_s,
                                         u"deadline-A000001-20270616-expiry@passerelle"_s,
                                         u"deadline-A000001-20270531-review@passerelle"_s}));
    EXPECT_EQ(events.first().find(u"DTSTART"_s)->params, u"VALUE=DATE"_s);
    EXPECT_EQ(events.first().value(u"DTSTART"_s), u"20270531"_s);
    EXPECT_EQ(events.first().value(u"DTEND"_s), u"20270601"_s);
    EXPECT_EQ(events.first().value(u"TRANSP"_s), u"TRANSPARENT"_s);
    EXPECT_EQ(unescape(events.first().value(u"SUMMARY"_s)),
              u"Dernier jour pour dénoncer la convention – Mesures de responsabilisation"_s);
}

// python3-icalendar, when installed, reads the same files (it is not required).
TEST(Calendar, AnOutsideParserReadsItWhenInstalled) {
    QProcess probe;
    probe.start(u"python3"_s, {u"-c"_s, u"import icalendar"_s});
    if (!probe.waitForFinished(20000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        GTEST_SKIP() << "python3-icalendar is not installed";
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(u"measure.ics"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(measureCalendar(sampleMeasure(), stamp));
    file.close();
    QProcess python;
    python.start(u"python3"_s, {u"-c"_s,
                                u"import sys, icalendar\n"
                                "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                                "events = cal.walk('VEVENT')\n"
                                "print(len(events))\n"
                                "print(events[0]['SUMMARY'])\n"
                                "print(events[0]['DTSTART'].dt.isoformat())\n"_s,
                                path});
    ASSERT_TRUE(python.waitForFinished(20000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n');
    ASSERT_GE(lines.size(), 3);
    EXPECT_EQ(lines.at(0), u"3"_s);
    EXPECT_EQ(lines.at(1), u"Mesure de responsabilisation – Anaïs-Bérénice Lefèvre-Éléonore"_s);
    EXPECT_EQ(lines.at(2), u"2026-12-16T09:00:00+01:00"_s);
}
