#include "passerelle/documents/document_maker.h"

#include "passerelle/documents/documents.h"
#include "passerelle/rules/agreement_calendar.h"
#include "passerelle/rules/checks.h"

#include <algorithm>

namespace passerelle::documents {

using namespace Qt::Literals::StringLiterals;

namespace {

struct TypeKey {
    DocumentType type;
    QString key;
};

const QList<TypeKey>& typeKeys() {
    static const QList<TypeKey> keys{
        {DocumentType::Agreement, u"agreement"_s},
        {DocumentType::Deliberation, u"deliberation"_s},
        {DocumentType::Annex, u"annex"_s},
        {DocumentType::FormalNotice, u"formal-notice"_s},
        {DocumentType::TerminationNotice, u"termination-notice"_s},
        {DocumentType::Measure, u"measure"_s},
        {DocumentType::CommitmentContract, u"commitment-contract"_s},
        {DocumentType::WelcomeBooklet, u"welcome-booklet"_s},
        {DocumentType::HostReport, u"host-report"_s},
        {DocumentType::AttendanceSheet, u"attendance-sheet"_s},
    };
    return keys;
}

Error wrongDocument(const QString& record) {
    return failure(u"Ce document n'existe pas pour %1."_s.arg(record), u"document"_s);
}

rules::Findings errorsOf(const rules::Findings& findings) {
    rules::Findings errors;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(errors),
                 [](const rules::Finding& finding) { return finding.severity == rules::Severity::Error; });
    return errors;
}

CheckedDocument checked(PreparedDocument document, const rules::Findings& findings) {
    CheckedDocument result;
    result.document = std::move(document);
    result.errors = errorsOf(findings);
    result.draft = !result.errors.isEmpty();
    return result;
}

// Issue 12: an agreement that is not signed is still a project, whatever the rules say, and its documents
// must not pass for the agreement in force. A terminated agreement was signed and in force: its documents
// print what was agreed (and the letters that ended it), so they are not stamped. No default, so that a new
// status has to be decided here.
bool awaitsSignature(AgreementStatus status) {
    switch (status) {
        case AgreementStatus::Draft:
        case AgreementStatus::AwaitingSignature:
            return true;
        case AgreementStatus::Signed:
        case AgreementStatus::Terminated:
            return false;
    }
    return true;
}

const PartyDetails* schoolParty(const AgreementContext& context) {
    const auto school = std::find_if(context.parties.cbegin(), context.parties.cend(),
                                     [](const PartyDetails& party) { return party.organisation.isSchool(); });
    return school == context.parties.cend() ? nullptr : &*school;
}

}  // namespace

QString key(DocumentType type) {
    for (const TypeKey& entry : typeKeys()) {
        if (entry.type == type)
            return entry.key;
    }
    return {};
}

std::optional<DocumentType> documentTypeFromKey(const QString& key) {
    for (const TypeKey& entry : typeKeys()) {
        if (entry.key == key)
            return entry.type;
    }
    return std::nullopt;
}

QString DocumentChoice::archiveName() const {
    QString name = key(type);
    if (type == DocumentType::AttendanceSheet && sessionDate.isValid()) {
        name += u'-' + sessionDate.toString(Qt::ISODate);
        if (sessionStart.isValid())
            name += u'-' + sessionStart.toString(u"HHmm"_s);
    }
    return name;
}

DocumentMaker::DocumentMaker(const Dataset& dataset, const QDate& today, const rules::RuleSettings& settings)
    : m_dataset(dataset), m_index(dataset), m_builder(dataset), m_today(today), m_settings(settings) {}

Result<QList<DocumentChoice>> DocumentMaker::choices(RecordType record, const QString& id) const {
    QList<DocumentChoice> result;
    switch (record) {
        case RecordType::Agreement: {
            const Agreement* agreement = m_index.agreement(id);
            if (!agreement)
                return failure(u"no agreement with id %1"_s.arg(id), u"id"_s, ErrorKind::NotFound);
            result << DocumentChoice{DocumentType::Agreement};
            if (approvingDeliberation(*agreement))
                result << DocumentChoice{DocumentType::Deliberation};
            if (!agreement->resources.isEmpty())
                result << DocumentChoice{DocumentType::Annex};
            result << DocumentChoice{DocumentType::FormalNotice}
                   << DocumentChoice{DocumentType::TerminationNotice};
            break;
        }
        case RecordType::Measure: {
            const auto measure = m_builder.measure(id);
            if (!measure)
                return measure.error();
            switch (measure->measure.kind) {
                case MeasureKind::Responsibility:
                    result << DocumentChoice{DocumentType::Measure};
                    break;
                case MeasureKind::ExclusionAlternative:
                    result << DocumentChoice{DocumentType::CommitmentContract}
                           << DocumentChoice{DocumentType::WelcomeBooklet};
                    break;
                case MeasureKind::FollowUp:
                    break;
            }
            result << DocumentChoice{DocumentType::HostReport};
            break;
        }
        case RecordType::Group: {
            const auto group =
                std::find_if(m_dataset.groups.cbegin(), m_dataset.groups.cend(),
                             [&](const GroupActivity& candidate) { return candidate.id == id; });
            if (group == m_dataset.groups.cend())
                return failure(u"no group activity with id %1"_s.arg(id), u"id"_s, ErrorKind::NotFound);
            // A cancelled session has nobody to sign for it.
            for (int index = 0; index < group->sessions.size(); ++index) {
                const GroupSession& session = group->sessions.at(index);
                if (!session.isCancelled())
                    result << DocumentChoice{DocumentType::AttendanceSheet, index, session.date,
                                             session.start};
            }
            break;
        }
    }
    return result;
}

QString DocumentMaker::whyNot(RecordType record, const QString& id, DocumentType type) const {
    if (record != RecordType::Agreement)
        return {};
    const Agreement* agreement = m_index.agreement(id);
    if (!agreement)
        return {};
    if (type == DocumentType::Deliberation && !approvingDeliberation(*agreement))
        return u"the agreement has no deliberation"_s;
    if (type == DocumentType::Annex && agreement->resources.isEmpty())
        return u"the agreement has no local resources to annex"_s;
    return {};
}

Result<CheckedDocument> DocumentMaker::prepare(RecordType record, const QString& id,
                                               const DocumentChoice& choice) const {
    switch (record) {
        case RecordType::Agreement:
            return prepareAgreement(id, choice.type);
        case RecordType::Measure:
            return prepareMeasure(id, choice.type);
        case RecordType::Group:
            break;
    }
    return prepareGroup(id, choice);
}

Result<RenderedDocument> DocumentMaker::render(RecordType record, const QString& id,
                                               const DocumentChoice& choice,
                                               const QDateTime& createdAt) const {
    const auto prepared = prepare(record, id, choice);
    if (!prepared)
        return prepared.error();
    return renderPdf(prepared->document, {.draft = prepared->draft, .createdAt = createdAt});
}

// The school writes the letters (seed 004: the head of school signs them); the other parties receive them.
LetterContext DocumentMaker::letterAbout(const AgreementContext& context) const {
    LetterContext letter;
    letter.agreement = context.agreement;
    letter.sentOn = m_today;
    const auto school = std::find_if(context.parties.cbegin(), context.parties.cend(),
                                     [](const PartyDetails& party) { return party.organisation.isSchool(); });
    const qsizetype sender = school == context.parties.cend() ? 0 : school - context.parties.cbegin();
    for (qsizetype index = 0; index < context.parties.size(); ++index) {
        if (index == sender)
            letter.sender = context.parties.at(index);
        else
            letter.recipients << context.parties.at(index);
    }
    return letter;
}

Result<CheckedDocument> DocumentMaker::prepareAgreement(const QString& id, DocumentType type) const {
    const auto context = m_builder.agreement(id);
    if (!context)
        return context.error();
    const rules::Findings findings = rules::checkAgreement(context->agreement, m_today, m_settings);
    Result<PreparedDocument> prepared = wrongDocument(u"une convention"_s);
    // The agreement is headed by its school, a letter by its sender (the school, else the first party); any
    // other document of the agreement has no letterhead.
    Organisation home;
    switch (type) {
        case DocumentType::Agreement:
            if (const PartyDetails* school = schoolParty(*context))
                home = school->organisation;
            prepared = prepareAgreementDocument(*context);
            break;
        case DocumentType::Deliberation:
            prepared = prepareDeliberationDocument(*context);
            break;
        case DocumentType::Annex:
            prepared = prepareAnnexDocument(*context);
            break;
        case DocumentType::FormalNotice: {
            FormalNoticeContext notice;
            notice.letter = letterAbout(*context);
            notice.terminationDate =
                rules::terminationAfterFormalNotice(context->agreement, m_today).value_or(QDate());
            home = notice.letter.sender.organisation;
            prepared = prepareFormalNotice(notice);
            break;
        }
        case DocumentType::TerminationNotice: {
            TerminationNoticeContext notice;
            notice.letter = letterAbout(*context);
            notice.effectiveOn =
                rules::denunciationEffectiveDate(context->agreement, m_today, m_settings).value_or(QDate());
            home = notice.letter.sender.organisation;
            prepared = prepareTerminationNotice(notice);
            break;
        }
        default:
            break;
    }
    if (!prepared)
        return prepared.error();
    prepared->letterhead = letterheadOf(home, m_letterheadLogo);
    CheckedDocument result = checked(std::move(prepared).value(), findings);
    // Rule errors stamp it as before; an agreement not signed yet stamps all of its documents too, but for
    // the deliberation: the council's act approving the agreement, adopted before anyone signs it.
    result.unsignedAgreement =
        type != DocumentType::Deliberation && awaitsSignature(context->agreement.status);
    result.draft = result.draft || result.unsignedAgreement;
    return result;
}

Result<CheckedDocument> DocumentMaker::prepareMeasure(const QString& id, DocumentType type) const {
    auto context = m_builder.measure(id);
    if (!context)
        return context.error();
    context->today = m_today;  // decides whether the hours done are final enough to print
    const rules::Findings findings = rules::checkMeasure(
        context->measure, rules::contextFor(context->measure, m_index), m_today, m_settings);
    Result<PreparedDocument> prepared = wrongDocument(u"une mesure"_s);
    switch (type) {
        case DocumentType::Measure:
            prepared = prepareMeasureDocument(*context);
            break;
        case DocumentType::CommitmentContract:
            prepared = prepareCommitmentContract(*context);
            break;
        case DocumentType::WelcomeBooklet:
            prepared = prepareWelcomeBooklet(*context);
            break;
        case DocumentType::HostReport:
            prepared = prepareHostReportForm(*context);
            break;
        default:
            break;
    }
    if (!prepared)
        return prepared.error();
    prepared->letterhead = letterheadOf(context->school, m_letterheadLogo);
    return checked(std::move(prepared).value(), findings);
}

Result<CheckedDocument> DocumentMaker::prepareGroup(const QString& id, const DocumentChoice& choice) const {
    if (choice.type != DocumentType::AttendanceSheet)
        return wrongDocument(u"une activité de groupe"_s);
    auto context = m_builder.groupSession(id, m_today);
    if (!context)
        return context.error();
    if (choice.session >= 0) {
        if (choice.session >= context->group.sessions.size())
            return failure(u"Cette séance n'existe plus."_s, u"sessions"_s, ErrorKind::NotFound);
        context->session = context->group.sessions.at(choice.session);
    }
    auto prepared = prepareAttendanceSheet(*context);
    if (!prepared)
        return prepared.error();
    // The school that runs the group with its partners: its agreement's School party, else the school of its
    // first participant.
    const Organisation* home = nullptr;
    if (const Agreement* agreement = m_index.agreement(context->group.agreementId)) {
        for (const Party& party : agreement->parties) {
            const Organisation* organisation = m_index.organisation(party.organisationId);
            if (organisation && organisation->isSchool()) {
                home = organisation;
                break;
            }
        }
    }
    if (!home && !context->participants.isEmpty())
        home = m_index.organisation(context->participants.first().schoolId);
    if (home)
        prepared->letterhead = letterheadOf(*home, m_letterheadLogo);
    return checked(std::move(prepared).value(), {});
}

}  // namespace passerelle::documents
