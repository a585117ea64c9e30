// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stephistory.h"

#include <algorithm>

namespace fw {

namespace {

    QString keyOf(const QString& planDefinition, const QString& stepKey, const QString& lane)
    {
        return planDefinition + QLatin1Char('/') + stepKey + QLatin1Char('@') + lane;
    }

    // Nearest rank (1-based): the value at rank ceil(percent/100 * n) of the ascending samples.
    qint64 nearestRank(const std::vector<qint64>& sorted, int percent)
    {
        const auto n = static_cast<qint64>(sorted.size());
        const qint64 rank = std::max<qint64>(1, (percent * n + 99) / 100);
        return sorted[static_cast<std::size_t>(rank - 1)];
    }

    DurationStats statsOf(const std::vector<qint64>& sorted)
    {
        DurationStats stats;
        stats.samples = static_cast<int>(sorted.size());
        stats.medianSeconds = nearestRank(sorted, 50);
        stats.p90Seconds = nearestRank(sorted, 90);
        return stats;
    }

} // namespace

void StepHistory::add(const QString& planDefinition, const QString& stepKey, const QString& lane, qint64 seconds)
{
    const QString key = keyOf(planDefinition, stepKey, lane);
    m_samples[key].push_back(std::max<qint64>(0, seconds));
    m_stats.remove(key); // stale until the next finish(); stats() sorts a copy meanwhile
}

void StepHistory::finish()
{
    m_stats.clear();
    for (auto it = m_samples.begin(); it != m_samples.end(); ++it) {
        std::sort(it.value().begin(), it.value().end());
        if (static_cast<int>(it.value().size()) >= minimumSamples)
            m_stats.insert(it.key(), statsOf(it.value()));
    }
}

std::optional<DurationStats> StepHistory::stats(const QString& planDefinition, const QString& stepKey, const QString& lane) const
{
    const QString key = keyOf(planDefinition, stepKey, lane);
    const auto it = m_stats.constFind(key);
    if (it != m_stats.cend())
        return *it;
    // Samples added after the last finish() (or without one) still count.
    const auto samples = m_samples.constFind(key);
    if (samples == m_samples.cend() || static_cast<int>(samples->size()) < minimumSamples)
        return std::nullopt;
    std::vector<qint64> sorted = *samples;
    std::sort(sorted.begin(), sorted.end());
    return statsOf(sorted);
}

std::vector<std::pair<QString, DurationStats>> StepHistory::all() const
{
    std::vector<std::pair<QString, DurationStats>> result;
    for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it) {
        if (const auto s = m_stats.constFind(it.key()); s != m_stats.cend()) {
            result.emplace_back(it.key(), *s);
        } else if (static_cast<int>(it->size()) >= minimumSamples) {
            std::vector<qint64> sorted = *it;
            std::sort(sorted.begin(), sorted.end());
            result.emplace_back(it.key(), statsOf(sorted));
        }
    }
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return result;
}

} // namespace fw
