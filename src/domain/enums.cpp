#include "passerelle/domain/enums.h"

#include <array>
#include <utility>

namespace passerelle {
namespace {

template <typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, const char*>, N>;

constexpr KeyTable<OrganisationKind, 7> organisationKinds{{
    {OrganisationKind::School, "school"},
    {OrganisationKind::Town, "town"},
    {OrganisationKind::Association, "association"},
    {OrganisationKind::Host, "host"},
    {OrganisationKind::StateService, "state-service"},
    {OrganisationKind::HealthCentre, "health-centre"},
    {OrganisationKind::Other, "other"},
}};
constexpr KeyTable<AgreementKind, 6> agreementKinds{{
    {AgreementKind::ResponsibilityMeasures, "responsibility-measures"},
    {AgreementKind::ExclusionAlternative, "exclusion-alternative"},
    {AgreementKind::RemobilisationWorkshop, "remobilisation-workshop"},
    {AgreementKind::TalkingGroups, "talking-groups"},
    {AgreementKind::AbsenteeismPrevention, "absenteeism-prevention"},
    {AgreementKind::Generic, "generic"},
}};
constexpr KeyTable<AgreementStatus, 4> agreementStatuses{{
    {AgreementStatus::Draft, "draft"},
    {AgreementStatus::AwaitingSignature, "awaiting-signature"},
    {AgreementStatus::Signed, "signed"},
    {AgreementStatus::Terminated, "terminated"},
}};
constexpr KeyTable<NoticeAnchor, 2> noticeAnchors{{
    {NoticeAnchor::Notification, "notification"},
    {NoticeAnchor::SchoolYearStart, "school-year-start"},
}};
constexpr KeyTable<MeasureKind, 3> measureKinds{{
    {MeasureKind::Responsibility, "responsibility"},
    {MeasureKind::ExclusionAlternative, "exclusion-alternative"},
    {MeasureKind::FollowUp, "follow-up"},
}};
constexpr KeyTable<MeasureStatus, 5> measureStatuses{{
    {MeasureStatus::Planned, "planned"},
    {MeasureStatus::Signed, "signed"},
    {MeasureStatus::InProgress, "in-progress"},
    {MeasureStatus::Completed, "completed"},
    {MeasureStatus::Interrupted, "interrupted"},
}};
constexpr KeyTable<SignatureRole, 5> signatureRoles{{
    {SignatureRole::HeadOfSchool, "head-of-school"},
    {SignatureRole::HostManager, "host-manager"},
    {SignatureRole::YouthService, "youth-service"},
    {SignatureRole::Student, "student"},
    {SignatureRole::LegalRepresentative, "legal-representative"},
}};
constexpr KeyTable<SignatureMethod, 2> signatureMethods{{
    {SignatureMethod::Paper, "paper"},
    {SignatureMethod::Digital, "digital"},
}};
constexpr KeyTable<AttendanceStatus, 3> attendanceStatuses{{
    {AttendanceStatus::Present, "present"},
    {AttendanceStatus::Absent, "absent"},
    {AttendanceStatus::Excused, "excused"},
}};
constexpr KeyTable<IncidentKind, 4> incidentKinds{{
    {IncidentKind::Accident, "accident"},
    {IncidentKind::Absence, "absence"},
    {IncidentKind::Behaviour, "behaviour"},
    {IncidentKind::Other, "other"},
}};
constexpr KeyTable<GroupKind, 2> groupKinds{{
    {GroupKind::Workshop, "workshop"},
    {GroupKind::TalkingGroup, "talking-group"},
}};
constexpr KeyTable<Audience, 3> audiences{{
    {Audience::Students, "students"},
    {Audience::Parents, "parents"},
    {Audience::Team, "team"},
}};
constexpr KeyTable<Recurrence, 3> recurrences{{
    {Recurrence::Weekly, "weekly"},
    {Recurrence::TwiceMonthly, "twice-monthly"},
    {Recurrence::Monthly, "monthly"},
}};
constexpr KeyTable<Weekday, 6> weekdays{{
    {Weekday::Monday, "mon"},
    {Weekday::Tuesday, "tue"},
    {Weekday::Wednesday, "wed"},
    {Weekday::Thursday, "thu"},
    {Weekday::Friday, "fri"},
    {Weekday::Saturday, "sat"},
}};

template <typename Enum>
constexpr const auto& tableFor() {
    if constexpr (std::is_same_v<Enum, OrganisationKind>)
        return organisationKinds;
    else if constexpr (std::is_same_v<Enum, AgreementKind>)
        return agreementKinds;
    else if constexpr (std::is_same_v<Enum, AgreementStatus>)
        return agreementStatuses;
    else if constexpr (std::is_same_v<Enum, NoticeAnchor>)
        return noticeAnchors;
    else if constexpr (std::is_same_v<Enum, MeasureKind>)
        return measureKinds;
    else if constexpr (std::is_same_v<Enum, MeasureStatus>)
        return measureStatuses;
    else if constexpr (std::is_same_v<Enum, SignatureRole>)
        return signatureRoles;
    else if constexpr (std::is_same_v<Enum, SignatureMethod>)
        return signatureMethods;
    else if constexpr (std::is_same_v<Enum, AttendanceStatus>)
        return attendanceStatuses;
    else if constexpr (std::is_same_v<Enum, IncidentKind>)
        return incidentKinds;
    else if constexpr (std::is_same_v<Enum, GroupKind>)
        return groupKinds;
    else if constexpr (std::is_same_v<Enum, Audience>)
        return audiences;
    else if constexpr (std::is_same_v<Enum, Recurrence>)
        return recurrences;
    else
        return weekdays;
}

template <typename Enum>
QString keyOf(Enum value) {
    for (const auto& [candidate, text] : tableFor<Enum>()) {
        if (candidate == value)
            return QString::fromLatin1(text);
    }
    return {};
}

}  // namespace

QString key(OrganisationKind value) {
    return keyOf(value);
}
QString key(AgreementKind value) {
    return keyOf(value);
}
QString key(AgreementStatus value) {
    return keyOf(value);
}
QString key(NoticeAnchor value) {
    return keyOf(value);
}
QString key(MeasureKind value) {
    return keyOf(value);
}
QString key(MeasureStatus value) {
    return keyOf(value);
}
QString key(SignatureRole value) {
    return keyOf(value);
}
QString key(SignatureMethod value) {
    return keyOf(value);
}
QString key(AttendanceStatus value) {
    return keyOf(value);
}
QString key(IncidentKind value) {
    return keyOf(value);
}
QString key(GroupKind value) {
    return keyOf(value);
}
QString key(Audience value) {
    return keyOf(value);
}
QString key(Recurrence value) {
    return keyOf(value);
}
QString key(Weekday value) {
    return keyOf(value);
}

template <typename Enum>
std::optional<Enum> parseKey(const QString& key) {
    for (const auto& [candidate, text] : tableFor<Enum>()) {
        if (key == QLatin1String(text))
            return candidate;
    }
    return std::nullopt;
}

template <typename Enum>
QStringList allKeys() {
    QStringList keys;
    for (const auto& entry : tableFor<Enum>())
        keys << QString::fromLatin1(entry.second);
    return keys;
}

#define PASSERELLE_INSTANTIATE_KEYS(Enum)                        \
    template std::optional<Enum> parseKey<Enum>(const QString&); \
    template QStringList allKeys<Enum>();

PASSERELLE_INSTANTIATE_KEYS(OrganisationKind)
PASSERELLE_INSTANTIATE_KEYS(AgreementKind)
PASSERELLE_INSTANTIATE_KEYS(AgreementStatus)
PASSERELLE_INSTANTIATE_KEYS(NoticeAnchor)
PASSERELLE_INSTANTIATE_KEYS(MeasureKind)
PASSERELLE_INSTANTIATE_KEYS(MeasureStatus)
PASSERELLE_INSTANTIATE_KEYS(SignatureRole)
PASSERELLE_INSTANTIATE_KEYS(SignatureMethod)
PASSERELLE_INSTANTIATE_KEYS(AttendanceStatus)
PASSERELLE_INSTANTIATE_KEYS(IncidentKind)
PASSERELLE_INSTANTIATE_KEYS(GroupKind)
PASSERELLE_INSTANTIATE_KEYS(Audience)
PASSERELLE_INSTANTIATE_KEYS(Recurrence)
PASSERELLE_INSTANTIATE_KEYS(Weekday)

#undef PASSERELLE_INSTANTIATE_KEYS

std::optional<Weekday> weekdayFromQt(int dayOfWeek) {
    if (dayOfWeek >= 1 && dayOfWeek <= 6)
        return static_cast<Weekday>(dayOfWeek);
    return std::nullopt;
}

}  // namespace passerelle
