// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncconflictmodel.h"

#include "common/enginetexttranslation.h"
#include "common/statepresentation.h"
#include "sync/syncagent.h"
#include "syncpresentation.h"

namespace fw {

SyncConflictModel::SyncConflictModel(QObject* parent)
    : SnapshotTableModel(parent)
{
}

void SyncConflictModel::setStatus(const SyncStatus& status)
{
    replaceRows(status.conflicts);
}

int SyncConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncConflictModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SyncConflict& conflict = rowAt(index.row());
    switch (role) {
    case ConflictIdRole:
        return conflict.id;
    case OrderIdRole:
        return conflict.orderId;
    case KindRole:
        return conflict.kind;
    case SortRole:
        return index.column() == TimeColumn ? QVariant(conflict.at) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return index.column() == DetailColumn ? QVariant(translatedEngineText(conflict.detail)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return StatePresentation::timeText(conflict.at);
        case OrderColumn:
            return conflict.orderId;
        case KindColumn:
            return SyncPresentation::conflictKindText(conflict.kind);
        case DetailColumn:
            return translatedEngineText(conflict.detail);
        }
        return {};
    default:
        return {};
    }
}

QVariant SyncConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case OrderColumn:
        return tr("Order");
    case KindColumn:
        return tr("What happened");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

} // namespace fw
