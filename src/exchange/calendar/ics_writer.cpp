#include "ics_writer.h"

#include "passerelle/exchange/calendar.h"

namespace passerelle::exchange::ics {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxLineOctets = 75;

// Europe/Paris since 1996: CEST from the last Sunday of March at 02:00, CET from the last Sunday of October
// at 03:00.
const char* const kParisTimezone =
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/Paris\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0200\r\n"
    "TZNAME:CEST\r\n"
    "DTSTART:19810329T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\n"
    "TZNAME:CET\r\n"
    "DTSTART:19961027T030000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n";

QString localDateTime(const QDate& date, const QTime& time) {
    return date.toString(u"yyyyMMdd"_s) + u'T' + time.toString(u"HHmmss"_s);
}

class Writer {
public:
    void line(const QString& text) { m_text += foldLine(text.toUtf8()); }
    void property(const QString& name, const QString& value) { line(name + u':' + value); }
    void text(const QString& name, const QString& value) {
        if (!value.isEmpty())
            property(name, escapeText(value));
    }
    void raw(const char* text) { m_text += text; }
    QByteArray take() { return std::move(m_text); }

private:
    QByteArray m_text;
};

}  // namespace

QString escapeText(const QString& text) {
    const QString composed = text.normalized(QString::NormalizationForm_C);
    QString escaped;
    escaped.reserve(composed.size() + 8);
    for (qsizetype i = 0; i < composed.size(); ++i) {
        const QChar c = composed.at(i);
        switch (c.unicode()) {
            case u'\\':
                escaped += u"\\\\"_s;
                break;
            case u';':
                escaped += u"\\;"_s;
                break;
            case u',':
                escaped += u"\\,"_s;
                break;
            case u'\r':
                if (i + 1 < composed.size() && composed.at(i + 1) == u'\n')
                    ++i;
                escaped += u"\\n"_s;
                break;
            case u'\n':
            case 0x2028:  // line and paragraph separators
            case 0x2029:
                escaped += u"\\n"_s;
                break;
            case u'\t':
                escaped += c;
                break;
            default:
                // RFC 5545's TEXT allows no control character but the tab.
                if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
                    escaped += c;
        }
    }
    return escaped;
}

QByteArray foldLine(const QByteArray& line) {
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype position = 0;
    bool first = true;
    while (position < line.size()) {
        // A continuation line's leading space counts in its 75 octets.
        const qsizetype room = first ? kMaxLineOctets : kMaxLineOctets - 1;
        qsizetype end = std::min(line.size(), position + room);
        // Never cut a UTF-8 character: back up to the first byte of the one that would be cut.
        if (end < line.size()) {
            while (end > position + 1 && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
                --end;
        }
        if (!first)
            folded += ' ';
        folded += line.mid(position, end - position);
        folded += "\r\n";
        position = end;
        first = false;
    }
    if (first)
        folded += "\r\n";
    return folded;
}

QString uid(const QString& kind, const QString& recordId, const QDate& date, const QString& suffix) {
    QString id;
    for (const char c : recordId.toUtf8()) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
            c == '_' || c == '-') {
            id += QLatin1Char(c);
        } else {
            id += u"%%1"_s.arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0')).toUpper();
        }
    }
    QString result = kind + u'-' + id + u'-' + date.toString(u"yyyyMMdd"_s);
    if (!suffix.isEmpty())
        result += u'-' + suffix;
    return result + u"@passerelle"_s;
}

QByteArray calendar(const QString& name, const QList<Event>& events, const QDateTime& stamp) {
    Writer out;
    out.raw(
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//Passerelle//FR\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "METHOD:PUBLISH\r\n");
    out.text(u"X-WR-CALNAME"_s, name);
    out.property(u"X-WR-TIMEZONE"_s, u"Europe/Paris"_s);
    out.raw(kParisTimezone);
    const QString dtstamp = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    for (const Event& event : events) {
        out.raw("BEGIN:VEVENT\r\n");
        out.text(u"UID"_s, event.uid);
        out.property(u"DTSTAMP"_s, dtstamp);
        const bool timed = event.start.isValid() && event.end.isValid() && event.start < event.end;
        if (timed) {
            out.property(u"DTSTART;TZID=Europe/Paris"_s, localDateTime(event.date, event.start));
            out.property(u"DTEND;TZID=Europe/Paris"_s, localDateTime(event.date, event.end));
        } else {
            out.property(u"DTSTART;VALUE=DATE"_s, event.date.toString(u"yyyyMMdd"_s));
            out.property(u"DTEND;VALUE=DATE"_s, event.date.addDays(1).toString(u"yyyyMMdd"_s));
        }
        out.property(u"SEQUENCE"_s, u"0"_s);
        out.text(u"SUMMARY"_s, event.summary);
        out.text(u"LOCATION"_s, event.location);
        out.text(u"DESCRIPTION"_s, event.description);
        out.property(u"STATUS"_s, event.cancelled ? u"CANCELLED"_s : u"CONFIRMED"_s);
        out.property(u"TRANSP"_s, !timed && event.allDayIsFree ? u"TRANSPARENT"_s : u"OPAQUE"_s);
        out.raw("END:VEVENT\r\n");
    }
    out.raw("END:VCALENDAR\r\n");
    return out.take();
}

}  // namespace passerelle::exchange::ics
