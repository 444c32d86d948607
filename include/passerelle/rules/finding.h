#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace passerelle::rules {

enum class Severity { Error, Warning, Info };

// "error", "warning", "info": the keys of the CLI's JSON output.
QString key(Severity severity);
std::optional<Severity> parseSeverity(const QString& key);

// One thing a rule found wrong (or worth knowing) about one record.
struct Finding {
    QString rule;  // a rules::id constant, e.g. "RESP-DAILY-HOURS"
    Severity severity = Severity::Error;
    QString entity;     // the exchange collection in the singular: "measure", "agreement", "group"
    QString id;         // the record's id
    QString field;      // the exchange key concerned, dotted for nested ones: "insurances.host.contract",
                        // "student.legalRepresentatives" (a key of the referenced record)
    QString message;    // French, with the figures, for the CPE
    QString reference;  // the legal text or the agreement clause the rule comes from
    QDate date;         // deadlines only: the day that matters; invalid otherwise

    friend bool operator==(const Finding&, const Finding&) = default;
};

using Findings = QList<Finding>;

bool hasErrors(const Findings& findings);

}  // namespace passerelle::rules
