#pragma once

#include "passerelle/domain/agreement.h"

#include <QHash>
#include <QList>
#include <QString>

namespace passerelle::exchange::demo {

// The articles of an agreement of that kind, from the seeds (src/exchange/demo/clauses.json, compiled in as a
// resource), with each {placeholder} replaced by its value: {duration}, {town}, {school}, {association},
// {cmpp}, {end}, {groupMin}, {groupMax}, {noticeHours}, {noticeMonths}.
QList<Clause> clausesFor(AgreementKind kind, const QHash<QString, QString>& values);

// "un an", "trois ans"
QString durationText(int years);

}  // namespace passerelle::exchange::demo
