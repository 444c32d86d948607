#pragma once

// Every figure the rules enforce, in one place, each with the text it comes from. docs/rules.md explains them
// for a CPE. Figures that a school or an agreement may change (the school-year start, the horizons of the
// deadline list, an agreement's own notice) are defaults here and live in RuleSettings or in the agreement.

namespace passerelle::rules::limits {

// Code de l'éducation, art. R. 511-13, II: a responsibility measure "ne peut excéder vingt heures".
inline constexpr int kMaxResponsibilityMinutes = 20 * 60;

// Arrêté du 30 novembre 2011, convention type annexée, art. 2: "ne peut excéder trois heures par jour".
inline constexpr int kMaxResponsibilityMinutesPerDay = 3 * 60;

// Same article: "ni requérir la présence de l'élève plus de quatre jours par semaine".
inline constexpr int kMaxResponsibilityDaysPerWeek = 4;

// Code de l'éducation, art. R. 511-13, I: a temporary exclusion "ne peut excéder huit jours"; the exclusion
// an alternative replaces is therefore 1 to 8 days (seed 001, art. 3: "8 jours maximum").
inline constexpr int kMinExclusionDays = 1;
inline constexpr int kMaxExclusionDays = 8;

// Code civil, art. 414: "La majorité est fixée à dix-huit ans accomplis".
inline constexpr int kAgeOfMajority = 18;

// Seed 000, art. 3.1: partners warn each other "à minima 48h avant l'intervention"; used when an agreement
// does not set its own partnerNoticeHours.
inline constexpr int kDefaultPartnerNoticeHours = 48;

// Convention type, art. 6 and 7: the host informs the head of school "sans délai" of any accident or
// incident. "Without delay" is read as within 24 hours of the incident.
inline constexpr int kMaxIncidentNotificationHours = 24;

// Convention type, art. 9: a denunciation respects "un délai de trois mois précédant la rentrée scolaire";
// used when an agreement does not set its own noticeMonths.
inline constexpr int kDefaultNoticeMonths = 3;

// Convention type, art. 9, and seed 000, art. 6: termination by right "à l'expiration d'un délai d'un mois
// suivant l'envoi d'une lettre recommandée ... valant mise en demeure"; used when breachNoticeMonths is
// unset.
inline constexpr int kDefaultBreachNoticeMonths = 1;

// The rentrée scolaire: 1 September by default (a setting: overseas académies start earlier).
inline constexpr int kDefaultSchoolYearStartMonth = 9;
inline constexpr int kDefaultSchoolYearStartDay = 1;

// Deadlines (issue 3): listed when they fall within 90 days, a warning from 30 days on (30 days away is a
// warning, 31 days away is information).
inline constexpr int kDefaultDeadlineHorizonDays = 90;
inline constexpr int kDefaultDeadlineWarningDays = 30;

}  // namespace passerelle::rules::limits
