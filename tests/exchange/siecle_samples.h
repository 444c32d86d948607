#pragma once

// SIECLE exports written by hand in the real structure (issue 13), as the tests of the reader, the plan and
// the CLI need them.

#include <QByteArray>
#include <QString>

namespace passerelle::test {

// The text in ISO-8859-15 bytes (Œ, œ, € and the few letters where it differs from Latin-1).
QByteArray latin9(const QString& text);

// ElevesSansAdresses.xml of the collège 0941234A, in ISO-8859-15: four students of 3A, 3B and 4C (one with a
// group G beside its class D, one with a usage name, one who left on 15/01/2027).
QByteArray elevesXml();
// ResponsablesAvecAdresses.xml to match: the mother (level 1) and the grandmother (level 3) of 1001, the
// father of 1002, and a representative linked to the unknown student 9999.
QByteArray responsablesXml();

// A zip archive holding one file of that name and content (libzip); empty on failure.
QByteArray zipOf(const QString& entryName, const QByteArray& content);

}  // namespace passerelle::test
