// GROUP-SIZE, PARTNER-NOTICE and IMAGE-CONSENT: group activities run under an agreement (seeds 000 and 002).
#include "passerelle/rules/checks.h"

#include "clause_reference.h"
#include "french_text.h"
#include "passerelle/rules/limits.h"
#include "passerelle/rules/references.h"
#include "passerelle/rules/rule_ids.h"

namespace passerelle::rules {

using namespace Qt::Literals::StringLiterals;

namespace {

class GroupReport {
public:
    GroupReport(const GroupActivity& group, Findings& findings) : m_group(group), m_findings(findings) {}
    void add(const QString& rule, Severity severity, const QString& field, const QString& message,
             const QString& reference) {
        m_findings.append(Finding{rule, severity, u"group"_s, m_group.id, field, message, reference, {}});
    }

private:
    const GroupActivity& m_group;
    Findings& m_findings;
};

void checkSize(const GroupActivity& group, const Agreement* agreement, GroupReport& report) {
    if (!agreement || !agreement->groupSize)
        return;
    const GroupSize size = *agreement->groupSize;
    const auto count = group.participantIds.size();
    // A bound of 0 (or less) means the agreement sets none on that side.
    const bool tooFew = size.min > 0 && count < size.min;
    const bool tooMany = size.max > 0 && count > size.max;
    if (!tooFew && !tooMany)
        return;
    QString expected;
    if (size.min > 0 && size.max > 0) {
        expected = u"de "_s + QString::number(size.min) + u" à "_s + QString::number(size.max);
    } else if (size.min > 0) {
        expected = u"au moins "_s + QString::number(size.min);
    } else {
        expected = u"au plus "_s + QString::number(size.max);
    }
    report.add(id::GroupSize, Severity::Error, u"participants"_s,
               u"Le groupe compte "_s + QString::number(count) +
                   (count > 1 ? u" participants"_s : u" participant"_s) + u", la convention en prévoit "_s +
                   expected,
               clauseReference(*agreement, {u"groupe de"_s}, u"taille du groupe"_s));
}

void checkPartnerNotice(const GroupActivity& group, const Agreement* agreement, GroupReport& report) {
    const int noticeHours = agreement && agreement->partnerNoticeHours ? *agreement->partnerNoticeHours
                                                                       : limits::kDefaultPartnerNoticeHours;
    const QString reference = agreement
                                  ? clauseReference(*agreement, {u"défaillance"_s, u"s'informer"_s},
                                                    u"délai de prévenance entre partenaires"_s)
                                  : u"Convention de partenariat, délai de prévenance entre partenaires"_s;
    for (const GroupSession& session : group.sessions) {
        if (!session.isCancelled() || !session.date.isValid())
            continue;
        const QDateTime startsAt(session.date, session.start.isValid() ? session.start : QTime(0, 0));
        const qint64 seconds = session.cancelledAt.secsTo(startsAt);
        if (seconds >= qint64(noticeHours) * 3600)
            continue;
        const QString when =
            seconds < 0 ? u"annulée après son début"_s
                        : u"annulée "_s + french::duration(int(seconds / 60)) + u" avant son début"_s;
        report.add(id::PartnerNotice, Severity::Warning, u"sessions"_s,
                   u"Séance du "_s + french::date(session.date) + u" à "_s + french::time(startsAt.time()) +
                       u' ' + when + u", au moins "_s + QString::number(noticeHours) +
                       u" h de prévenance prévues"_s,
                   reference);
    }
}

void checkImageConsent(const GroupActivity& group, const Agreement* agreement, const StudentLookup& students,
                       GroupReport& report) {
    if (!group.filming)
        return;
    const QString reference = agreement ? clauseReference(*agreement, {u"caméra"_s, u"camera"_s, u"image"_s},
                                                          reference::CodeCivilArt9)
                                        : reference::CodeCivilArt9;
    for (const QString& studentId : group.participantIds) {
        const Student* student = students ? students(studentId) : nullptr;
        if (!student) {
            report.add(
                id::ImageConsent, Severity::Warning, u"participants"_s,
                u"Participant « "_s + studentId +
                    u" » introuvable : son autorisation de droit à l'image ne peut pas être vérifiée"_s,
                reference);
        } else if (!student->consents.image) {
            report.add(id::ImageConsent, Severity::Warning, u"participants"_s,
                       student->fullName() +
                           u" n'a pas d'autorisation de droit à l'image alors que le groupe est filmé"_s,
                       reference);
        }
    }
}

}  // namespace

Findings checkGroup(const GroupActivity& group, const Agreement* agreement, const StudentLookup& students,
                    const QDate& today, const RuleSettings& settings) {
    Q_UNUSED(today)  // no group rule depends on the date yet; kept so callers need not change when one does
    Q_UNUSED(settings)
    Findings findings;
    GroupReport report(group, findings);
    checkSize(group, agreement, report);
    checkPartnerNotice(group, agreement, report);
    checkImageConsent(group, agreement, students, report);
    return findings;
}

}  // namespace passerelle::rules
