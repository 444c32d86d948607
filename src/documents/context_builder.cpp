#include "passerelle/documents/context_builder.h"

#include <QRegularExpression>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {

Error notFound(const QString& what, const QString& id) {
    return failure(QStringLiteral("no %1 with id %2").arg(what, id), QStringLiteral("id"),
                   ErrorKind::NotFound);
}

template <typename T>
T valueOr(const T* record) {
    return record ? *record : T{};
}

// The town's party of an exclusion-alternative agreement stands for its service Jeunesse (seed 001).
const Party* youthServiceParty(const Agreement& agreement, const DatasetIndex& index) {
    for (const Party& party : agreement.parties) {
        const Organisation* organisation = index.organisation(party.organisationId);
        if (organisation && organisation->kind == OrganisationKind::Town)
            return &party;
    }
    return nullptr;
}

}  // namespace

QString townFromAddress(const QString& address) {
    static const QRegularExpression postcode(u"(?<!\\d)\\d{5}(?!\\d)\\s+([^,\\n]+)"_s);
    static const QRegularExpression cedex(u"\\s+cedex(\\s+\\d+)?\\s*$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    QString town;
    // The last postcode wins: the town comes after it, at the end of a French address.
    auto matches = postcode.globalMatch(address);
    while (matches.hasNext())
        town = matches.next().captured(1);
    if (town.isEmpty()) {
        for (const QString& part : address.split(QRegularExpression(u"[,\\n]"_s))) {
            if (!part.trimmed().isEmpty())
                town = part;
        }
    }
    return town.remove(cedex).trimmed();
}

std::optional<Letterhead> letterheadOf(const Organisation& school, const QImage& logo) {
    if (school.name.trimmed().isEmpty())
        return std::nullopt;
    static const QRegularExpression beforePostcode(u",\\s*(?=\\d{5}(?!\\d))"_s);
    Letterhead letterhead;
    letterhead.logo = logo;
    letterhead.name = school.name.trimmed();
    for (const QString& line : school.address.split(u'\n')) {
        for (const QString& part : line.split(beforePostcode)) {
            if (!part.trimmed().isEmpty())
                letterhead.addressLines << part.trimmed();
        }
    }
    letterhead.phone = school.phone.trimmed();
    letterhead.email = school.email.trimmed();
    return letterhead;
}

ContextBuilder::ContextBuilder(const Dataset& dataset) : m_dataset(dataset), m_index(dataset) {}

PartyDetails ContextBuilder::partyDetails(const Party& party) const {
    return {valueOr(m_index.organisation(party.organisationId)),
            valueOr(m_index.person(party.representativeId)), party.designation, party.delegation,
            party.signatureMention};
}

Person ContextBuilder::representativeOf(const Agreement* agreement, const QString& organisationId) const {
    if (!agreement)
        return {};
    const Party* party = agreement->partyFor(organisationId);
    return party ? valueOr(m_index.person(party->representativeId)) : Person{};
}

Result<AgreementContext> ContextBuilder::agreement(const QString& agreementId) const {
    const Agreement* agreement = m_index.agreement(agreementId);
    if (!agreement)
        return notFound(QStringLiteral("agreement"), agreementId);
    AgreementContext context;
    context.agreement = *agreement;
    for (const Party& party : agreement->parties) {
        context.parties << partyDetails(party);
        // The agreement is made where the school is (seeds: « Fait à Choisy-le-Roi »).
        if (context.place.isEmpty() && context.parties.last().organisation.isSchool())
            context.place = townFromAddress(context.parties.last().organisation.address);
    }
    context.date = agreement->signedOn;
    return context;
}

Result<MeasureContext> ContextBuilder::measure(const QString& measureId) const {
    const auto found = std::find_if(m_dataset.measures.cbegin(), m_dataset.measures.cend(),
                                    [&](const Measure& measure) { return measure.id == measureId; });
    if (found == m_dataset.measures.cend())
        return notFound(QStringLiteral("measure"), measureId);
    const Measure& measure = *found;
    const Agreement* agreement = m_index.agreement(measure.agreementId);

    MeasureContext context;
    context.measure = measure;
    context.student = valueOr(m_index.student(measure.studentId));
    context.school = valueOr(m_index.organisation(context.student.schoolId));
    // The measure documents are signed at the student's school.
    context.place = townFromAddress(context.school.address);
    context.headOfSchool = representativeOf(agreement, context.school.id);
    context.host = valueOr(m_index.organisation(measure.hostId));
    context.hostManager = representativeOf(agreement, measure.hostId);
    context.hostTutor = valueOr(m_index.person(measure.hostTutorId));
    context.schoolFollower = valueOr(m_index.person(measure.schoolFollowerId));
    if (agreement) {
        if (const Party* youth = youthServiceParty(*agreement, m_index)) {
            context.youthService = valueOr(m_index.organisation(youth->organisationId));
            context.youthServiceRepresentative = valueOr(m_index.person(youth->representativeId));
        }
    }
    return context;
}

Result<GroupSessionContext> ContextBuilder::groupSession(const QString& groupId, const QDate& from) const {
    const auto found = std::find_if(m_dataset.groups.cbegin(), m_dataset.groups.cend(),
                                    [&](const GroupActivity& group) { return group.id == groupId; });
    if (found == m_dataset.groups.cend())
        return notFound(QStringLiteral("group activity"), groupId);
    const GroupActivity& group = *found;
    if (group.sessions.isEmpty()) {
        return failure(QStringLiteral("the group activity %1 has no session").arg(groupId),
                       QStringLiteral("sessions"));
    }
    GroupSessionContext context;
    context.group = group;
    context.session = group.sessions.last();
    for (const GroupSession& session : group.sessions) {
        if (session.date >= from && !session.isCancelled()) {
            context.session = session;
            break;
        }
    }
    if (const Agreement* agreement = m_index.agreement(group.agreementId))
        context.agreementTitle = agreement->title;
    for (const QString& studentId : group.participantIds) {
        if (const Student* student = m_index.student(studentId))
            context.participants << *student;
    }
    return context;
}

}  // namespace passerelle::documents
