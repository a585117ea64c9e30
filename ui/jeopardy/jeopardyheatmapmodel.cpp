// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardyheatmapmodel.h"

#include "jeopardymodel.h"
#include "jeopardypresentation.h"

#include <algorithm>

namespace fw {

namespace {
    // Alphabetical, the empty key ("—") last.
    void sortKeys(QStringList& keys)
    {
        std::sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
            if (a.isEmpty() != b.isEmpty())
                return b.isEmpty();
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
    }
} // namespace

JeopardyHeatmapModel::JeopardyHeatmapModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void JeopardyHeatmapModel::setSourceModel(JeopardyModel* source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (source) {
        connect(source, &QAbstractItemModel::modelReset, this, &JeopardyHeatmapModel::rebuild);
        connect(source, &QAbstractItemModel::dataChanged, this, &JeopardyHeatmapModel::rebuild);
        connect(source, &QAbstractItemModel::rowsInserted, this, &JeopardyHeatmapModel::rebuild);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &JeopardyHeatmapModel::rebuild);
    }
    rebuild();
}

void JeopardyHeatmapModel::rebuild()
{
    QStringList lanes;
    QStringList queues;
    const std::vector<JeopardyFinding> none;
    const std::vector<JeopardyFinding>& findings = m_source ? m_source->report().findings : none;
    for (const JeopardyFinding& f : findings) {
        if (!lanes.contains(f.lane))
            lanes << f.lane;
        if (!queues.contains(f.queue))
            queues << f.queue;
    }
    sortKeys(lanes);
    sortKeys(queues);
    std::vector<Cell> cells(std::size_t(lanes.size() * queues.size()));
    for (const JeopardyFinding& f : findings) {
        Cell& c = cells[std::size_t(lanes.indexOf(f.lane) * queues.size() + queues.indexOf(f.queue))];
        c.criticals += f.level == JeopardyLevel::Critical ? 1 : 0;
        c.warnings += f.level == JeopardyLevel::Warning ? 1 : 0;
    }
    if (lanes == m_lanes && queues == m_queues && cells == m_cells)
        return;
    beginResetModel();
    m_lanes = std::move(lanes);
    m_queues = std::move(queues);
    m_cells = std::move(cells);
    m_maxCount = 0;
    for (const Cell& c : m_cells)
        m_maxCount = std::max(m_maxCount, c.warnings + c.criticals);
    endResetModel();
}

int JeopardyHeatmapModel::count(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_lanes.size() || column >= m_queues.size())
        return 0;
    const Cell& c = cell(row, column);
    return c.warnings + c.criticals;
}

JeopardyLevel JeopardyHeatmapModel::level(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_lanes.size() || column >= m_queues.size())
        return JeopardyLevel::None;
    const Cell& c = cell(row, column);
    return c.criticals ? JeopardyLevel::Critical : c.warnings ? JeopardyLevel::Warning : JeopardyLevel::None;
}

QString JeopardyHeatmapModel::laneLabel(const QString& lane)
{
    return lane.isEmpty() ? QStringLiteral("\u2014") : lane;
}

QString JeopardyHeatmapModel::queueLabel(const QString& queue)
{
    return queue.isEmpty() ? QStringLiteral("\u2014") : queue;
}

int JeopardyHeatmapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lanes.size());
}

int JeopardyHeatmapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}

QVariant JeopardyHeatmapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Cell& c = cell(row, column);
    switch (role) {
    case Qt::DisplayRole:
    case CountRole:
        return count(row, column);
    case LevelRole:
        return int(level(row, column));
    case CriticalCountRole:
        return c.criticals;
    case LaneRole:
        return m_lanes.at(row);
    case QueueRole:
        return m_queues.at(column);
    case Qt::ToolTipRole: {
        const QString where = tr("Lane %1 \u00b7 queue %2").arg(laneLabel(m_lanes.at(row)), queueLabel(m_queues.at(column)));
        if (count(row, column) == 0)
            return tr("%1: nothing in jeopardy").arg(where);
        return tr("%1: %2 critical, %3 warning. Click to show them in the table.").arg(where).arg(c.criticals).arg(c.warnings);
    }
    default:
        return {};
    }
}

QVariant JeopardyHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool lanes = orientation == Qt::Vertical;
    if (section < 0 || section >= (lanes ? m_lanes.size() : m_queues.size()))
        return {};
    const QString key = lanes ? m_lanes.at(section) : m_queues.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return lanes ? laneLabel(key) : queueLabel(key);
    case Qt::ToolTipRole:
        if (key.isEmpty())
            return lanes ? tr("Findings without a lane (whole orders)") : tr("Whole orders and steps without a task queue");
        return {};
    case LaneRole:
        return lanes ? QVariant(key) : QVariant();
    case QueueRole:
        return lanes ? QVariant() : QVariant(key);
    default:
        return {};
    }
}

} // namespace fw
