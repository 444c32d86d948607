#include "record_lines.h"

#include <QStringList>

namespace passerelle::cli {
namespace {

QString line(const QStringList& fields) {
    return fields.join(QLatin1Char('\t'));
}
QString isoDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

}  // namespace

QString recordLine(const Organisation& r) {
    return line({r.id, key(r.kind), r.name, r.uai});
}
QString recordLine(const Person& r) {
    return line({r.id, r.lastName, r.firstName, r.role, r.organisationId});
}
QString recordLine(const Student& r) {
    return line({r.id, r.lastName, r.firstName, r.className, isoDate(r.birthDate), r.schoolId});
}
QString recordLine(const Agreement& r) {
    return line({r.id, key(r.kind), key(r.status), isoDate(r.start), isoDate(r.effectiveEnd()), r.title});
}
QString recordLine(const Measure& r) {
    return line({r.id, key(r.kind), key(r.status), isoDate(r.start), isoDate(r.end), r.studentId, r.hostId});
}
QString recordLine(const GroupActivity& r) {
    return line({r.id, key(r.kind), key(r.audience), key(r.recurrence), r.title});
}

}  // namespace passerelle::cli
