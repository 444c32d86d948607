#pragma once

#include "passerelle/domain/enums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

// One organisation bound by the agreement, the person who signs for it and the role it plays.
struct Party {
    QString organisationId;
    QString representativeId;  // a Person of that organisation
    QString role;              // free text: school, host, town, association ...
    // How the text names the party afterwards: « Ci-après dénommée « la Ville » » (seed 001). Empty: none.
    QString designation;
    // The authority the representative signs under, when not their own: « agissant au nom et pour le compte
    // de ladite Ville en exécution de la délibération ... et en vertu de l'arrêté du Maire ... » (seed 001).
    QString delegation;
    // The mention above the signature when someone signs for another: « P. le Maire de Rouen » (seed 001).
    QString signatureMention;
    friend bool operator==(const Party&, const Party&) = default;
};

// A council's approval: "délibération du Conseil municipal n° 2023-14 du 22 mars 2023".
struct Deliberation {
    QString body;
    QString number;
    QDate date;
    // The prefecture's control (seed 002): « reçu en préfecture le », « transmis en préfecture le », and the
    // day it was « publié par voie d'affichage ». Invalid while not known: the deliberation prints a blank.
    QDate receivedAt;
    QDate transmittedAt;
    QDate publishedOn;
    friend bool operator==(const Deliberation&, const Deliberation&) = default;
};

struct Review {
    QDate date;
    QString notes;
    friend bool operator==(const Review&, const Review&) = default;
};

struct GroupSize {
    int min = 0;
    int max = 0;
    friend bool operator==(const GroupSize&, const GroupSize&) = default;
};

struct PartySignature {
    QString organisationId;
    QDate signedOn;  // invalid while the party has not signed
    SignatureMethod method = SignatureMethod::Paper;
    friend bool operator==(const PartySignature&, const PartySignature&) = default;
};

// A numbered article. Clauses start as a copy of the kind's template, then belong to the agreement.
struct Clause {
    int number = 0;
    QString title;
    QString text;
    friend bool operator==(const Clause&, const Clause&) = default;
};

// One local resource of the annex (seed 003: « annexe : les ressources locales »): a service the partners
// can direct a family to.
struct Resource {
    QString name;      // « Maison des adolescents »
    QString kind;      // « Santé », « Aide à la parentalité » ...
    QString audience;  // « Jeunes de 11 à 21 ans et leurs familles »
    QString contact;   // a person or a desk
    QString phone;
    QString email;
    friend bool operator==(const Resource&, const Resource&) = default;
};

// An avenant: a signed change to the agreement.
struct Amendment {
    int number = 0;
    QDate signedOn;
    QString text;
    friend bool operator==(const Amendment&, const Amendment&) = default;
};

// A deadline of the agreement (DEADLINE-DENOUNCE, DEADLINE-EXPIRY or DEADLINE-REVIEW) the school has dealt
// with: it leaves the dashboard and the deadline list's default view. It is named by its rule and its date,
// not by its rule alone, so that the next one (next year's last day to denounce, after a renewal) still
// shows.
struct HandledDeadline {
    QString rule;  // the deadline's rule id ("DEADLINE-DENOUNCE" ...)
    QDate due;     // the deadline's date
    QDate on;      // the day it was handled
    QString note;  // what was done: « reconduction décidée en conseil d'administration »
    friend bool operator==(const HandledDeadline&, const HandledDeadline&) = default;
};

struct Agreement {
    QString id;
    AgreementKind kind = AgreementKind::Generic;
    QString title;
    QList<Party> parties;
    QList<Deliberation> deliberations;
    QDate signedOn;
    QDate start;
    QDate end;                         // a fixed end (seed 000) ...
    std::optional<int> durationYears;  // ... or a duration from the start (seeds 001, 003, 004)
    bool tacitRenewal = false;
    std::optional<int> noticeMonths;  // préavis for a denunciation
    NoticeAnchor noticeAnchor = NoticeAnchor::Notification;
    std::optional<int> breachNoticeMonths;  // delay after an unanswered formal notice (mise en demeure)
    std::optional<int> reviewEveryMonths;   // periodic review meeting (seed 001: at least once a year)
    QList<Review> reviews;
    std::optional<GroupSize> groupSize;     // seed 000: 7 to 9 students
    std::optional<int> partnerNoticeHours;  // a partner cancelling warns this long before (seed 000: 48 h)
    std::optional<int> copies;              // "fait en N exemplaires"
    AgreementStatus status = AgreementStatus::Draft;
    QList<PartySignature> signatures;
    QList<Clause> clauses;
    QList<Amendment> amendments;
    QList<HandledDeadline> handledDeadlines;
    QList<Resource> resources;  // the annex of local resources (seed 003); empty: no annex
    int revision = 0;

    // The last day the agreement runs in its current period: `end`, or start + duration - 1 day.
    QDate effectiveEnd() const;
    const Party* partyFor(const QString& organisationId) const;
    bool isParty(const QString& organisationId) const { return partyFor(organisationId) != nullptr; }
    // The mark of the deadline of `rule` due on `due`, or nullptr while it is not handled.
    const HandledDeadline* handled(const QString& rule, const QDate& due) const;
    friend bool operator==(const Agreement&, const Agreement&) = default;
};

}  // namespace passerelle
