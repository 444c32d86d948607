#include "measurement.h"

#include <QFile>

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace passerelle::bench {

Stats statsOf(QList<double> values) {
    Stats stats;
    if (values.isEmpty())
        return stats;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    stats.runs = static_cast<int>(n);
    stats.min = values.first();
    stats.max = values.last();
    // Nearest rank: the smallest value at least 99 % of the runs do not exceed.
    const qsizetype rank = (99 * n + 99) / 100;
    stats.p99 = values.at(std::clamp<qsizetype>(rank - 1, 0, n - 1));
    stats.median = n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    return stats;
}

double peakResidentMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // Files under /proc report a size of 0, so read them whole instead of testing atEnd().
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return static_cast<double>(line.mid(6).simplified().split(' ').first().toLong()) / 1024.0;
    }
    return -1;
}

void resetPeakResident() {
    // Memory the previous figures freed goes back to the system first, or it would count in this one's peak.
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

QString loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> fields = file.readAll().split(' ');
    if (fields.size() < 3)
        return QStringLiteral("?");
    return QString::fromLatin1(fields.at(0) + ' ' + fields.at(1) + ' ' + fields.at(2));
}

}  // namespace passerelle::bench
