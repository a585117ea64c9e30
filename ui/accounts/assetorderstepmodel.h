// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/assetorderpreview.h"

#include <QAbstractItemModel>

namespace fw {

// The plan of a previewed asset-based order by lane: each lane (its catalog name, the number of
// steps) with its steps under it in plan order (name, type, lines).
class AssetOrderStepModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { StepColumn, TypeColumn, LinesColumn, ColumnCount };

    explicit AssetOrderStepModel(QObject* parent = nullptr);

    void setSteps(const std::vector<AssetOrderPreview::Step>& steps);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct LaneSteps {
        QString name;
        std::vector<AssetOrderPreview::Step> steps;
    };
    std::vector<LaneSteps> m_lanes; // in the order their first step comes in the plan
};

} // namespace fw
