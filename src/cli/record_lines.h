#pragma once

#include "passerelle/domain/dataset.h"

#include <QString>

namespace passerelle::cli {

// One tab-separated line per record for `list`: the id first, so scripts can cut it.
QString recordLine(const Organisation& record);
QString recordLine(const Person& record);
QString recordLine(const Student& record);
QString recordLine(const Agreement& record);
QString recordLine(const Measure& record);
QString recordLine(const GroupActivity& record);

}  // namespace passerelle::cli
