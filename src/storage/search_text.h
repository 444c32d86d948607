#pragma once

// How text is prepared for the search index and for sorting, the same way for stored text and for what the
// user types: that symmetry is what makes "coeur" find "Cœur".

#include <QString>
#include <QStringList>

namespace passerelle::storage {

// Folds what the FTS tokenizer does not: compatibility forms (NFKC: "ﬁ" -> "fi") and the ligatures a French
// keyboard produces (œ -> oe, æ -> ae) plus ß -> ss. Case and accents are left to the tokenizer.
QString foldForSearch(const QString& text);

// The text indexed for a record: its parts, folded, separated by spaces.
QString searchDocument(const QStringList& parts);

// The words of a user's query, folded and split where the tokenizer splits (anything not a letter, digit or
// mark): "Hélène-Marie (O'Brien)" -> ["Hélène", "Marie", "O", "Brien"]. Syntax characters never survive.
QStringList searchWords(const QString& query);

// A key that sorts names the way a French reader expects: case, accents and ligatures ignored
// ("Élodie" between "Eloïse" and "Emma", not after "Zoé").
QString sortKey(const QString& text);

// What each aggregate's search text is made of (docs/data-model.md, "Search index"). Shared by the
// repositories, the import and the migration that builds the index.
// An organisation's legal name (version 7) is found too; the migration that built the index had none.
QString organisationSearchDocument(const QString& name, const QString& address, const QString& uai,
                                   const QString& legalName = {});
QString personSearchDocument(const QString& firstName, const QString& lastName, const QString& role);
QString studentSearchDocument(const QString& firstName, const QString& lastName, const QString& className);
QString agreementSearchDocument(const QString& title);
// A measure is found by its student's name as well as by its own text.
QString measureSearchDocument(const QString& studentFirstName, const QString& studentLastName,
                              const QString& objectives, const QString& activities, const QString& places);
QString groupSearchDocument(const QString& title);

}  // namespace passerelle::storage
