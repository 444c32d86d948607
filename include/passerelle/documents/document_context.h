#pragma once

// What a document is made from: the record plus every record it refers to, resolved by the caller (storage or
// the CLI) so that the documents layer never looks anything up. An empty field prints as a blank to fill in.

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/group_activity.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/person.h"
#include "passerelle/domain/student.h"

#include <QDate>
#include <QList>
#include <QString>

namespace passerelle::documents {

// One party of an agreement: the organisation, the person who signs for it and in what quality.
struct PartyDetails {
    Organisation organisation;
    Person representative;  // Person::role is the quality printed: « en sa qualité de ... »
    QString designation;    // optional « ci-après dénommée ... » (seed 001: « la Ville »)
    QString delegation;     // optional « agissant au nom et pour le compte de ... » (seed 001)
    QString
        signatureMention;  // optional, replaces « Pour ... » above the signature: « P. le Maire de Rouen »
};

struct AgreementContext {
    Agreement agreement;
    QList<PartyDetails> parties;  // in the order of Agreement::parties
    QString place;                // « Fait à ... »
    QDate date;                   // « le ... »; invalid prints a blank to fill in by hand
};

// A measure (responsibility measure or exclusion alternative) and everything its documents print.
struct MeasureContext {
    Measure measure;
    Student student;
    Organisation school;
    Person headOfSchool;        // chef d'établissement
    Organisation host;          // structure d'accueil; its activityDomain is the « Domaine d'activité »
    Person hostManager;         // responsable de la structure d'accueil, who signs
    Person hostTutor;           // personne en charge de l'accueil (tuteur de mission)
    Person schoolFollower;      // membre du personnel qui suit la mesure (often the CPE)
    Organisation youthService;  // exclusion alternative: the town's service Jeunesse
    Person youthServiceRepresentative;  // who signs the commitment contract for it
    QString place;
    QDate date;   // the « Fait à ..., le ... » date; invalid prints a blank to fill in by hand
    QDate today;  // the day the document is made: once the measure has ended before it, the documents
                  // print the hours done (issue 11); invalid prints none, as nothing is known to be final
};

// One session of a workshop or talking group, for its attendance sheet.
struct GroupSessionContext {
    GroupActivity group;
    GroupSession session;
    QString agreementTitle;
    QString location;             // where the session takes place
    QList<Student> participants;  // in the order they are printed
    QList<Person> facilitators;   // the adults running the session, who sign too
};

// A registered letter about an agreement, from one party to the others.
struct LetterContext {
    Agreement agreement;
    PartyDetails sender;
    QList<PartyDetails> recipients;
    QString place;
    QDate sentOn;
};

// Mise en demeure: the breaches, and the date the rules module computed on which the agreement ends by right
// if the letter stays unanswered (seed 004: one month after sending).
struct FormalNoticeContext {
    LetterContext letter;
    QString breaches;
    QDate terminationDate;
};

// Dénonciation: the date the rules module computed on which the agreement stops (notice and anchor applied).
struct TerminationNoticeContext {
    LetterContext letter;
    QString reason;
    QDate effectiveOn;
};

}  // namespace passerelle::documents
