#pragma once

// Every enumeration of the domain, with its exchange-format key. The keys are a contract
// (docs/exchange-format.md): outside tools write and read them, so they never change.

#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle {

enum class OrganisationKind { School, Town, Association, Host, StateService, HealthCentre, Other };
enum class AgreementKind {
    ResponsibilityMeasures,
    ExclusionAlternative,
    RemobilisationWorkshop,
    TalkingGroups,
    AbsenteeismPrevention,
    Generic
};
enum class AgreementStatus { Draft, AwaitingSignature, Signed, Terminated };
enum class NoticeAnchor { Notification, SchoolYearStart };
enum class MeasureKind { Responsibility, ExclusionAlternative, FollowUp };
// Signed: every signature its document needs is there (rules::statusAfterSignatures), not yet started.
enum class MeasureStatus { Planned, Signed, InProgress, Completed, Interrupted };
enum class SignatureRole { HeadOfSchool, HostManager, YouthService, Student, LegalRepresentative };
// How a signature was given: in ink on the printed document, or digitally on the issued PDF (issue 5).
enum class SignatureMethod { Paper, Digital };
enum class AttendanceStatus { Present, Absent, Excused };
enum class IncidentKind { Accident, Absence, Behaviour, Other };
enum class GroupKind { Workshop, TalkingGroup };
enum class Audience { Students, Parents, Team };
enum class Recurrence { Weekly, TwiceMonthly, Monthly };
enum class Weekday { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday };

// key(x) gives the exchange key; parse<E>(key) the value, or nothing for an unknown key.
QString key(OrganisationKind value);
QString key(AgreementKind value);
QString key(AgreementStatus value);
QString key(NoticeAnchor value);
QString key(MeasureKind value);
QString key(MeasureStatus value);
QString key(SignatureRole value);
QString key(SignatureMethod value);
QString key(AttendanceStatus value);
QString key(IncidentKind value);
QString key(GroupKind value);
QString key(Audience value);
QString key(Recurrence value);
QString key(Weekday value);

template <typename Enum>
std::optional<Enum> parseKey(const QString& key);

// All keys of an enumeration, in declaration order: for messages ("expected one of ...") and combo boxes.
template <typename Enum>
QStringList allKeys();

// Weekday from Qt's day of week (1 = Monday ... 7 = Sunday); Sunday has no slots in this domain.
std::optional<Weekday> weekdayFromQt(int dayOfWeek);

}  // namespace passerelle
