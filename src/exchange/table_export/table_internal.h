#pragma once

#include "passerelle/exchange/table_export.h"

namespace passerelle::exchange::detail {

// 7.5 → "7,5": a decimal comma, no exponent, no trailing zeros, at most 6 decimals.
QString frenchNumber(double value);
// dd/mm/yyyy, or empty for an invalid date.
QString frenchDate(const QDate& date);

}  // namespace passerelle::exchange::detail
