// readDataset: exchange-format text to domain records, every problem collected (docs/exchange-format.md lists
// which keys are required). References between records are checked separately (references.cpp).
#include "json_splitter.h"
#include "object_reader.h"
#include "passerelle/exchange/json_format.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <optional>
#include <utility>
#include <variant>

namespace passerelle::exchange {
namespace {

using namespace Qt::Literals::StringLiterals;
using detail::Diagnostics;
using detail::Need;
using detail::ObjectReader;

constexpr Need required = Need::Required;
constexpr Need optional = Need::Optional;

TimeSlot readSlot(ObjectReader& r) {
    TimeSlot slot;
    slot.day = r.enumeration("day"_L1, required, Weekday::Monday);
    slot.start = r.time("start"_L1, required);
    slot.end = r.time("end"_L1, required);
    return slot;
}

void readOrganisation(ObjectReader& r, Organisation& o) {
    o.kind = r.enumeration("kind"_L1, required, OrganisationKind::Other);
    o.name = r.string("name"_L1, required);
    o.uai = r.string("uai"_L1, optional);
    o.address = r.string("address"_L1, optional);
    o.phone = r.string("phone"_L1, optional);
    o.email = r.string("email"_L1, optional);
    r.objects("teachingHours"_L1, [&](ObjectReader& s) { o.teachingHours.append(readSlot(s)); });
}

void readPerson(ObjectReader& r, Person& p) {
    p.organisationId = r.string("organisation"_L1, required);
    p.firstName = r.string("firstName"_L1, optional);
    p.lastName = r.string("lastName"_L1, required);
    p.role = r.string("role"_L1, optional);
    p.email = r.string("email"_L1, optional);
    p.phone = r.string("phone"_L1, optional);
}

void readStudent(ObjectReader& r, Student& s) {
    s.firstName = r.string("firstName"_L1, required);
    s.lastName = r.string("lastName"_L1, required);
    s.birthDate = r.date("birthDate"_L1, optional);
    s.className = r.string("className"_L1, optional);
    s.schoolId = r.string("school"_L1, optional);
    r.objects("legalRepresentatives"_L1, [&](ObjectReader& l) {
        LegalRepresentative rep;
        rep.firstName = l.string("firstName"_L1, optional);
        rep.lastName = l.string("lastName"_L1, optional);
        rep.relation = l.string("relation"_L1, optional);
        rep.address = l.string("address"_L1, optional);
        rep.phone = l.string("phone"_L1, optional);
        rep.email = l.string("email"_L1, optional);
        s.legalRepresentatives.append(rep);
    });
    r.object("consents"_L1, optional, [&](ObjectReader& c) {
        s.consents.followUp = c.boolean("followUp"_L1);
        s.consents.image = c.boolean("image"_L1);
    });
}

void readAgreement(ObjectReader& r, Agreement& a) {
    a.kind = r.enumeration("kind"_L1, required, AgreementKind::Generic);
    a.title = r.string("title"_L1, required);
    r.objects("parties"_L1, [&](ObjectReader& p) {
        Party party;
        party.organisationId = p.string("organisation"_L1, required);
        party.representativeId = p.string("representative"_L1, optional);
        party.role = p.string("role"_L1, optional);
        a.parties.append(party);
    });
    r.objects("deliberations"_L1, [&](ObjectReader& d) {
        Deliberation deliberation;
        deliberation.body = d.string("body"_L1, optional);
        deliberation.number = d.string("number"_L1, optional);
        deliberation.date = d.date("date"_L1, optional);
        a.deliberations.append(deliberation);
    });
    a.signedOn = r.date("signedOn"_L1, optional);
    a.start = r.date("start"_L1, optional);
    a.end = r.date("end"_L1, optional);
    a.durationYears = r.integer("durationYears"_L1, optional);
    a.tacitRenewal = r.boolean("tacitRenewal"_L1);
    a.noticeMonths = r.integer("noticeMonths"_L1, optional);
    a.noticeAnchor = r.enumeration("noticeAnchor"_L1, optional, NoticeAnchor::Notification);
    a.breachNoticeMonths = r.integer("breachNoticeMonths"_L1, optional);
    a.reviewEveryMonths = r.integer("reviewEveryMonths"_L1, optional);
    r.objects("reviews"_L1, [&](ObjectReader& v) {
        Review review;
        review.date = v.date("date"_L1, optional);
        review.notes = v.string("notes"_L1, optional);
        a.reviews.append(review);
    });
    r.object("groupSize"_L1, optional, [&](ObjectReader& g) {
        GroupSize size;
        size.min = g.integer("min"_L1, required).value_or(0);
        size.max = g.integer("max"_L1, required).value_or(0);
        a.groupSize = size;
    });
    a.partnerNoticeHours = r.integer("partnerNoticeHours"_L1, optional);
    a.copies = r.integer("copies"_L1, optional);
    a.status = r.enumeration("status"_L1, optional, AgreementStatus::Draft);
    r.objects("signatures"_L1, [&](ObjectReader& s) {
        PartySignature signature;
        signature.organisationId = s.string("organisation"_L1, required);
        signature.signedOn = s.date("signedOn"_L1, optional);
        a.signatures.append(signature);
    });
    r.objects("clauses"_L1, [&](ObjectReader& c) {
        Clause clause;
        // Outside tools often write article numbers as text ("3"): accepted, written back as a number.
        clause.number = c.integer("number"_L1, required, true).value_or(0);
        clause.title = c.string("title"_L1, optional);
        clause.text = c.string("text"_L1, optional);
        a.clauses.append(clause);
    });
    r.objects("amendments"_L1, [&](ObjectReader& m) {
        Amendment amendment;
        amendment.number = m.integer("number"_L1, required, true).value_or(0);
        amendment.signedOn = m.date("signedOn"_L1, optional);
        amendment.text = m.string("text"_L1, optional);
        a.amendments.append(amendment);
    });
}

Insurance readInsurance(ObjectReader& r) {
    Insurance insurance;
    insurance.insurer = r.string("insurer"_L1, optional);
    insurance.contract = r.string("contract"_L1, optional);
    return insurance;
}

void readMeasure(ObjectReader& r, Measure& m) {
    m.kind = r.enumeration("kind"_L1, required, MeasureKind::Responsibility);
    m.studentId = r.string("student"_L1, required);
    m.agreementId = r.string("agreement"_L1, optional);
    m.hostId = r.string("host"_L1, optional);
    m.hostTutorId = r.string("hostTutor"_L1, optional);
    m.schoolFollowerId = r.string("schoolFollower"_L1, optional);
    m.start = r.date("start"_L1, optional);
    m.end = r.date("end"_L1, optional);
    m.exclusionDays = r.integer("exclusionDays"_L1, optional);
    r.objects("slots"_L1, [&](ObjectReader& s) { m.slots.append(readSlot(s)); });
    m.objectives = r.string("objectives"_L1, optional);
    m.activities = r.string("activities"_L1, optional);
    m.places = r.string("places"_L1, optional);
    m.transport = r.string("transport"_L1, optional);
    r.object("consents"_L1, optional, [&](ObjectReader& c) {
        m.consents.student = c.boolean("student"_L1);
        m.consents.representative = c.boolean("representative"_L1);
    });
    r.object("insurances"_L1, optional, [&](ObjectReader& i) {
        i.object("school"_L1, optional, [&](ObjectReader& s) { m.insurances.school = readInsurance(s); });
        i.object("host"_L1, optional, [&](ObjectReader& h) { m.insurances.host = readInsurance(h); });
    });
    r.objects("signatures"_L1, [&](ObjectReader& s) {
        RoleSignature signature;
        signature.role = s.enumeration("role"_L1, required, SignatureRole::HeadOfSchool);
        signature.signedOn = s.date("signedOn"_L1, optional);
        m.signatures.append(signature);
    });
    m.status = r.enumeration("status"_L1, optional, MeasureStatus::Planned);
    r.objects("attendance"_L1, [&](ObjectReader& a) {
        AttendanceEntry entry;
        entry.date = a.date("date"_L1, required);
        entry.status = a.enumeration("status"_L1, required, AttendanceStatus::Present);
        entry.note = a.string("note"_L1, optional);
        m.attendance.append(entry);
    });
    r.objects("incidents"_L1, [&](ObjectReader& i) {
        Incident incident;
        incident.at = i.dateTime("at"_L1, required);
        incident.kind = i.enumeration("kind"_L1, required, IncidentKind::Other);
        incident.description = i.string("description"_L1, optional);
        incident.headNotifiedAt = i.dateTime("headNotifiedAt"_L1, optional);
        m.incidents.append(incident);
    });
    r.object("hostReport"_L1, optional, [&](ObjectReader& h) {
        HostReport report;
        report.writtenOn = h.date("writtenOn"_L1, optional);
        report.behaviour = h.string("behaviour"_L1, optional);
        report.involvement = h.string("involvement"_L1, optional);
        report.text = h.string("text"_L1, optional);
        m.hostReport = report;
    });
}

void readGroup(ObjectReader& r, GroupActivity& g) {
    g.kind = r.enumeration("kind"_L1, required, GroupKind::Workshop);
    g.agreementId = r.string("agreement"_L1, optional);
    g.title = r.string("title"_L1, required);
    g.audience = r.enumeration("audience"_L1, optional, Audience::Students);
    g.recurrence = r.enumeration("recurrence"_L1, optional, Recurrence::Weekly);
    g.filming = r.boolean("filming"_L1);
    g.participantIds = r.strings("participants"_L1);
    r.objects("sessions"_L1, [&](ObjectReader& s) {
        GroupSession session;
        session.date = s.date("date"_L1, required);
        session.start = s.time("start"_L1, optional);
        session.end = s.time("end"_L1, optional);
        session.cancelledAt = s.dateTime("cancelledAt"_L1, optional);
        s.objects("attendance"_L1, [&](ObjectReader& a) {
            SessionAttendance entry;
            entry.studentId = a.string("student"_L1, required);
            entry.status = a.enumeration("status"_L1, required, AttendanceStatus::Present);
            entry.note = a.string("note"_L1, optional);
            session.attendance.append(entry);
        });
        g.sessions.append(session);
    });
}

QString recordLabel(QLatin1String list, qsizetype index, const QJsonObject& object) {
    QString label = QString(list) + u'[' + QString::number(index) + u']';
    const QJsonValue id = object.value("id"_L1);
    if (id.isString() && !id.toString().isEmpty())
        label += u" (id \""_s + id.toString() + u"\")"_s;
    return label;
}

struct Reading {
    const QByteArray& text;
    Diagnostics diagnostics;
    std::optional<detail::SyntaxError> syntaxError;  // set: the whole file is refused with only this error
};

// One top-level record list: each element parsed on its own and read into a T, ids checked for duplicates
// within the list.
template <typename T, typename ReadOne>
void readRecords(Reading& reading, const detail::TopMember* member, QLatin1String list, QList<T>& out,
                 ReadOne readOne) {
    if (member == nullptr || !member->isArray)
        return;
    Diagnostics& diagnostics = reading.diagnostics;
    out.reserve(member->elements.size());
    QHash<QString, qsizetype> firstIndex;
    firstIndex.reserve(member->elements.size());
    for (qsizetype i = 0; i < member->elements.size(); ++i) {
        const detail::Slice& slice = member->elements[i];
        auto parsed = detail::parseSlice(reading.text, slice);
        if (auto* error = std::get_if<detail::SyntaxError>(&parsed)) {
            reading.syntaxError = *error;
            return;
        }
        const QJsonValue element = std::get<QJsonValue>(std::move(parsed));
        if (!element.isObject()) {
            diagnostics.errors.append({QString(list) + u'[' + QString::number(i) + u']',
                                       {},
                                       u"expected an object, found "_s + detail::describeType(element)});
            continue;
        }
        const QJsonObject object = element.toObject();
        const QString record = recordLabel(list, i, object);
        T value;
        {
            ObjectReader reader(object, record, {}, diagnostics);
            value.id = reader.string("id"_L1, required);
            readOne(reader, value);
        }
        if (!value.id.isEmpty()) {
            const auto previous = firstIndex.constFind(value.id);
            if (previous != firstIndex.constEnd()) {
                diagnostics.errors.append(
                    {record, u"id"_s,
                     u"duplicate id \"%1\" (first used by %2[%3])"_s.arg(value.id, list).arg(*previous)});
            } else {
                firstIndex.insert(value.id, i);
            }
        }
        out.append(std::move(value));
    }
}

// Line and column (in characters, from 1) of the character a QJsonParseError points at. Qt's offset is one
// past the start of the culprit ("{\"a\": tru}" gives 7 for the "t" at index 6), so the characters before the
// offset on its line are the culprit's column.
std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset) {
    int line = 1;
    int column = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte == '\n') {
            ++line;
            column = 0;
        } else if ((byte & 0xC0) != 0x80) {  // not a UTF-8 continuation byte: a new character
            ++column;
        }
    }
    return {line, std::max(column, 1)};
}

Issue syntaxIssue(const QByteArray& text, const detail::SyntaxError& error) {
    const auto [line, column] = lineAndColumn(text, error.offset);
    return {
        {}, {}, u"JSON syntax error at line %1, column %2: %3"_s.arg(line).arg(column).arg(error.message)};
}

// The whole document: the top level's plain members through an ObjectReader (format, version, unknown keys),
// the record lists element by element.
// `parsed` tells whether the text was JSON at all (no syntax error), i.e. whether records could be read.
ReadResult readText(const QByteArray& json, bool& parsed) {
    parsed = false;
    // Tools on Windows like to start UTF-8 files with a byte order mark; JSON does not allow it, we forgive
    // it.
    const QByteArray text = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    auto split = detail::splitTopLevel(text);
    if (auto* error = std::get_if<detail::SyntaxError>(&split)) {
        if (error->offset == 0) {
            // Not an object at the top: say what it is if it is valid JSON at all.
            const auto whole = detail::parseSlice(text, {0, text.size()});
            if (const auto* syntax = std::get_if<detail::SyntaxError>(&whole))
                return {.errors = {syntaxIssue(text, *syntax)}};
            return {.errors = {{{},
                                {},
                                u"the document must be a JSON object, found "_s +
                                    detail::describeType(std::get<QJsonValue>(whole))}}};
        }
        return {.errors = {syntaxIssue(text, *error)}};
    }
    const detail::SplitDocument& document = std::get<detail::SplitDocument>(split);

    // Literals: an ObjectReader keeps the keys it was asked for until it is destroyed.
    static constexpr QLatin1String lists[] = {QLatin1String("organisations"), QLatin1String("people"),
                                              QLatin1String("students"),      QLatin1String("agreements"),
                                              QLatin1String("measures"),      QLatin1String("groups")};
    Reading reading{text, {}, {}};
    // The plain members, and record lists that are not arrays (for the type error), as one small object;
    // record lists that are arrays stand in it as empty arrays and are read from their slices.
    QJsonObject top;
    QHash<QString, const detail::TopMember*> recordLists;
    for (const detail::TopMember& member : document.members) {
        if (top.contains(member.key)) {
            return {.errors = {syntaxIssue(
                        text, {member.keyOffset + 1, u"duplicate key \"%1\""_s.arg(member.key)})}};
        }
        if (member.isArray && std::find(std::begin(lists), std::end(lists), member.key) != std::end(lists)) {
            recordLists.insert(member.key, &member);
            top.insert(member.key, QJsonArray());
            continue;
        }
        auto parsed = detail::parseSlice(text, member.value);
        if (const auto* error = std::get_if<detail::SyntaxError>(&parsed))
            return {.errors = {syntaxIssue(text, *error)}};
        top.insert(member.key, std::get<QJsonValue>(parsed));
    }

    ReadResult result;
    const QString topRecord;
    {
        ObjectReader reader(top, topRecord, {}, reading.diagnostics);
        const QString format = reader.string("format"_L1, required);
        if (!format.isEmpty() && format != u"passerelle"_s) {
            reader.error("format"_L1, u"expected \"passerelle\", found \"%1\""_s.arg(format));
        }
        const auto version = reader.integer("version"_L1, required);
        if (version && *version != formatVersion) {
            reader.error("version"_L1,
                         u"unsupported version %1; this Passerelle reads version %2"_s.arg(*version).arg(
                             formatVersion));
        }
        for (const QLatin1String list : lists)
            (void)reader.array(list);
    }
    Dataset& d = result.dataset;
    const auto run = [&](QLatin1String list, auto& out, auto readOne) {
        if (!reading.syntaxError)
            readRecords(reading, recordLists.value(QString(list)), list, out, readOne);
    };
    run("organisations"_L1, d.organisations, readOrganisation);
    run("people"_L1, d.people, readPerson);
    run("students"_L1, d.students, readStudent);
    run("agreements"_L1, d.agreements, readAgreement);
    run("measures"_L1, d.measures, readMeasure);
    run("groups"_L1, d.groups, readGroup);
    if (reading.syntaxError)
        return {.errors = {syntaxIssue(text, *reading.syntaxError)}};
    parsed = true;
    result.errors = std::move(reading.diagnostics.errors);
    result.warnings = std::move(reading.diagnostics.warnings);
    return result;
}

}  // namespace

ReadResult readDataset(const QByteArray& json) {
    bool parsed = false;
    return readText(json, parsed);
}

ReadResult readAndCheckDataset(const QByteArray& json, const KnownElsewhere& knownElsewhere) {
    bool parsed = false;
    ReadResult result = readText(json, parsed);
    // A syntax error leaves no records whose references could be checked.
    if (parsed)
        result.errors += checkReferences(result.dataset, knownElsewhere);
    return result;
}

}  // namespace passerelle::exchange
