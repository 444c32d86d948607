#pragma once

// The free texts of the demo data: host structures and what students do there, objectives, transport,
// insurers, incident descriptions, attendance notes and the hosts' reports.

#include <QString>

#include <span>

namespace passerelle::exchange::demo {

// A kind of host structure (structure d'accueil) and what a responsibility measure does there.
struct HostTemplate {
    QString name;  // may hold {town} ("Ressourcerie {town}") or {ofTown} ("Épicerie solidaire {ofTown}")
    QString activities;  // "principales activités à réaliser" (seed 004)
    QString place;       // "lieu(x) d'exécution", followed by the address
    QString domain;      // the host's "domaine d'activité" (seed 004's measure document)
    QString legalName;  // its « raison sociale », with {town} or {ofTown}; empty when it has none of its own
};
std::span<const HostTemplate> hostTemplates();

std::span<const QString> responsibilityObjectives();
std::span<const QString> transports();
std::span<const QString> exclusionMissions();  // missions d'intérêt général (seed 001)
std::span<const QString> hostInsurers();
std::span<const QString> schoolInsurers();

std::span<const QString> absenceNotes();
std::span<const QString> excusedNotes();
std::span<const QString> incidentDescriptions(int incidentKind);  // by IncidentKind
std::span<const QString> reportBehaviours();
std::span<const QString> reportInvolvements();
std::span<const QString> reportTexts();

}  // namespace passerelle::exchange::demo
