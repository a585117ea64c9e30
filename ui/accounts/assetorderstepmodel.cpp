// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetorderstepmodel.h"

#include <QFont>

namespace fw {

namespace {
    constexpr quintptr laneMarker = ~quintptr(0); // internal id of a lane row; a step row holds its lane's index
} // namespace

AssetOrderStepModel::AssetOrderStepModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void AssetOrderStepModel::setSteps(const std::vector<AssetOrderPreview::Step>& steps)
{
    beginResetModel();
    m_lanes.clear();
    for (const AssetOrderPreview::Step& step : steps) {
        auto lane = std::find_if(m_lanes.begin(), m_lanes.end(), [&](const LaneSteps& l) { return l.name == step.laneName; });
        if (lane == m_lanes.end())
            lane = m_lanes.insert(m_lanes.end(), LaneSteps { step.laneName, {} });
        lane->steps.push_back(step);
    }
    endResetModel();
}

QModelIndex AssetOrderStepModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_lanes.size()) ? createIndex(row, column, laneMarker) : QModelIndex();
    if (parent.internalId() != laneMarker || parent.column() != 0 || parent.row() >= int(m_lanes.size()))
        return {};
    if (row >= int(m_lanes[size_t(parent.row())].steps.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex AssetOrderStepModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == laneMarker)
        return {};
    return createIndex(int(child.internalId()), 0, laneMarker);
}

int AssetOrderStepModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_lanes.size());
    if (parent.internalId() != laneMarker || parent.column() != 0)
        return 0;
    return int(m_lanes[size_t(parent.row())].steps.size());
}

int AssetOrderStepModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant AssetOrderStepModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == laneMarker) {
        const LaneSteps& lane = m_lanes[size_t(index.row())];
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role != Qt::DisplayRole)
            return {};
        if (index.column() == StepColumn)
            return tr("%1 (%Ln step(s))", nullptr, int(lane.steps.size())).arg(lane.name);
        return {};
    }
    const AssetOrderPreview::Step& step = m_lanes[index.internalId()].steps[size_t(index.row())];
    if (role == Qt::ToolTipRole)
        return step.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case StepColumn:
        return step.name;
    case TypeColumn:
        return step.type;
    case LinesColumn:
        return step.lines.join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AssetOrderStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StepColumn:
        return tr("Lane / step");
    case TypeColumn:
        return tr("Type");
    case LinesColumn:
        return tr("Lines");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fw
