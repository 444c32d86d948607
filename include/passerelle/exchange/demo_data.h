#pragma once

#include "passerelle/domain/dataset.h"

#include <QDate>

namespace passerelle::exchange {

struct DemoOptions {
    quint32 seed = 1;
    int students = 300;
    QDate today;  // the school year of this date is the one the demo data lives in; must be valid
};

// Realistic French demo data across every record kind (schools with teaching hours, towns, associations, host
// structures, agreements of each kind with their clauses, students with representatives, measures with
// timetables, attendance and incidents, group activities with sessions). Deterministic: the same options give
// the same dataset. Scales from one school (a few hundred students) to a département (100,000 students).
Dataset generateDemo(const DemoOptions& options);

}  // namespace passerelle::exchange
