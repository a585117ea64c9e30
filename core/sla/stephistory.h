// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace fw {

struct DurationStats {
    int samples = 0;
    qint64 medianSeconds = 0;
    qint64 p90Seconds = 0; // nearest-rank 90th percentile
};

// What the store's own history says a step takes: durations of completed steps per step
// (plan definition + step key) and lane over a recent window. Too few samples: no statistics.
class StepHistory {
public:
    static constexpr int minimumSamples = 5;

    void add(const QString& planDefinition, const QString& stepKey, const QString& lane, qint64 seconds);
    // Sorts the samples; call once after the last add().
    void finish();
    std::optional<DurationStats> stats(const QString& planDefinition, const QString& stepKey, const QString& lane) const;
    // Every (key, stats) with enough samples; key is "planDefinition/stepKey@lane".
    std::vector<std::pair<QString, DurationStats>> all() const;

private:
    QHash<QString, std::vector<qint64>> m_samples;
    QHash<QString, DurationStats> m_stats;
};

} // namespace fw
