#pragma once

// The whole public API of the rules layer (docs/rules.md explains each rule).
#include "passerelle/rules/agreement_calendar.h"
#include "passerelle/rules/checks.h"
#include "passerelle/rules/deadlines.h"
#include "passerelle/rules/finding.h"
#include "passerelle/rules/limits.h"
#include "passerelle/rules/measure_facts.h"
#include "passerelle/rules/references.h"
#include "passerelle/rules/rule_ids.h"
#include "passerelle/rules/settings.h"
#include "passerelle/rules/signatures.h"
