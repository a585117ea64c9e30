// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetorderlinemodel.h"

#include "assetpresentation.h"

#include <QLocale>

namespace fw {

AssetOrderLineModel::AssetOrderLineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AssetOrderLineModel::setLines(std::vector<AssetOrderPreview::Line> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int AssetOrderLineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AssetOrderLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetOrderLineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const AssetOrderPreview::Line& line = m_lines[size_t(index.row())];
    switch (Column(index.column())) {
    case LineColumn:
        return line.id;
    case ProductColumn:
        return line.product;
    case ActionColumn:
        return AssetPresentation::actionName(line.action);
    case ChangeColumn:
        return AssetPresentation::lineDeltaText(line.action, line.changeKind, line.quantityDelta, line.changedAttributes);
    case TotalColumn:
        return QLocale().toString(line.totalQuantity);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AssetOrderLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case ProductColumn:
        return tr("Fulfillment product");
    case ActionColumn:
        return tr("Action");
    case ChangeColumn:
        return tr("Change");
    case TotalColumn:
        return tr("Qty after");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fw
