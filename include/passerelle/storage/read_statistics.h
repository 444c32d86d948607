#pragma once

// How much the storage layer has read since the process started, every connection and thread together. A hook
// for tests: the paths that show one record must read a number of rows that does not grow with the database
// (issue 14), and a test reads these figures before and after to prove it, so that a change that loads
// everything again fails a test instead of slowing the département's users down.

#include <QtGlobal>

namespace passerelle::storage {

struct ReadStatistics {
    qint64 statements = 0;  // queries run that return rows
    qint64 rows = 0;        // rows stepped through
};

ReadStatistics readStatistics();

}  // namespace passerelle::storage
