// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartlabels.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace fw {

namespace {
    // Okabe-Ito and Tableau hues that stay apart on white and on dark grey.
    const std::array<QColor, 8> chartHues { QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0xd5, 0x5e, 0x00),
                                            QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
                                            QColor(0x8c, 0x56, 0x4b), QColor(0x7f, 0x3c, 0x8d) };

    QString elideEnd(const QString& text, int maxChars)
    {
        if (maxChars < 2 || text.size() <= maxChars)
            return text;
        return text.left(maxChars - 1).trimmed() + QChar(0x2026);
    }

    QString elideMiddle(const QString& text, int maxChars)
    {
        if (maxChars < 4 || text.size() <= maxChars)
            return text;
        const int tail = (maxChars - 1) / 2;
        const int head = maxChars - 1 - tail;
        return text.left(head).trimmed() + QChar(0x2026) + text.right(tail).trimmed();
    }
} // namespace

QStringList ChartLabels::uniqueElided(const QStringList& texts, int maxChars)
{
    QStringList labels;
    for (const QString& text : texts)
        labels << elideEnd(text, maxChars);
    const QStringList ends = labels;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (ends.count(ends.at(i)) > 1 && ends.at(i) != texts.at(i))
            labels[i] = elideMiddle(texts.at(i), maxChars);
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString base = labels.at(i);
        for (int n = 2; labels.indexOf(labels.at(i)) < i; ++n)
            labels[i] = tr("%1 (%2)").arg(base).arg(n);
    }
    return labels;
}

QColor ChartLabels::seriesColor(int index)
{
    return chartHues[std::size_t(std::max(0, index)) % chartHues.size()];
}

int ChartLabels::seriesColorCount()
{
    return int(chartHues.size());
}

QColor ChartLabels::othersColor()
{
    return QColor(0x88, 0x88, 0x88);
}

ChartLabels::LaneLines ChartLabels::laneLines(const KpiReport& report, int maxLines)
{
    struct Total {
        QString lane;
        QString label;
        qint64 done = 0;
        qint64 onTime = 0;
    };
    std::vector<Total> totals;
    QHash<QString, std::size_t> at;
    for (const LaneAdherence& entry : report.laneAdherenceByDay) {
        auto found = at.constFind(entry.lane);
        if (found == at.constEnd()) {
            found = at.insert(entry.lane, totals.size());
            totals.push_back({ entry.lane, entry.label.isEmpty() ? entry.lane : entry.label, 0, 0 });
        }
        totals[*found].done += entry.stepsDone;
        totals[*found].onTime += entry.stepsOnTime;
    }
    std::sort(totals.begin(), totals.end(), [](const Total& a, const Total& b) {
        // a.onTime / a.done < b.onTime / b.done without division; lanes without steps last
        const bool aWorse = a.done && (!b.done || a.onTime * b.done < b.onTime * a.done);
        const bool bWorse = b.done && (!a.done || b.onTime * a.done < a.onTime * b.done);
        if (aWorse != bWorse)
            return aWorse;
        if (a.done != b.done)
            return a.done > b.done;
        return a.label < b.label;
    });
    LaneLines lines;
    const bool fit = int(totals.size()) <= std::max(1, maxLines);
    const int shown = fit ? int(totals.size()) : std::max(1, maxLines) - 1;
    for (int i = 0; i < shown; ++i)
        lines.lanes << totals[std::size_t(i)].lane;
    if (fit)
        return lines;
    QSet<QString> others;
    for (std::size_t i = std::size_t(shown); i < totals.size(); ++i) {
        others.insert(totals[i].lane);
        lines.otherLanes << totals[i].label;
    }
    lines.othersName = tr("Other lanes (%1)").arg(lines.otherLanes.size());
    const QDate first = report.days.empty() ? QDate() : report.days.front().day;
    std::vector<std::pair<qint64, qint64>> perDay(report.days.size());
    for (const LaneAdherence& entry : report.laneAdherenceByDay) {
        const qint64 offset = first.daysTo(entry.day);
        if (!others.contains(entry.lane) || offset < 0 || offset >= qint64(perDay.size()))
            continue;
        perDay[std::size_t(offset)].first += entry.stepsDone;
        perDay[std::size_t(offset)].second += entry.stepsOnTime;
    }
    for (std::size_t d = 0; d < perDay.size(); ++d)
        lines.othersPoints << QPointF(qreal(d), perDay[d].first ? 100.0 * qreal(perDay[d].second) / qreal(perDay[d].first) : 100.0);
    return lines;
}

} // namespace fw
