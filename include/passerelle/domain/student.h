#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

struct LegalRepresentative {
    QString firstName;
    QString lastName;
    QString relation;  // mère, père, tuteur ...
    QString address;
    QString phone;
    QString email;
    QString civility;  // « M. », « Mme » or empty (SIECLE's LC_CIVILITE)
    QString siecleId;  // SIECLE's PERSONNE_ID, to find the same person on the next import; empty if typed

    QString fullName() const;
    friend bool operator==(const LegalRepresentative&, const LegalRepresentative&) = default;
};

struct StudentConsents {
    bool followUp = false;  // the family agrees to a follow-up by partners (seed 001, art. 2 and 4)
    bool image = false;     // the student may appear on camera (seed 000, art. 3.2)
    friend bool operator==(const StudentConsents&, const StudentConsents&) = default;
};

struct Student {
    QString id;
    QString firstName;
    QString lastName;  // the name used: SIECLE's NOM_USAGE when given, else NOM_DE_FAMILLE
    QDate birthDate;
    QString className;
    QString schoolId;
    QList<LegalRepresentative> legalRepresentatives;
    StudentConsents consents;
    // From SIECLE (issue 13), empty when the student was typed: the birth name when it differs from lastName
    // (NOM_DE_FAMILLE), the national student number (INE, ID_NATIONAL), SIECLE's ELEVE_ID, and the day the
    // student left the school (DATE_SORTIE; a leaver stays, with this date).
    QString familyName;
    QString ine;
    QString siecleId;
    QDate leftOn;
    int revision = 0;

    QString fullName() const;
    // Age in whole years on the given date; nothing when the birth date is unknown.
    std::optional<int> ageOn(const QDate& date) const;
    friend bool operator==(const Student&, const Student&) = default;
};

}  // namespace passerelle
