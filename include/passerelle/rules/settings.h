#pragma once

#include "passerelle/rules/limits.h"

namespace passerelle::rules {

// What a school may tune; the legal figures stay in limits.h. Passed in, never read from a global, so every
// rule is testable with fixed values.
struct RuleSettings {
    int schoolYearStartMonth = limits::kDefaultSchoolYearStartMonth;  // the rentrée: 1 September by default
    int schoolYearStartDay = limits::kDefaultSchoolYearStartDay;
    int deadlineHorizonDays =
        limits::kDefaultDeadlineHorizonDays;  // checkAgreement reports deadlines this close
    int deadlineWarningDays = limits::kDefaultDeadlineWarningDays;  // ... as warnings from this close on
};

}  // namespace passerelle::rules
