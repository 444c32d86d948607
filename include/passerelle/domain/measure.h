#pragma once

#include "passerelle/domain/enums.h"
#include "passerelle/domain/time_slot.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

struct MeasureConsents {
    bool student = false;
    bool representative = false;
    friend bool operator==(const MeasureConsents&, const MeasureConsents&) = default;
};

struct Insurance {
    QString insurer;
    QString contract;
    bool isComplete() const { return !insurer.trimmed().isEmpty() && !contract.trimmed().isEmpty(); }
    friend bool operator==(const Insurance&, const Insurance&) = default;
};

struct Insurances {
    Insurance school;
    Insurance host;
    friend bool operator==(const Insurances&, const Insurances&) = default;
};

struct RoleSignature {
    SignatureRole role = SignatureRole::HeadOfSchool;
    QDate signedOn;  // invalid while that signatory has not signed
    SignatureMethod method = SignatureMethod::Paper;
    friend bool operator==(const RoleSignature&, const RoleSignature&) = default;
};

struct AttendanceEntry {
    QDate date;
    AttendanceStatus status = AttendanceStatus::Present;
    QString note;
    friend bool operator==(const AttendanceEntry&, const AttendanceEntry&) = default;
};

struct Incident {
    QDateTime at;
    IncidentKind kind = IncidentKind::Other;
    QString description;
    QDateTime headNotifiedAt;  // invalid while the head of school has not been told
    friend bool operator==(const Incident&, const Incident&) = default;
};

// The host structure's compte rendu on the student's behaviour and involvement (seed 004, art. 4).
struct HostReport {
    QDate writtenOn;
    QString behaviour;
    QString involvement;
    QString text;
    friend bool operator==(const HostReport&, const HostReport&) = default;
};

struct Measure {
    QString id;
    MeasureKind kind = MeasureKind::Responsibility;
    QString studentId;
    QString agreementId;
    QString hostId;            // Organisation receiving the student
    QString hostTutorId;       // Person of the host in charge of the student
    QString schoolFollowerId;  // Person of the school following the measure (often the CPE)
    QDate start;
    QDate end;
    std::optional<int> exclusionDays;  // exclusion alternative only: the days of exclusion it replaces
    TimeSlots slots;
    QString objectives;
    QString activities;
    QString places;
    QString transport;
    MeasureConsents consents;
    Insurances insurances;
    QList<RoleSignature> signatures;
    MeasureStatus status = MeasureStatus::Planned;
    QList<AttendanceEntry> attendance;
    QList<Incident> incidents;
    std::optional<HostReport> hostReport;
    int revision = 0;

    bool isSignedBy(SignatureRole role) const;
    // The dates from start to end inclusive whose weekday has at least one slot: the expected sessions.
    QList<QDate> expectedDates() const;
    friend bool operator==(const Measure&, const Measure&) = default;
};

}  // namespace passerelle
