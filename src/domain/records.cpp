// Small behaviours of the record types; each is too short to deserve a file of its own.
#include "passerelle/domain/agreement.h"
#include "passerelle/domain/dataset.h"
#include "passerelle/domain/input_limits.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/person.h"
#include "passerelle/domain/student.h"

#include <QRegularExpression>

#include <algorithm>

namespace passerelle {
namespace {

QString joinNames(const QString& first, const QString& last) {
    if (first.isEmpty())
        return last;
    if (last.isEmpty())
        return first;
    return first + QLatin1Char(' ') + last;
}

}  // namespace

bool isWellFormedUai(const QString& uai) {
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{7}[A-Za-z]$"));
    return pattern.match(uai).hasMatch();
}

bool isKnownCivility(const QString& civility) {
    return civility.isEmpty() || civility == QStringLiteral("M.") || civility == QStringLiteral("Mme");
}

QString Person::fullName() const {
    return joinNames(firstName, lastName);
}
QString LegalRepresentative::fullName() const {
    return joinNames(firstName, lastName);
}
QString Student::fullName() const {
    return joinNames(firstName, lastName);
}

std::optional<int> Student::ageOn(const QDate& date) const {
    if (!birthDate.isValid() || !date.isValid())
        return std::nullopt;
    int age = date.year() - birthDate.year();
    // Not yet had this year's birthday (a 29 February birthday counts from 1 March in non-leap years).
    if (date.month() < birthDate.month() ||
        (date.month() == birthDate.month() && date.day() < birthDate.day())) {
        --age;
    }
    return age;
}

QDate Agreement::effectiveEnd() const {
    if (end.isValid())
        return end;
    const QDate from = start.isValid() ? start : signedOn;
    // Held to the format's bound (input_limits.h): a stored 2,147,483,647 years would overflow the year.
    if (durationYears && from.isValid())
        return from.addYears(std::clamp(*durationYears, input::kDurationYears.min, input::kDurationYears.max))
            .addDays(-1);
    return {};
}

const Party* Agreement::partyFor(const QString& organisationId) const {
    for (const Party& party : parties) {
        if (party.organisationId == organisationId)
            return &party;
    }
    return nullptr;
}

const HandledDeadline* Agreement::handled(const QString& rule, const QDate& due) const {
    for (const HandledDeadline& mark : handledDeadlines) {
        if (mark.rule == rule && mark.due == due)
            return &mark;
    }
    return nullptr;
}

bool Measure::isSignedBy(SignatureRole role) const {
    for (const RoleSignature& signature : signatures) {
        if (signature.role == role && signature.signedOn.isValid())
            return true;
    }
    return false;
}

QList<QDate> Measure::expectedDates() const {
    QList<QDate> dates;
    if (!start.isValid() || !end.isValid() || end < start)
        return dates;
    for (QDate day = start; day <= end; day = day.addDays(1)) {
        const auto weekday = weekdayFromQt(day.dayOfWeek());
        if (weekday && minutesOn(slots, *weekday) > 0)
            dates << day;
    }
    return dates;
}

qsizetype Dataset::recordCount() const {
    return organisations.size() + people.size() + students.size() + agreements.size() + measures.size() +
           groups.size();
}

DatasetIndex::DatasetIndex(const Dataset& dataset) {
    for (const auto& record : dataset.organisations)
        m_organisations.insert(record.id, &record);
    for (const auto& record : dataset.people)
        m_people.insert(record.id, &record);
    for (const auto& record : dataset.students)
        m_students.insert(record.id, &record);
    for (const auto& record : dataset.agreements)
        m_agreements.insert(record.id, &record);
}

}  // namespace passerelle
