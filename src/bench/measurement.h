#pragma once

// How passerelle-bench measures (issue 14, « honest benchmark »): every figure is repeated, reported as the
// median with its min–max, and every repetition's result feeds a checksum that is printed, so that the work
// cannot be optimised away. The peak resident memory of each figure is read from the kernel after resetting
// it, so one figure's peak is not the whole run's.

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdint>

namespace passerelle::bench {

struct Stats {
    double median = 0;
    double min = 0;
    double max = 0;
    int runs = 0;
    // The 99th percentile (nearest rank): search as you type is judged on its worst keystrokes, and the max
    // of a few hundred runs is one scheduler hiccup on a shared machine.
    double p99 = 0;
};

Stats statsOf(QList<double> values);

// One measured figure at one database size.
struct Figure {
    QString name;
    QString unit;  // "ms", "µs", "MB", "MiB", "" (a count)
    Stats stats;
    double peakMiB = -1;      // the process's peak resident memory while measuring it, -1 when unknown
    bool timed = true;        // false for counts and sizes: printed once, no growth ratio of speed
    bool percentile = false;  // printed with its 99th percentile (measured with percentileRepeat())
};

// The results every repetition adds to; printed at the end.
class Sink {
public:
    void add(std::uint64_t value) { m_sum = m_sum * 31 + value; }
    std::uint64_t value() const { return m_sum; }

private:
    std::uint64_t m_sum = 0;
};

// Peak resident memory (VmHWM) of this process in MiB, -1 when unknown; resetPeakResident() starts a new peak
// from the current resident size (Linux: /proc/self/clear_refs).
double peakResidentMiB();
void resetPeakResident();
// "2.15 2.26 2.95", the load averages over 1, 5 and 15 minutes, or "?" where unknown.
QString loadAverage();

struct RepeatOptions {
    int repetitions = 5;  // at least this many
    // Fast figures are repeated more, up to this many, while they take less than fastBudgetMs in all: their
    // spread (search as you type is judged on its worst case) needs more samples than five.
    int maxRepetitions = 50;
    double fastBudgetMs = 300;
};

// Enough repetitions for a 99th percentile that is not just the maximum: at least 200 runs.
inline RepeatOptions percentileRepeat(const RepeatOptions& options) {
    RepeatOptions more = options;
    more.repetitions = std::max(options.repetitions, 200);
    more.maxRepetitions = std::max(options.maxRepetitions, more.repetitions);
    return more;
}

// Runs work() repeatedly and times each run in milliseconds. `work` returns a value for the sink (a size, a
// count). `setUp`, when given, runs before each repetition outside the timing.
template <typename Work, typename SetUp>
Stats repeatTimed(const RepeatOptions& options, Sink& sink, Work&& work, SetUp&& setUp) {
    QList<double> times;
    double total = 0;
    while (times.size() < options.repetitions ||
           (times.size() < options.maxRepetitions && total < options.fastBudgetMs)) {
        setUp();
        QElapsedTimer timer;
        timer.start();
        sink.add(static_cast<std::uint64_t>(work()));
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        times << ms;
        total += ms;
    }
    return statsOf(std::move(times));
}

template <typename Work>
Stats repeatTimed(const RepeatOptions& options, Sink& sink, Work&& work) {
    return repeatTimed(options, sink, std::forward<Work>(work), [] {});
}

}  // namespace passerelle::bench
