#pragma once

// The agreement in gender and the articles French needs when a document names an organisation or a person
// (issue 12): « La Ville de Rouen, représentée par Madame … », « Le Collège Henri Matisse, représenté par …
// », « en sa qualité d'Adjointe », « Pour la Ville de Rouen », « Monsieur le Maire », « tutrice légale ». The
// participle agrees with the organisation, as in the seeds; the quality and the address follow the person's
// civility (Person::civility, « M. » or « Mme »). What cannot be known prints the neutral form («
// représenté(e) »), for the reader to correct by hand, rather than a wrong one.

#include "passerelle/domain/organisation.h"

#include <QString>

namespace passerelle::documents {

enum class Gender { Masculine, Feminine, Unknown };

// From the name's first noun (« Ville », « Commune », « Collège », « Caisse » …), else from its legal name's
// (the CSC's « Centre socioculturel »), else from its kind (a town is « la commune », a school «
// l'établissement », an association « l'association »).
Gender organisationGender(const Organisation& organisation);

// « du Conseil municipal de Rouen », « de la Commission permanente », « de l'Assemblée »: « de » and the name
// with its article, contracted.
QString ofName(const QString& name, Gender gender);

// « la Ville de Rouen », « le Collège Henri Matisse », « l'ALCEJ »; a name that starts with its own article
// (« La Maison des adolescents ») keeps it, in lower case. Unknown gender and no article: the name alone.
QString withArticle(const QString& name, Gender gender);
// The same, capitalised to open a sentence or a paragraph: « La Ville de Rouen ».
QString withArticleCapitalised(const QString& name, Gender gender);

// « représenté », « représentée », « représenté(e) » from the masculine form.
QString agreed(const QString& masculine, Gender gender);

// True when the word elides what comes before it: « l'ALCEJ », « d'Ivry » (an h is left alone).
bool startsWithVowel(const QString& word);

// « Madame », « Monsieur », or empty.
QString civilityWord(const QString& civility);
// « Madame Elizabeth Labaye », or the name alone without a civility.
QString withCivility(const QString& civility, const QString& fullName);

// A form's « Mme Cécile Ancher », « M. Jean Dupré »: the civility as written, or the name alone.
QString withCivilityAbbreviation(const QString& civility, const QString& fullName);

// « de » before a word: « de Maire », « d'Adjointe au Maire », « d'Inspecteur ».
QString ofWord(const QString& word);

// How a letter addresses a person: « Monsieur le Maire », « Madame la Principale », « Madame l'Adjointe au
// Maire »; « Madame, Monsieur » when the civility is not known.
QString salutation(const QString& civility, const QString& role);

// A legal representative's relation in the gender of their civility: « tuteur » → « tutrice » for « Mme ».
QString relationFor(const QString& civility, const QString& relation);

}  // namespace passerelle::documents
