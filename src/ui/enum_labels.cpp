#include "passerelle/ui/enum_labels.h"

namespace passerelle::ui {

QString EnumLabels::of(OrganisationKind value) {
    switch (value) {
        case OrganisationKind::School:
            return tr("School");
        case OrganisationKind::Town:
            return tr("Town");
        case OrganisationKind::Association:
            return tr("Association");
        case OrganisationKind::Host:
            return tr("Host structure");
        case OrganisationKind::StateService:
            return tr("State service");
        case OrganisationKind::HealthCentre:
            return tr("Health centre");
        case OrganisationKind::Other:
            return tr("Other");
    }
    return {};
}

QString EnumLabels::of(AgreementKind value) {
    switch (value) {
        case AgreementKind::ResponsibilityMeasures:
            return tr("Responsibility measures");
        case AgreementKind::ExclusionAlternative:
            return tr("Alternative to exclusion");
        case AgreementKind::RemobilisationWorkshop:
            return tr("Remobilisation workshop");
        case AgreementKind::TalkingGroups:
            return tr("Talking groups");
        case AgreementKind::AbsenteeismPrevention:
            return tr("Absenteeism prevention");
        case AgreementKind::Generic:
            return tr("Generic partnership");
    }
    return {};
}

QString EnumLabels::of(AgreementStatus value) {
    switch (value) {
        case AgreementStatus::Draft:
            return tr("Draft");
        case AgreementStatus::AwaitingSignature:
            return tr("Awaiting signature");
        case AgreementStatus::Signed:
            return tr("Signed");
        case AgreementStatus::Terminated:
            return tr("Terminated");
    }
    return {};
}

QString EnumLabels::of(MeasureKind value) {
    switch (value) {
        case MeasureKind::Responsibility:
            return tr("Responsibility measure");
        case MeasureKind::ExclusionAlternative:
            return tr("Alternative to exclusion");
        case MeasureKind::FollowUp:
            return tr("Follow-up");
    }
    return {};
}

QString EnumLabels::of(MeasureStatus value) {
    switch (value) {
        case MeasureStatus::Planned:
            return tr("Planned");
        case MeasureStatus::Signed:
            return tr("Signed");
        case MeasureStatus::InProgress:
            return tr("In progress");
        case MeasureStatus::Completed:
            return tr("Completed");
        case MeasureStatus::Interrupted:
            return tr("Interrupted");
    }
    return {};
}

QString EnumLabels::of(GroupKind value) {
    switch (value) {
        case GroupKind::Workshop:
            return tr("Workshop");
        case GroupKind::TalkingGroup:
            return tr("Talking group");
    }
    return {};
}

QString EnumLabels::of(Audience value) {
    switch (value) {
        case Audience::Students:
            return tr("Students");
        case Audience::Parents:
            return tr("Parents");
        case Audience::Team:
            return tr("School team");
    }
    return {};
}

QString EnumLabels::of(Recurrence value) {
    switch (value) {
        case Recurrence::Weekly:
            return tr("Weekly");
        case Recurrence::TwiceMonthly:
            return tr("Twice a month");
        case Recurrence::Monthly:
            return tr("Monthly");
    }
    return {};
}

QString EnumLabels::of(AttendanceStatus value) {
    switch (value) {
        case AttendanceStatus::Present:
            return tr("Present");
        case AttendanceStatus::Absent:
            return tr("Absent");
        case AttendanceStatus::Excused:
            return tr("Excused");
    }
    return {};
}

}  // namespace passerelle::ui
