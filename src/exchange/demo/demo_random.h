#pragma once

// The demo generator's only source of chance: a QRandomGenerator seeded from the options, never the global
// one, so that the same seed always gives the same data.

#include <QList>
#include <QRandomGenerator>

#include <span>

namespace passerelle::exchange::demo {

class Random {
public:
    explicit Random(quint32 seed) : m_generator(seed) {}

    // A whole number in [low, high], both included.
    int between(int low, int high) {
        return low + static_cast<int>(m_generator.bounded(quint32(high - low + 1)));
    }
    // An index in [0, size).
    qsizetype index(qsizetype size) { return static_cast<qsizetype>(m_generator.bounded(quint32(size))); }
    // True with the given probability.
    bool chance(double probability) { return m_generator.generateDouble() < probability; }

    template <typename T>
    const T& pick(std::span<const T> items) {
        return items[static_cast<std::size_t>(index(static_cast<qsizetype>(items.size())))];
    }
    template <typename T>
    const T& pick(const QList<T>& items) {
        return items.at(index(items.size()));
    }

private:
    QRandomGenerator m_generator;
};

}  // namespace passerelle::exchange::demo
