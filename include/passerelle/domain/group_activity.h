#pragma once

#include "passerelle/domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace passerelle {

struct SessionAttendance {
    QString studentId;
    AttendanceStatus status = AttendanceStatus::Present;
    QString note;
    friend bool operator==(const SessionAttendance&, const SessionAttendance&) = default;
};

struct GroupSession {
    QDate date;
    QTime start;
    QTime end;
    QDateTime cancelledAt;  // when a partner warned that the session would not take place; invalid if held
    QList<SessionAttendance> attendance;

    bool isCancelled() const { return cancelledAt.isValid(); }
    QDateTime startsAt() const { return QDateTime(date, start); }
    friend bool operator==(const GroupSession&, const GroupSession&) = default;
};

// A recurring workshop or talking group run under an agreement (seeds 000 and 002).
struct GroupActivity {
    QString id;
    GroupKind kind = GroupKind::Workshop;
    QString agreementId;
    QString title;
    Audience audience = Audience::Students;
    Recurrence recurrence = Recurrence::Weekly;
    bool filming = false;        // students may appear on camera: image consent needed
    QStringList participantIds;  // Student ids
    QList<GroupSession> sessions;
    int revision = 0;

    friend bool operator==(const GroupActivity&, const GroupActivity&) = default;
};

}  // namespace passerelle
