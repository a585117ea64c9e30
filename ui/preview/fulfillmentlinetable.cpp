// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fulfillmentlinetable.h"

#include "fulfillmentlinemodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace fw {

FulfillmentLineTable::FulfillmentLineTable(QWidget* parent)
    : QTableView(parent)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("fulfillmentLineTable"));
    setAccessibleName(tr("Fulfillment lines"));
    setModel(m_proxy);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setShowGrid(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    sortByColumn(-1, Qt::AscendingOrder); // keep the decomposition order until the user sorts
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FulfillmentLineTable::applyLayout);
}

void FulfillmentLineTable::setLineModel(FulfillmentLineModel* model)
{
    m_proxy->setSourceModel(model);
    applyLayout();
}

void FulfillmentLineTable::applyLayout()
{
    const auto* lines = qobject_cast<const FulfillmentLineModel*>(m_proxy->sourceModel());
    setColumnHidden(FulfillmentLineModel::AssetColumn, !lines || !lines->hasAssetLines()); // only for asset-based orders
    resizeColumnsToContents();
    for (int column = 0; column + 1 < m_proxy->columnCount(); ++column)
        setColumnWidth(column, std::min(columnWidth(column) + 24, 360));
}

} // namespace fw
