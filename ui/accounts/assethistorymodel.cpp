// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assethistorymodel.h"

#include "assetpresentation.h"
#include "common/statepresentation.h"

#include <algorithm>

namespace fw {

AssetHistoryModel::AssetHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AssetHistoryModel::setHistory(const QString& assetId, std::vector<AssetEvent> events)
{
    beginResetModel();
    m_assetId = assetId;
    m_events = std::move(events);
    std::reverse(m_events.begin(), m_events.end());
    endResetModel();
}

int AssetHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AssetHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AssetEvent& event = m_events[size_t(index.row())];
    switch (role) {
    case OrderIdRole:
        return event.orderId;
    case KindRole:
        return event.kind;
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn)
            return AssetPresentation::changeText(event.before, event.after);
        if (index.column() == OrderColumn && !event.changeOrders.isEmpty())
            return tr("Order %1 as changed by %2").arg(event.orderId, event.changeOrders.join(QStringLiteral(", ")));
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case WhenColumn:
            return event.at.isValid() ? event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
        case KindColumn:
            return AssetPresentation::eventKindLabel(event.kind);
        case OrderColumn:
            return event.changeOrders.isEmpty() ? event.orderId
                                                : tr("%1 (+ %2)").arg(event.orderId, event.changeOrders.join(QStringLiteral(", ")));
        case ActorColumn:
            return event.actor;
        case ChangeColumn:
            return AssetPresentation::changeText(event.before, event.after);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant AssetHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("Event");
    case OrderColumn:
        return tr("Order");
    case ActorColumn:
        return tr("By");
    case ChangeColumn:
        return tr("Change (before \u2192 after)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fw
