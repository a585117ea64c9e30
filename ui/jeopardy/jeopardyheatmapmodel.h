// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "jeopardymodel.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

#include <vector>

namespace fw {

// Where the jeopardy is: lanes (rows) by task queues (columns), each cell the number of findings
// there and its highest level. Order findings and steps without a queue count in the "—" column,
// findings without a lane in the "—" row (both last). Follows a JeopardyModel: the table and the
// heatmap show the same report. Resets only when the grid changes.
class JeopardyHeatmapModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        CountRole = Qt::UserRole + 1, // int
        LevelRole, // int: the highest JeopardyLevel in the cell (None when empty)
        CriticalCountRole, // int
        LaneRole, // QString: the lane id, empty for the "—" row
        QueueRole, // QString: the queue, empty for the "—" column
    };

    explicit JeopardyHeatmapModel(QObject* parent = nullptr);

    void setSourceModel(JeopardyModel* source);
    JeopardyModel* sourceModel() const { return m_source; }

    QString laneAt(int row) const { return m_lanes.value(row); }
    QString queueAt(int column) const { return m_queues.value(column); }
    int rowOfLane(const QString& lane) const { return int(m_lanes.indexOf(lane)); }
    int columnOfQueue(const QString& queue) const { return int(m_queues.indexOf(queue)); }
    int count(int row, int column) const;
    JeopardyLevel level(int row, int column) const;
    int maxCount() const { return m_maxCount; }
    static QString laneLabel(const QString& lane);
    static QString queueLabel(const QString& queue);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell {
        int warnings = 0;
        int criticals = 0;
        bool operator==(const Cell&) const = default;
    };
    void rebuild();
    const Cell& cell(int row, int column) const { return m_cells[std::size_t(row * m_queues.size() + column)]; }

    QPointer<JeopardyModel> m_source;
    QStringList m_lanes;
    QStringList m_queues;
    std::vector<Cell> m_cells; // row-major
    int m_maxCount = 0;
};

} // namespace fw
