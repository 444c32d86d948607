#pragma once

// Name pools for the demo data: French first and last names (accents and ligatures included: Hélène, Lætitia,
// Cœur), the towns of the Val-de-Marne, streets, schools' patrons, associations. Each name keeps its ASCII
// form, computed once, for e-mail addresses.

#include <QString>

#include <span>

namespace passerelle::exchange::demo {

struct Name {
    QString text;   // "Hélène"
    QString ascii;  // "helene": lower case, no accents, ligatures spelt out, no spaces or apostrophes
};

struct Town {
    QString name;      // "L'Haÿ-les-Roses"
    QString postcode;  // "94240"
    QString ascii;     // "lhay-les-roses"
};

// "Hélène" -> "helene", "Cœur" -> "coeur", "Le Gall" -> "legall"
QString asciiFold(const QString& text);
// "de Choisy-le-Roi", "d'Ivry-sur-Seine", "du Kremlin-Bicêtre", "des Lilas"
QString ofTown(const QString& town);

std::span<const Name> femaleFirstNames();
std::span<const Name> maleFirstNames();
std::span<const Name> lastNames();
std::span<const Town> valDeMarneTowns();
std::span<const QString> streets();
// Patrons for schools' names: "Henri Matisse", "Molière", "Simone Veil" ...
std::span<const QString> collegePatrons();
std::span<const QString> lyceePatrons();

struct AssociationName {
    QString acronym;   // "ALCEJ"
    QString longName;  // "Association loisirs culture enfance jeunesse"
};
std::span<const AssociationName> socioculturalAssociations();  // like the ALCEJ of seed 000
std::span<const AssociationName> preventionAssociations();     // like the APRE of seed 001

std::span<const QString> emailProviders();

}  // namespace passerelle::exchange::demo
