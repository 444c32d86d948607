#pragma once

// Internals of the SIECLE reader: one XML element read as a small record.

#include <QHash>
#include <QList>
#include <QString>

class QXmlStreamReader;

namespace passerelle::exchange::siecle {

// An element with its attributes and the text of its leaf children as values (the last one wins), and its
// children that have children of their own (a STRUCTURE inside STRUCTURES_ELEVE) as records.
struct XmlRecord {
    QString name;
    int line = 0;
    QString text;
    QHash<QString, QString> values;
    QHash<QString, int> lines;  // where each value was
    QList<XmlRecord> children;

    QString value(const QString& key) const { return values.value(key).trimmed(); }
    int lineOf(const QString& key) const { return lines.value(key, line); }
};

// Reads the element the reader stands on (a StartElement) up to its end. False, with the reader's error
// raised, when it nests too deep, holds too many children or too long a text, or is not well-formed.
bool readRecord(QXmlStreamReader& xml, XmlRecord& record, int depth = 0);

}  // namespace passerelle::exchange::siecle
