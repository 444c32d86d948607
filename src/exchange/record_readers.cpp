#include "record_readers.h"

#include "passerelle/domain/input_limits.h"
#include "passerelle/domain/person.h"
#include "passerelle/rules/deadlines.h"

namespace passerelle::exchange::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr Need required = Need::Required;
constexpr Need optional = Need::Optional;
// Names, titles, roles, phones and e-mails take ObjectReader::string's default bound (input::kMaxNameLength);
// free texts this one.
constexpr int freeText = input::kMaxFreeTextLength;

TimeSlot readSlot(ObjectReader& r) {
    TimeSlot slot;
    slot.day = r.enumeration("day"_L1, required, Weekday::Monday);
    slot.start = r.time("start"_L1, required);
    slot.end = r.time("end"_L1, required);
    return slot;
}

// handledDeadlines: each names one deadline by its rule and date, so a rule outside the deadline rules or a
// second mark for the same deadline is an error rather than a mark nothing would ever match.
void readHandledDeadlines(ObjectReader& r, Agreement& a) {
    const QStringList ruleIds = rules::deadlineRuleIds();
    r.objects("handledDeadlines"_L1, [&](ObjectReader& h) {
        HandledDeadline mark;
        mark.rule = h.string("rule"_L1, required);
        if (!mark.rule.isEmpty() && !ruleIds.contains(mark.rule)) {
            h.error("rule"_L1,
                    u"unknown value %1; expected one of: %2"_s.arg(quoted(mark.rule), ruleIds.join(u", "_s)));
        }
        mark.due = h.date("due"_L1, required);
        mark.on = h.date("on"_L1, required);
        mark.note = h.string("note"_L1, optional, freeText);
        for (qsizetype i = 0; i < a.handledDeadlines.size(); ++i) {
            if (mark.due.isValid() && a.handledDeadlines[i].rule == mark.rule &&
                a.handledDeadlines[i].due == mark.due) {
                h.error("due"_L1, u"the deadline %1 of %2 is already marked handled by handledDeadlines[%3]"_s
                                      .arg(mark.rule, mark.due.toString(Qt::ISODate))
                                      .arg(i));
                break;
            }
        }
        a.handledDeadlines.append(mark);
    });
}

// civility: « M. », « Mme » or nothing; any other value (« Mlle », « Monsieur », « Mr ») is an error, so that
// the documents' « représenté par M. » / « représentée par Mme » never print a civility they cannot agree
// with.
QString readCivility(ObjectReader& r) {
    const QString civility = r.string("civility"_L1, optional);
    if (!isKnownCivility(civility)) {
        r.error("civility"_L1,
                u"unknown value %1; expected one of: M., Mme (or no civility)"_s.arg(quoted(civility)));
        return {};
    }
    return civility;
}

// resources: the annex of local resources (seed 003), each a service with its contacts.
void readResources(ObjectReader& r, Agreement& a) {
    r.objects("resources"_L1, [&](ObjectReader& v) {
        Resource resource;
        resource.name = v.string("name"_L1, optional);
        resource.kind = v.string("kind"_L1, optional);
        resource.audience = v.string("audience"_L1, optional);
        resource.contact = v.string("contact"_L1, optional);
        resource.phone = v.string("phone"_L1, optional);
        resource.email = v.string("email"_L1, optional);
        a.resources.append(resource);
    });
}

Insurance readInsurance(ObjectReader& r) {
    Insurance insurance;
    insurance.insurer = r.string("insurer"_L1, optional);
    insurance.contract = r.string("contract"_L1, optional);
    return insurance;
}

}  // namespace

void readOrganisation(ObjectReader& r, Organisation& o) {
    o.kind = r.enumeration("kind"_L1, required, OrganisationKind::Other);
    o.name = r.string("name"_L1, required);
    o.legalName = r.string("legalName"_L1, optional);
    o.activityDomain = r.string("activityDomain"_L1, optional);
    o.uai = r.string("uai"_L1, optional);
    o.address = r.string("address"_L1, optional, freeText);
    o.phone = r.string("phone"_L1, optional);
    o.email = r.string("email"_L1, optional);
    r.objects("teachingHours"_L1, [&](ObjectReader& s) { o.teachingHours.append(readSlot(s)); });
}

void readPerson(ObjectReader& r, Person& p) {
    p.organisationId = r.id("organisation"_L1, required);
    p.civility = readCivility(r);
    p.firstName = r.string("firstName"_L1, optional);
    p.lastName = r.string("lastName"_L1, required);
    p.role = r.string("role"_L1, optional);
    p.email = r.string("email"_L1, optional);
    p.phone = r.string("phone"_L1, optional);
}

void readStudent(ObjectReader& r, Student& s) {
    s.firstName = r.string("firstName"_L1, required);
    s.lastName = r.string("lastName"_L1, required);
    s.familyName = r.string("familyName"_L1, optional);
    s.birthDate = r.date("birthDate"_L1, optional);
    s.className = r.string("className"_L1, optional);
    s.schoolId = r.id("school"_L1, optional);
    s.ine = r.string("ine"_L1, optional, input::kMaxIneLength);
    s.siecleId = r.string("siecleId"_L1, optional, input::kMaxIdLength);
    s.leftOn = r.date("leftOn"_L1, optional);
    r.objects("legalRepresentatives"_L1, [&](ObjectReader& l) {
        LegalRepresentative rep;
        rep.civility = readCivility(l);
        rep.firstName = l.string("firstName"_L1, optional);
        rep.lastName = l.string("lastName"_L1, optional);
        rep.relation = l.string("relation"_L1, optional);
        rep.address = l.string("address"_L1, optional, freeText);
        rep.phone = l.string("phone"_L1, optional);
        rep.email = l.string("email"_L1, optional);
        rep.siecleId = l.string("siecleId"_L1, optional, input::kMaxIdLength);
        s.legalRepresentatives.append(std::move(rep));
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
        party.organisationId = p.id("organisation"_L1, required);
        party.representativeId = p.id("representative"_L1, optional);
        party.role = p.string("role"_L1, optional);
        party.designation = p.string("designation"_L1, optional);
        party.delegation = p.string("delegation"_L1, optional, freeText);
        party.signatureMention = p.string("signatureMention"_L1, optional);
        a.parties.append(party);
    });
    r.objects("deliberations"_L1, [&](ObjectReader& d) {
        Deliberation deliberation;
        deliberation.body = d.string("body"_L1, optional);
        deliberation.number = d.string("number"_L1, optional);
        deliberation.date = d.date("date"_L1, optional);
        deliberation.receivedAt = d.date("receivedAt"_L1, optional);
        deliberation.transmittedAt = d.date("transmittedAt"_L1, optional);
        deliberation.publishedOn = d.date("publishedOn"_L1, optional);
        a.deliberations.append(deliberation);
    });
    a.signedOn = r.date("signedOn"_L1, optional);
    a.start = r.date("start"_L1, optional);
    a.end = r.date("end"_L1, optional);
    a.durationYears = r.integer("durationYears"_L1, optional, input::kDurationYears);
    a.tacitRenewal = r.boolean("tacitRenewal"_L1);
    a.noticeMonths = r.integer("noticeMonths"_L1, optional, input::kMonths);
    a.noticeAnchor = r.enumeration("noticeAnchor"_L1, optional, NoticeAnchor::Notification);
    a.breachNoticeMonths = r.integer("breachNoticeMonths"_L1, optional, input::kMonths);
    a.reviewEveryMonths = r.integer("reviewEveryMonths"_L1, optional, input::kMonths);
    r.objects("reviews"_L1, [&](ObjectReader& v) {
        Review review;
        review.date = v.date("date"_L1, optional);
        review.notes = v.string("notes"_L1, optional, freeText);
        a.reviews.append(review);
    });
    r.object("groupSize"_L1, optional, [&](ObjectReader& g) {
        GroupSize size;
        size.min = g.integer("min"_L1, required, input::kGroupSize).value_or(0);
        size.max = g.integer("max"_L1, required, input::kGroupSize).value_or(0);
        a.groupSize = size;
    });
    a.partnerNoticeHours = r.integer("partnerNoticeHours"_L1, optional, input::kHours);
    a.copies = r.integer("copies"_L1, optional, input::kCopies);
    a.status = r.enumeration("status"_L1, optional, AgreementStatus::Draft);
    r.objects("signatures"_L1, [&](ObjectReader& s) {
        PartySignature signature;
        signature.organisationId = s.id("organisation"_L1, required);
        signature.signedOn = s.date("signedOn"_L1, optional);
        signature.method = s.enumeration("method"_L1, optional, SignatureMethod::Paper);
        a.signatures.append(signature);
    });
    r.objects("clauses"_L1, [&](ObjectReader& c) {
        Clause clause;
        // Outside tools often write article numbers as text ("3"): accepted, written back as a number.
        clause.number = c.integer("number"_L1, required, input::kArticleNumber, true).value_or(0);
        clause.title = c.string("title"_L1, optional);
        clause.text = c.string("text"_L1, optional, freeText);
        a.clauses.append(clause);
    });
    r.objects("amendments"_L1, [&](ObjectReader& m) {
        Amendment amendment;
        amendment.number = m.integer("number"_L1, required, input::kArticleNumber, true).value_or(0);
        amendment.signedOn = m.date("signedOn"_L1, optional);
        amendment.text = m.string("text"_L1, optional, freeText);
        a.amendments.append(amendment);
    });
    readResources(r, a);
    readHandledDeadlines(r, a);
}

void readMeasure(ObjectReader& r, Measure& m) {
    m.kind = r.enumeration("kind"_L1, required, MeasureKind::Responsibility);
    m.studentId = r.id("student"_L1, required);
    m.agreementId = r.id("agreement"_L1, optional);
    m.hostId = r.id("host"_L1, optional);
    m.hostTutorId = r.id("hostTutor"_L1, optional);
    m.schoolFollowerId = r.id("schoolFollower"_L1, optional);
    m.start = r.date("start"_L1, optional);
    m.end = r.date("end"_L1, optional);
    // Its expected sessions are walked day by day (the follow-up table, the attendance sheet).
    if (m.start.isValid() && m.end.isValid() && m.start.daysTo(m.end) > input::kMaxMeasureDays) {
        r.error("end"_L1, u"the measure spans %1 days from its start; at most %2"_s.arg(m.start.daysTo(m.end))
                              .arg(input::kMaxMeasureDays));
    }
    m.exclusionDays = r.integer("exclusionDays"_L1, optional, input::kExclusionDays);
    r.objects("slots"_L1, [&](ObjectReader& s) { m.slots.append(readSlot(s)); });
    m.objectives = r.string("objectives"_L1, optional, freeText);
    m.activities = r.string("activities"_L1, optional, freeText);
    m.places = r.string("places"_L1, optional, freeText);
    m.transport = r.string("transport"_L1, optional, freeText);
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
        signature.method = s.enumeration("method"_L1, optional, SignatureMethod::Paper);
        m.signatures.append(signature);
    });
    m.status = r.enumeration("status"_L1, optional, MeasureStatus::Planned);
    r.objects("attendance"_L1, [&](ObjectReader& a) {
        AttendanceEntry entry;
        entry.date = a.date("date"_L1, required);
        entry.status = a.enumeration("status"_L1, required, AttendanceStatus::Present);
        entry.note = a.string("note"_L1, optional, freeText);
        m.attendance.append(entry);
    });
    r.objects("incidents"_L1, [&](ObjectReader& i) {
        Incident incident;
        incident.at = i.dateTime("at"_L1, required);
        incident.kind = i.enumeration("kind"_L1, required, IncidentKind::Other);
        incident.description = i.string("description"_L1, optional, freeText);
        incident.headNotifiedAt = i.dateTime("headNotifiedAt"_L1, optional);
        m.incidents.append(incident);
    });
    r.object("hostReport"_L1, optional, [&](ObjectReader& h) {
        HostReport report;
        report.writtenOn = h.date("writtenOn"_L1, optional);
        report.behaviour = h.string("behaviour"_L1, optional, freeText);
        report.involvement = h.string("involvement"_L1, optional, freeText);
        report.text = h.string("text"_L1, optional, freeText);
        m.hostReport = report;
    });
}

void readGroup(ObjectReader& r, GroupActivity& g) {
    g.kind = r.enumeration("kind"_L1, required, GroupKind::Workshop);
    g.agreementId = r.id("agreement"_L1, optional);
    g.title = r.string("title"_L1, required);
    g.audience = r.enumeration("audience"_L1, optional, Audience::Students);
    g.recurrence = r.enumeration("recurrence"_L1, optional, Recurrence::Weekly);
    g.filming = r.boolean("filming"_L1);
    g.participantIds = r.ids("participants"_L1);
    r.objects("sessions"_L1, [&](ObjectReader& s) {
        GroupSession session;
        session.date = s.date("date"_L1, required);
        session.start = s.time("start"_L1, optional);
        session.end = s.time("end"_L1, optional);
        session.cancelledAt = s.dateTime("cancelledAt"_L1, optional);
        s.objects("attendance"_L1, [&](ObjectReader& a) {
            SessionAttendance entry;
            entry.studentId = a.id("student"_L1, required);
            entry.status = a.enumeration("status"_L1, required, AttendanceStatus::Present);
            entry.note = a.string("note"_L1, optional, freeText);
            session.attendance.append(entry);
        });
        g.sessions.append(session);
    });
}

}  // namespace passerelle::exchange::detail
