// DatasetStreamWriter: the domain records to exchange-format text, keys in the order docs/exchange-format.md
// lists them; writeDataset and the streamed `export` both write through it, so there is one formatter.
// Policy: required keys, enumerations and booleans are always written; an optional value that is empty (empty
// string or list, invalid date, unset number) is omitted, so that reading the text back gives the same
// values.
#include "passerelle/exchange/dataset_stream_writer.h"

#include "json_text_writer.h"
#include "passerelle/exchange/json_format.h"
#include "text_formats.h"

namespace passerelle::exchange {

using detail::JsonTextWriter;
using Layout = JsonTextWriter::Layout;

class DatasetStreamWriter::Formatter {
public:
    explicit Formatter(QByteArray& out) : m_json(out) {}

    void begin();
    void collection(std::string_view key);
    void end();

    void organisation(const Organisation& record);
    void person(const Person& record);
    void student(const Student& record);
    void agreement(const Agreement& record);
    void measure(const Measure& record);
    void group(const GroupActivity& record);

private:
    void required(std::string_view key, const QString& text) {
        m_json.key(key);
        m_json.value(text);
    }
    void optional(std::string_view key, const QString& text) {
        if (!text.isEmpty())
            required(key, text);
    }
    void optional(std::string_view key, const QDate& date) {
        if (!date.isValid())
            return;
        m_json.key(key);
        m_json.value(detail::dateText(date));
    }
    void optional(std::string_view key, const QTime& time) {
        if (!time.isValid())
            return;
        m_json.key(key);
        m_json.value(detail::timeText(time));
    }
    void optional(std::string_view key, const QDateTime& dateTime) {
        if (!dateTime.isValid())
            return;
        m_json.key(key);
        m_json.value(detail::dateTimeText(dateTime));
    }
    void optional(std::string_view key, const std::optional<int>& number) {
        if (!number)
            return;
        m_json.key(key);
        m_json.value(*number);
    }
    void number(std::string_view key, int value) {
        m_json.key(key);
        m_json.value(value);
    }
    void flag(std::string_view key, bool value) {
        m_json.key(key);
        m_json.value(value);
    }
    template <typename Enum>
    void enumeration(std::string_view key, Enum value) {
        m_json.key(key);
        m_json.value(keyText(value));
    }
    template <typename Enum>
    static QByteArray keyText(Enum value) {
        return passerelle::key(value).toLatin1();
    }
    // A signature's method is written only when it is not the default (paper): files written before the key
    // existed, and every export of paper signatures, stay byte-identical.
    void method(SignatureMethod value) {
        if (value != SignatureMethod::Paper)
            enumeration("method", value);
    }
    // An optional list: omitted when empty, otherwise one element per line written by `each`.
    template <typename List, typename Each>
    void list(std::string_view key, const List& items, Each each) {
        if (items.isEmpty())
            return;
        m_json.key(key);
        m_json.beginArray(Layout::Block);
        for (const auto& item : items)
            each(item);
        m_json.endArray();
    }

    void slots(std::string_view key, const TimeSlots& slots);
    void insurances(const Insurances& value);
    void session(const GroupSession& value);

    JsonTextWriter m_json;
    bool m_inCollection = false;
};

void DatasetStreamWriter::Formatter::begin() {
    m_json.beginObject(Layout::Block);
    required("format", QStringLiteral("passerelle"));
    number("version", formatVersion);
}

void DatasetStreamWriter::Formatter::collection(std::string_view key) {
    if (m_inCollection)
        m_json.endArray();
    m_json.key(key);
    m_json.beginArray(Layout::Block);
    m_inCollection = true;
}

void DatasetStreamWriter::Formatter::end() {
    if (m_inCollection)
        m_json.endArray();
    m_inCollection = false;
    m_json.endObject();
    m_json.finish();
}

void DatasetStreamWriter::Formatter::slots(std::string_view key, const TimeSlots& slots) {
    list(key, slots, [this](const TimeSlot& slot) {
        m_json.beginObject(Layout::Inline);
        enumeration("day", slot.day);
        optional("start", slot.start);
        optional("end", slot.end);
        m_json.endObject();
    });
}

void DatasetStreamWriter::Formatter::organisation(const Organisation& r) {
    m_json.beginObject(Layout::Block);
    required("id", r.id);
    enumeration("kind", r.kind);
    required("name", r.name);
    optional("legalName", r.legalName);
    optional("activityDomain", r.activityDomain);
    optional("uai", r.uai);
    optional("address", r.address);
    optional("phone", r.phone);
    optional("email", r.email);
    slots("teachingHours", r.teachingHours);
    m_json.endObject();
}

void DatasetStreamWriter::Formatter::person(const Person& r) {
    m_json.beginObject(Layout::Block);
    required("id", r.id);
    required("organisation", r.organisationId);
    optional("civility", r.civility);
    optional("firstName", r.firstName);
    required("lastName", r.lastName);
    optional("role", r.role);
    optional("email", r.email);
    optional("phone", r.phone);
    m_json.endObject();
}

void DatasetStreamWriter::Formatter::student(const Student& r) {
    m_json.beginObject(Layout::Block);
    required("id", r.id);
    required("firstName", r.firstName);
    required("lastName", r.lastName);
    optional("familyName", r.familyName);
    optional("birthDate", r.birthDate);
    optional("className", r.className);
    optional("school", r.schoolId);
    optional("ine", r.ine);
    optional("siecleId", r.siecleId);
    optional("leftOn", r.leftOn);
    list("legalRepresentatives", r.legalRepresentatives, [this](const LegalRepresentative& rep) {
        m_json.beginObject(Layout::Inline);
        optional("civility", rep.civility);
        optional("firstName", rep.firstName);
        optional("lastName", rep.lastName);
        optional("relation", rep.relation);
        optional("address", rep.address);
        optional("phone", rep.phone);
        optional("email", rep.email);
        optional("siecleId", rep.siecleId);
        m_json.endObject();
    });
    m_json.key("consents");
    m_json.beginObject(Layout::Inline);
    flag("followUp", r.consents.followUp);
    flag("image", r.consents.image);
    m_json.endObject();
    m_json.endObject();
}

void DatasetStreamWriter::Formatter::agreement(const Agreement& r) {
    m_json.beginObject(Layout::Block);
    required("id", r.id);
    enumeration("kind", r.kind);
    required("title", r.title);
    list("parties", r.parties, [this](const Party& party) {
        m_json.beginObject(Layout::Inline);
        required("organisation", party.organisationId);
        optional("representative", party.representativeId);
        optional("role", party.role);
        optional("designation", party.designation);
        optional("delegation", party.delegation);
        optional("signatureMention", party.signatureMention);
        m_json.endObject();
    });
    list("deliberations", r.deliberations, [this](const Deliberation& deliberation) {
        m_json.beginObject(Layout::Inline);
        optional("body", deliberation.body);
        optional("number", deliberation.number);
        optional("date", deliberation.date);
        optional("receivedAt", deliberation.receivedAt);
        optional("transmittedAt", deliberation.transmittedAt);
        optional("publishedOn", deliberation.publishedOn);
        m_json.endObject();
    });
    optional("signedOn", r.signedOn);
    optional("start", r.start);
    optional("end", r.end);
    optional("durationYears", r.durationYears);
    flag("tacitRenewal", r.tacitRenewal);
    optional("noticeMonths", r.noticeMonths);
    enumeration("noticeAnchor", r.noticeAnchor);
    optional("breachNoticeMonths", r.breachNoticeMonths);
    optional("reviewEveryMonths", r.reviewEveryMonths);
    list("reviews", r.reviews, [this](const Review& review) {
        m_json.beginObject(Layout::Inline);
        optional("date", review.date);
        optional("notes", review.notes);
        m_json.endObject();
    });
    if (r.groupSize) {
        m_json.key("groupSize");
        m_json.beginObject(Layout::Inline);
        number("min", r.groupSize->min);
        number("max", r.groupSize->max);
        m_json.endObject();
    }
    optional("partnerNoticeHours", r.partnerNoticeHours);
    optional("copies", r.copies);
    enumeration("status", r.status);
    list("signatures", r.signatures, [this](const PartySignature& signature) {
        m_json.beginObject(Layout::Inline);
        required("organisation", signature.organisationId);
        optional("signedOn", signature.signedOn);
        method(signature.method);
        m_json.endObject();
    });
    list("clauses", r.clauses, [this](const Clause& clause) {
        m_json.beginObject(Layout::Inline);
        number("number", clause.number);
        optional("title", clause.title);
        optional("text", clause.text);
        m_json.endObject();
    });
    list("amendments", r.amendments, [this](const Amendment& amendment) {
        m_json.beginObject(Layout::Inline);
        number("number", amendment.number);
        optional("signedOn", amendment.signedOn);
        optional("text", amendment.text);
        m_json.endObject();
    });
    list("resources", r.resources, [this](const Resource& resource) {
        m_json.beginObject(Layout::Inline);
        optional("name", resource.name);
        optional("kind", resource.kind);
        optional("audience", resource.audience);
        optional("contact", resource.contact);
        optional("phone", resource.phone);
        optional("email", resource.email);
        m_json.endObject();
    });
    list("handledDeadlines", r.handledDeadlines, [this](const HandledDeadline& mark) {
        m_json.beginObject(Layout::Inline);
        required("rule", mark.rule);
        optional("due", mark.due);
        optional("on", mark.on);
        optional("note", mark.note);
        m_json.endObject();
    });
    m_json.endObject();
}

void DatasetStreamWriter::Formatter::insurances(const Insurances& value) {
    if (value == Insurances{})
        return;
    m_json.key("insurances");
    m_json.beginObject(Layout::Block);
    const auto one = [this](std::string_view key, const Insurance& insurance) {
        if (insurance == Insurance{})
            return;
        m_json.key(key);
        m_json.beginObject(Layout::Inline);
        optional("insurer", insurance.insurer);
        optional("contract", insurance.contract);
        m_json.endObject();
    };
    one("school", value.school);
    one("host", value.host);
    m_json.endObject();
}

void DatasetStreamWriter::Formatter::measure(const Measure& r) {
    m_json.beginObject(Layout::Block);
    required("id", r.id);
    enumeration("kind", r.kind);
    required("student", r.studentId);
    optional("agreement", r.agreementId);
    optional("host", r.hostId);
    optional("hostTutor", r.hostTutorId);
    optional("schoolFollower", r.schoolFollowerId);
    optional("start", r.start);
    optional("end", r.end);
    optional("exclusionDays", r.exclusionDays);
    slots("slots", r.slots);
    optional("objectives", r.objectives);
    optional("activities", r.activities);
    optional("places", r.places);
    optional("transport", r.transport);
    m_json.key("consents");
    m_json.beginObject(Layout::Inline);
    flag("student", r.consents.student);
    flag("representative", r.consents.representative);
    m_json.endObject();
    insurances(r.insurances);
    list("signatures", r.signatures, [this](const RoleSignature& signature) {
        m_json.beginObject(Layout::Inline);
        enumeration("role", signature.role);
        optional("signedOn", signature.signedOn);
        method(signature.method);
        m_json.endObject();
    });
    enumeration("status", r.status);
    list("attendance", r.attendance, [this](const AttendanceEntry& entry) {
        m_json.beginObject(Layout::Inline);
        optional("date", entry.date);
        enumeration("status", entry.status);
        optional("note", entry.note);
        m_json.endObject();
    });
    list("incidents", r.incidents, [this](const Incident& incident) {
        m_json.beginObject(Layout::Inline);
        optional("at", incident.at);
        enumeration("kind", incident.kind);
        optional("description", incident.description);
        optional("headNotifiedAt", incident.headNotifiedAt);
        m_json.endObject();
    });
    if (r.hostReport) {
        // Written even when empty: a report that exists (`{}`) differs from none.
        m_json.key("hostReport");
        m_json.beginObject(Layout::Inline);
        optional("writtenOn", r.hostReport->writtenOn);
        optional("behaviour", r.hostReport->behaviour);
        optional("involvement", r.hostReport->involvement);
        optional("text", r.hostReport->text);
        m_json.endObject();
    }
    m_json.endObject();
}

void DatasetStreamWriter::Formatter::session(const GroupSession& value) {
    m_json.beginObject(value.attendance.isEmpty() ? Layout::Inline : Layout::Block);
    optional("date", value.date);
    optional("start", value.start);
    optional("end", value.end);
    optional("cancelledAt", value.cancelledAt);
    list("attendance", value.attendance, [this](const SessionAttendance& entry) {
        m_json.beginObject(Layout::Inline);
        required("student", entry.studentId);
        enumeration("status", entry.status);
        optional("note", entry.note);
        m_json.endObject();
    });
    m_json.endObject();
}

void DatasetStreamWriter::Formatter::group(const GroupActivity& r) {
    m_json.beginObject(Layout::Block);
    required("id", r.id);
    enumeration("kind", r.kind);
    optional("agreement", r.agreementId);
    required("title", r.title);
    enumeration("audience", r.audience);
    enumeration("recurrence", r.recurrence);
    flag("filming", r.filming);
    if (!r.participantIds.isEmpty()) {
        m_json.key("participants");
        m_json.beginArray(Layout::Inline);
        for (const QString& id : r.participantIds)
            m_json.value(id);
        m_json.endArray();
    }
    list("sessions", r.sessions, [this](const GroupSession& s) { session(s); });
    m_json.endObject();
}

DatasetStreamWriter::DatasetStreamWriter(QByteArray& out) : m_formatter(std::make_unique<Formatter>(out)) {}
DatasetStreamWriter::~DatasetStreamWriter() = default;

void DatasetStreamWriter::begin() {
    m_formatter->begin();
}
void DatasetStreamWriter::collection(std::string_view key) {
    m_formatter->collection(key);
}
void DatasetStreamWriter::end() {
    m_formatter->end();
}
void DatasetStreamWriter::record(const Organisation& record) {
    m_formatter->organisation(record);
}
void DatasetStreamWriter::record(const Person& record) {
    m_formatter->person(record);
}
void DatasetStreamWriter::record(const Student& record) {
    m_formatter->student(record);
}
void DatasetStreamWriter::record(const Agreement& record) {
    m_formatter->agreement(record);
}
void DatasetStreamWriter::record(const Measure& record) {
    m_formatter->measure(record);
}
void DatasetStreamWriter::record(const GroupActivity& record) {
    m_formatter->group(record);
}

}  // namespace passerelle::exchange
