// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/assetorderpreview.h"

#include <QAbstractTableModel>

namespace fw {

// The fulfillment lines of a previewed asset-based order with their delta against the asset:
// line, product, action, change ("+50 (increase)", "modify: bandwidth"), quantity once done.
class AssetOrderLineModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LineColumn, ProductColumn, ActionColumn, ChangeColumn, TotalColumn, ColumnCount };

    explicit AssetOrderLineModel(QObject* parent = nullptr);

    void setLines(std::vector<AssetOrderPreview::Line> lines);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AssetOrderPreview::Line> m_lines;
};

} // namespace fw
