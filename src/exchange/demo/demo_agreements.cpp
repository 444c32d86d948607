// Step 3 of the demo: agreements of every kind, modelled on the seeds: absenteeism prevention for the
// département (seed 003), per school an exclusion alternative with its town (seed 001) and responsibility
// measures with host structures (seed 004), per town remobilisation workshops (seed 000), talking groups with
// a CMPP (seed 002) and a few generic ones. Most are signed; some await signature, are drafts or terminated.
// Parties carry the designations of their seed (« la Ville », « l'établissement scolaire »), the town of seed
// 001 its deputy's delegation, councils' deliberations their prefecture dates, and the département's
// agreement its annex of local resources (seed 003). These details draw nothing from the random source, so
// the rest of the demo is the same as without them.
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
    QString designation;  // « la Ville »: how the text names the party afterwards
};

const QString theTown = u"la Ville"_s;                    // seeds 001 and 002
const QString theSchool = u"l'établissement scolaire"_s;  // seed 001
const QString theAssociation = u"l'association"_s;

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
        a.parties.append({party.organisationId, party.representativeId, party.role, party.designation});
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

// A council's deliberation as the prefecture's control stamps it (seed 002): transmitted two to four days
// after the sitting, received the same day or the next, posted up two days later. Dates still to come are
// left blank, as on a deliberation not yet back. Derived from the sitting's date: no random draw.
Deliberation councilDeliberation(World& w, const QString& body, const QString& number, const QDate& date) {
    Deliberation d{body, number, date};
    const int spread = date.day() % 3;
    const QDate today = w.calendar.today();
    const auto known = [&](const QDate& day) { return day <= today ? day : QDate(); };
    d.transmittedAt = known(date.addDays(2 + spread));
    d.receivedAt = known(date.addDays(2 + spread + date.day() % 2));
    d.publishedOn = known(date.addDays(4 + spread));
    return d;
}

const Person* findPerson(const World& w, const QString& id) {
    for (const Person& person : w.dataset.people) {
        if (person.id == id)
            return &person;
    }
    return nullptr;
}

// The local resources of the département's annex (seed 003, « état des lieux des ressources mobilisables
// pour les parents et pour les jeunes »): fixed, plausible services of the Val-de-Marne.
QList<Resource> absenteeismResources() {
    return {
        {u"Maison des adolescents du Val-de-Marne"_s, u"Santé, écoute"_s,
         u"Jeunes de 11 à 21 ans et leurs familles"_s, u"Accueil sans rendez-vous"_s, u"01 43 96 12 40"_s,
         u"accueil@mda94.fr"_s},
        {u"Point accueil écoute jeunes (PAEJ)"_s,
         u"Prévention, écoute"_s,
         u"Jeunes de 12 à 25 ans"_s,
         u"Éducateur de permanence"_s,
         u"01 48 53 27 10"_s,
         {}},
        {u"Réseau d'écoute, d'appui et d'accompagnement des parents (REAAP)"_s, u"Aide à la parentalité"_s,
         u"Parents d'enfants et d'adolescents"_s, u"Coordination départementale, CAF"_s, u"01 45 13 62 00"_s,
         u"reaap94@caf.fr"_s},
        {u"Centre médico-psycho-pédagogique (CMPP)"_s,
         u"Soins psychologiques"_s,
         u"Enfants et adolescents jusqu'à 20 ans"_s,
         u"Secrétariat"_s,
         u"01 46 70 31 55"_s,
         {}},
        {u"Mission de lutte contre le décrochage scolaire (MLDS)"_s, u"Raccrochage scolaire"_s,
         u"Élèves de 16 ans et plus sans solution"_s, u"Coordonnateur MLDS, DSDEN"_s, u"01 45 17 60 84"_s,
         u"ce.mlds94@ac-creteil.fr"_s},
        {u"Service social en faveur des élèves"_s, u"Service social"_s,
         u"Élèves des collèges et lycées publics et leurs familles"_s,
         u"Conseillère technique de service social, DSDEN"_s, u"01 45 17 61 20"_s,
         u"ce.social94@ac-creteil.fr"_s},
    };
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
    // « Ci-après dénommée « DSDEN » », « DTPJJ », « Caf »; the prefect and the département are named in full.
    const QStringList designations{u"DSDEN"_s, {}, u"DTPJJ"_s, {}, u"Caf"_s};
    for (qsizetype i = 0; i < w.state.ids.size(); ++i) {
        parties.append({w.state.ids[i], w.state.representativeIds[i], roles[i], designations[i]});
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
    a.resources = absenteeismResources();
    w.dataset.agreements.append(a);
}

void addExclusionAgreement(World& w, TownSite& town, SchoolSite& school) {
    const QDate signedOn = signedAgo(w, 200, 900);
    Agreement a = makeAgreement(
        w, AgreementKind::ExclusionAlternative,
        u"Persévérance éducative et alternatives à l'exclusion scolaire – "_s + town.displayName + u" et "_s +
            lowerFirst(school.name),
        {{town.id, town.deputyId, u"town"_s, theTown}, {school.id, school.headId, u"school"_s, theSchool}},
        AgreementStatus::Signed, signedOn);
    const QDate council = signedOn.addDays(-w.random.between(20, 60));
    a.deliberations.append(councilDeliberation(w, u"Conseil municipal "_s + ofTown(town.town.name),
                                               deliberationNumber(w, council), council));
    // The deputy signs for the mayor (seed 001): under the council's deliberation and the mayor's arrêté
    // of delegation, four weeks before the sitting.
    const Person* mayor = findPerson(w, town.mayorId);
    const bool madame = mayor && isFeminine(mayor->civility);
    const QString theMayor = madame ? u"la Maire"_s : u"le Maire"_s;
    a.parties[0].delegation =
        u"agissant au nom et pour le compte de ladite Ville en exécution de la délibération du Conseil "
        "municipal en date du "_s +
        SchoolCalendar::frenchDate(council) + u", et en vertu de l'arrêté de "_s +
        (madame ? u"Madame "_s : u"Monsieur "_s) + theMayor + u" en date du "_s +
        SchoolCalendar::frenchDate(council.addDays(-28));
    a.parties[0].signatureMention = u"P. "_s + theMayor + u' ' + ofTown(town.town.name);
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
    Agreement a = makeAgreement(w, AgreementKind::ResponsibilityMeasures,
                                u"Mesures de responsabilisation – "_s + school.name + u" et "_s + host.name,
                                // « l'établissement » and « la structure d'accueil », as seed 004 calls them.
                                {{school.id, school.headId, u"school"_s, u"l'établissement"_s},
                                 {host.id, host.managerId, u"host"_s, u"la structure d'accueil"_s}},
                                status, signedOn);
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
    Agreement a = makeAgreement(
        w, AgreementKind::RemobilisationWorkshop,
        u"Ateliers de remobilisation scolaire – "_s + school.name + u", "_s + town.socioculturalName +
            u" et "_s + town.displayName,
        {{town.id, town.mayorId, u"town"_s, u"la Commune"_s},
         {school.id, school.headId, u"school"_s, u"le Collège"_s},
         {town.socioculturalId, town.socioculturalDirectorId, u"association"_s, theAssociation}},
        status, signedOn);
    const QDate council = signedOn.addDays(-w.random.between(30, 60));
    a.deliberations.append(councilDeliberation(w, u"Conseil municipal "_s + ofTown(town.town.name),
                                               deliberationNumber(w, council), council));
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
                      {{town.id, town.mayorId, u"town"_s, theTown},
                       {school.id, school.headId, u"school"_s, theSchool},
                       {town.cmppId, town.cmppDirectorId, u"health-centre"_s, u"le CMPP"_s}},
                      status, signedOn);
    // The council approves the agreement and authorises the mayor to sign it (seed 002).
    const QDate council = signedOn.addDays(-w.random.between(15, 40));
    a.deliberations.append(councilDeliberation(w, u"Conseil municipal "_s + ofTown(town.town.name),
                                               deliberationNumber(w, council), council));
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
        {{town.id, town.deputyId, u"town"_s, theTown},
         {town.preventionId, town.preventionDirectorId, u"association"_s, theAssociation}},
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
