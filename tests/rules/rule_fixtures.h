#pragma once

// A clean responsibility measure with every record it refers to: each test breaks one thing and expects one
// rule.

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/student.h"
#include "passerelle/rules/checks.h"

#include <QStringList>

#include <ostream>

// Readable dates in GoogleTest's failure messages (QDate lives in the global namespace).
inline void PrintTo(const QDate& date, std::ostream* out) {
    *out << (date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string("(invalid date)"));
}

namespace passerelle::test {

struct MeasureWorld {
    Organisation school;
    Organisation host;
    Student student;
    Agreement agreement;
    Measure measure;

    MeasureWorld();
    rules::MeasureContext context() const { return {&student, &school, &host, &agreement}; }
    rules::Findings check(const QDate& today) const;
};

// The rule ids of the findings, in order.
QStringList ruleIds(const rules::Findings& findings);

// The findings of one rule.
rules::Findings withRule(const rules::Findings& findings, const QString& rule);

// A Monday, after fixedToday() (Tuesday 24 November 2026): the clean measure runs two weeks from it.
inline QDate measureStart() {
    return QDate(2026, 11, 30);
}

}  // namespace passerelle::test
