// Step 3 of the demo: agreements of every kind, modelled on the seeds: absenteeism prevention for the
// département (seed 003), per school an exclusion alternative with its town (seed 001) and responsibility
// measures with host structures (seed 004), per town remobilisation workshops (seed 000), talking groups with
// a CMPP (seed 002) and a few generic ones. Most are signed; some await signature, are drafts or terminated.
#include "demo_clauses.h"
#include "demo_world.h"

#include <optional>

namespace passerelle::exchange::demo {
namespace {

using namespace Qt::Literals::StringLiterals;

struct Signatory {
    QString organisationId;
    QString representativeId;
    QString role;
};

// An agreement with its parties and, when signed, every party's signature on `signedOn` (or a few days
// before).
Agreement makeAgreement(World& w, AgreementKind kind, const QString& title, const QList<Signatory>& parties,
                        AgreementStatus status, const QDate& signedOn) {
    Agreement a;
    a.id = w.nextAgreementId();
    a.kind = kind;
    a.title = title;
    a.status = status;
    for (const Signatory& party : parties)
        a.parties.append({party.organisationId, party.representativeId, party.role});
    const bool signedByAll = status == AgreementStatus::Signed || status == AgreementStatus::Terminated;
    if (signedByAll) {
        a.signedOn = signedOn;
        for (qsizetype i = 0; i < parties.size(); ++i) {
            // The last party signs on the agreement's date; the others a little before.
            const int before = i + 1 == parties.size() ? 0 : w.random.between(0, 12);
            a.signatures.append({parties[i].organisationId, signedOn.addDays(-before)});
        }
    } else if (status == AgreementStatus::AwaitingSignature) {
        // The first party has signed, the others not yet.
        a.signatures.append(
            {parties.first().organisationId, w.calendar.today().addDays(-w.random.between(2, 20))});
    }
    return a;
}

QString deliberationNumber(World& w, const QDate& date) {
    return u"DEL-"_s + QString::number(date.year()) + u'-' +
           QString::number(w.random.between(1, 180)).rightJustified(3, u'0');
}

// A signature date in [today - maxDaysAgo, today - minDaysAgo].
QDate signedAgo(World& w, int minDaysAgo, int maxDaysAgo) {
    return w.calendar.today().addDays(-w.random.between(minDaysAgo, maxDaysAgo));
}

QString lowerFirst(const QString& text) {
    return text.left(1).toLower() + text.mid(1);
}

void addAbsenteeismAgreement(World& w) {
    QList<Signatory> parties;
    const QStringList roles{u"state-service"_s, u"state-service"_s, u"state-service"_s, u"department"_s,
                            u"family-allowances"_s};
    for (qsizetype i = 0; i < w.state.ids.size(); ++i) {
        parties.append({w.state.ids[i], w.state.representativeIds[i], roles[i]});
    }
    const QDate signedOn = signedAgo(w, 400, 700);
    Agreement a =
        makeAgreement(w, AgreementKind::AbsenteeismPrevention,
                      u"Convention départementale de prévention de l'absentéisme scolaire – Val-de-Marne"_s,
                      parties, AgreementStatus::Signed, signedOn);
    a.start = signedOn;
    a.durationYears = 3;
    a.tacitRenewal = true;
    a.noticeMonths = 3;
    a.noticeAnchor =
        NoticeAnchor::SchoolYearStart;  // "ne prend effet qu'à compter de l'année scolaire qui suit"
    a.copies = 5;
    a.clauses = clausesFor(a.kind, {{u"duration"_s, durationText(3)}});
    w.dataset.agreements.append(a);
}

void addExclusionAgreement(World& w, TownSite& town, SchoolSite& school) {
    const QDate signedOn = signedAgo(w, 200, 900);
    Agreement a =
        makeAgreement(w, AgreementKind::ExclusionAlternative,
                      u"Persévérance éducative et alternatives à l'exclusion scolaire – "_s +
                          town.displayName + u" et "_s + lowerFirst(school.name),
                      {{town.id, town.deputyId, u"town"_s}, {school.id, school.headId, u"school"_s}},
                      AgreementStatus::Signed, signedOn);
    const QDate council = signedOn.addDays(-w.random.between(20, 60));
    a.deliberations.append(
        {u"Conseil municipal "_s + ofTown(town.town.name), deliberationNumber(w, council), council});
    a.start = signedOn;
    a.durationYears = 3;
    a.noticeMonths = 6;
    a.noticeAnchor = NoticeAnchor::Notification;
    a.reviewEveryMonths = 12;  // "au minimum une fois par an" (seed 001, art. 8)
    // Yearly reviews, one in five forgotten so that the rules have an overdue review to report.
    for (int year = 1; signedOn.addMonths(12 * year) <= w.calendar.today(); ++year) {
        const QDate due = signedOn.addMonths(12 * year).addDays(w.random.between(0, 20));
        if (due > w.calendar.today() || w.random.chance(0.2))
            continue;
        a.reviews.append({due, u"Bilan annuel : "_s + QString::number(w.random.between(3, 25)) +
                                   u" élèves accueillis en alternative à l'exclusion, "_s +
                                   QString::number(w.random.between(2, 15)) + u" parcours suivis."_s});
    }
    a.copies = 2;
    a.clauses = clausesFor(a.kind, {{u"duration"_s, durationText(3)},
                                    {u"town"_s, town.displayName},
                                    {u"association"_s, town.preventionName}});
    school.exclusionAgreement = w.dataset.agreements.size();
    w.dataset.agreements.append(a);
}

// `second`: the school's second host structure, whose agreement is in turn (by school) awaiting signature,
// signed, a draft, signed or terminated, so that even a one-school demo shows more than signed agreements.
void addResponsibilityAgreement(World& w, SchoolSite& school, TownSite& town, qsizetype hostIndex,
                                std::optional<qsizetype> second) {
    const HostSite& host = town.hosts[hostIndex];
    static constexpr AgreementStatus rotation[] = {AgreementStatus::AwaitingSignature,
                                                   AgreementStatus::Signed, AgreementStatus::Draft,
                                                   AgreementStatus::Signed, AgreementStatus::Terminated};
    const AgreementStatus status = second ? rotation[*second % 5] : AgreementStatus::Signed;
    const int years = w.random.chance(0.8) ? 3 : 1;
    QDate signedOn;
    if (status == AgreementStatus::Signed)
        signedOn = signedAgo(w, 200, years == 3 ? 900 : 300);
    if (status == AgreementStatus::Terminated)
        signedOn = signedAgo(w, 1500, 2200);
    Agreement a = makeAgreement(
        w, AgreementKind::ResponsibilityMeasures,
        u"Mesures de responsabilisation – "_s + school.name + u" et "_s + host.name,
        {{school.id, school.headId, u"school"_s}, {host.id, host.managerId, u"host"_s}}, status, signedOn);
    // "après accord du conseil d'administration de l'établissement" (seed 004)
    const QDate board = signedOn.isValid() ? signedOn.addDays(-w.random.between(10, 40))
                                           : w.calendar.today().addDays(-w.random.between(5, 30));
    a.deliberations.append(
        {u"Conseil d'administration du "_s + lowerFirst(school.name),
         u"CA "_s + QString::number(board.year()) + u'-' + QString::number(w.random.between(1, 30)), board});
    a.start = signedOn.isValid() ? signedOn : w.calendar.today().addDays(w.random.between(20, 60));
    a.durationYears = years;
    a.tacitRenewal = true;
    a.noticeMonths = 3;
    a.noticeAnchor = NoticeAnchor::SchoolYearStart;  // "trois mois précédant la rentrée scolaire"
    a.breachNoticeMonths = 1;
    a.copies = 2;
    a.clauses = clausesFor(a.kind, {{u"duration"_s, durationText(years)}});
    if (status == AgreementStatus::Signed && w.random.chance(0.1)) {
        const QDate amended = signedOn.addDays(w.random.between(120, 190));
        if (amended <= w.calendar.today()) {
            a.amendments.append(
                {1, amended,
                 u"Avenant n° 1 : l'accueil des élèves est étendu au samedi matin, de 9 h à 12 h."_s});
        }
    }
    if (status == AgreementStatus::Signed) {
        school.responsibilityAgreements << w.dataset.agreements.size();
        school.responsibilityHosts << hostIndex;
    }
    w.dataset.agreements.append(a);
}

void addWorkshopAgreement(World& w, TownSite& town, qsizetype schoolIndex) {
    const SchoolSite& school = w.schools[schoolIndex];
    const QDate start = w.calendar.yearStart().addDays(w.random.between(21, 35));
    const QDate signedOn = start.addDays(-w.random.between(5, 15));
    // Early in September the year's workshop is still being signed.
    const AgreementStatus status =
        signedOn <= w.calendar.today() ? AgreementStatus::Signed : AgreementStatus::AwaitingSignature;
    Agreement a = makeAgreement(w, AgreementKind::RemobilisationWorkshop,
                                u"Ateliers de remobilisation scolaire – "_s + school.name + u", "_s +
                                    town.socioculturalName + u" et "_s + town.displayName,
                                {{town.id, town.mayorId, u"town"_s},
                                 {school.id, school.headId, u"school"_s},
                                 {town.socioculturalId, town.socioculturalDirectorId, u"association"_s}},
                                status, signedOn);
    const QDate council = signedOn.addDays(-w.random.between(30, 60));
    a.deliberations.append(
        {u"Conseil municipal "_s + ofTown(town.town.name), deliberationNumber(w, council), council});
    a.start = start;
    a.end = w.calendar.workshopsEnd();
    a.breachNoticeMonths = 1;
    a.groupSize = GroupSize{7, 9};
    a.partnerNoticeHours = 48;
    a.copies = 3;
    a.clauses = clausesFor(a.kind, {{u"school"_s, lowerFirst(school.name)},
                                    {u"association"_s, town.socioculturalName},
                                    {u"groupMin"_s, u"7"_s},
                                    {u"groupMax"_s, u"9"_s},
                                    {u"noticeHours"_s, u"48"_s},
                                    {u"end"_s, SchoolCalendar::frenchDate(a.end)}});
    town.workshopAgreement = w.dataset.agreements.size();
    town.workshopSchool = schoolIndex;
    w.dataset.agreements.append(a);
}

void addTalkingGroupsAgreement(World& w, TownSite& town, qsizetype schoolIndex) {
    const SchoolSite& school = w.schools[schoolIndex];
    const QDate start = w.calendar.yearStart().addDays(w.random.between(25, 45));
    const QDate signedOn = start.addDays(-w.random.between(3, 10));
    const AgreementStatus status =
        signedOn <= w.calendar.today() ? AgreementStatus::Signed : AgreementStatus::AwaitingSignature;
    Agreement a =
        makeAgreement(w, AgreementKind::TalkingGroups,
                      u"Groupes de parole à l'atelier relais – "_s + school.name + u" et "_s + town.cmppName,
                      {{town.id, town.mayorId, u"town"_s},
                       {school.id, school.headId, u"school"_s},
                       {town.cmppId, town.cmppDirectorId, u"health-centre"_s}},
                      status, signedOn);
    // The council approves the agreement and authorises the mayor to sign it (seed 002).
    const QDate council = signedOn.addDays(-w.random.between(15, 40));
    a.deliberations.append(
        {u"Conseil municipal "_s + ofTown(town.town.name), deliberationNumber(w, council), council});
    a.start = start;
    a.end = QDate(w.calendar.startYear() + 1, 6, 30);
    a.copies = 3;
    a.clauses = clausesFor(a.kind, {{u"school"_s, lowerFirst(school.name)},
                                    {u"town"_s, town.displayName},
                                    {u"cmpp"_s, town.cmppName},
                                    {u"end"_s, SchoolCalendar::frenchDate(a.end)}});
    town.talkingAgreement = w.dataset.agreements.size();
    town.talkingSchool = schoolIndex;
    w.dataset.agreements.append(a);
}

void addGenericAgreement(World& w, const TownSite& town) {
    const AgreementStatus status =
        w.random.chance(0.5) ? AgreementStatus::Draft : AgreementStatus::AwaitingSignature;
    Agreement a = makeAgreement(
        w, AgreementKind::Generic,
        u"Mise à disposition de locaux – "_s + town.displayName + u" et "_s + town.preventionName,
        {{town.id, town.deputyId, u"town"_s},
         {town.preventionId, town.preventionDirectorId, u"association"_s}},
        status, {});
    a.start = w.calendar.today().addDays(w.random.between(15, 60));
    a.durationYears = 1;
    a.noticeMonths = 2;
    a.copies = 2;
    a.clauses = clausesFor(a.kind, {{u"duration"_s, durationText(1)},
                                    {u"town"_s, town.displayName},
                                    {u"association"_s, town.preventionName},
                                    {u"noticeMonths"_s, u"2"_s}});
    w.dataset.agreements.append(a);
}

}  // namespace

void addAgreements(World& w) {
    addAbsenteeismAgreement(w);
    for (qsizetype t = 0; t < w.towns.size(); ++t) {
        TownSite& town = w.towns[t];
        for (qsizetype k = 0; k < town.schools.size(); ++k) {
            SchoolSite& school = w.schools[town.schools[k]];
            addExclusionAgreement(w, town, school);
            // Two host structures per school, each with its own agreement; the first is always in force.
            const qsizetype firstHost = k % town.hosts.size();
            addResponsibilityAgreement(w, school, town, firstHost, std::nullopt);
            addResponsibilityAgreement(w, school, town, (firstHost + 1) % town.hosts.size(), town.schools[k]);
        }
        qsizetype college = -1;
        for (const qsizetype s : town.schools) {
            if (!w.schools[s].lycee) {
                college = s;
                break;
            }
        }
        if (college >= 0)
            addWorkshopAgreement(w, town, college);
        if (college >= 0 && !town.cmppId.isEmpty())
            addTalkingGroupsAgreement(w, town, college);
        if (t % 4 == 0)
            addGenericAgreement(w, town);
    }
}

}  // namespace passerelle::exchange::demo
