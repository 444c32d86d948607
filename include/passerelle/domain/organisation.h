#pragma once

#include "passerelle/domain/enums.h"
#include "passerelle/domain/time_slot.h"

#include <QString>

namespace passerelle {

// A town, school, association, host structure, state service or health centre that can be party to an
// agreement.
struct Organisation {
    QString id;
    OrganisationKind kind = OrganisationKind::Other;
    QString name;
    QString activityDomain;  // hosts: « Restauration collective », printed in the measure document (seed 004)
    QString uai;             // schools only: 7 digits and a letter (Unité administrative immatriculée)
    QString address;
    QString phone;
    QString email;
    TimeSlots teachingHours;  // schools only: the weekly teaching timetable measures must avoid
    // The « raison sociale » when it differs from the usual name: « Association Loisirs Culture Enfance
    // Jeunesse » for the ALCEJ; printed after the name in an agreement's parties (seed 004). Empty when none.
    QString legalName;
    int revision = 0;  // storage's optimistic-lock counter; 0 for a record never saved

    bool isSchool() const { return kind == OrganisationKind::School; }
    friend bool operator==(const Organisation&, const Organisation&) = default;
};

// True for a well-formed UAI: seven digits followed by one letter (checksum letters are not verified).
bool isWellFormedUai(const QString& uai);

}  // namespace passerelle
