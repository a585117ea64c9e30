// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractTableModel>

#include <memory>

namespace fw {

struct Catalog;
struct OrchestrationPlan;

// The fulfillment lines decomposition made of an order: one row per line, with the commercial items
// and the rules it came from ("why does this line exist"), and for a line of an asset-based item
// what it does to the asset ("Change of SO-A1/S1-U: +50, new total 150").
class FulfillmentLineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LineColumn, ProductColumn, SourceItemsColumn, RuleColumn, ScopeColumn, AssetColumn, AttributesColumn, ColumnCount };
    enum Role {
        LineIdRole = Qt::UserRole + 1, // QString
        ProductIdRole, // QString
        StepCountRole, // int: plan steps that cover the line
    };

    explicit FulfillmentLineModel(QObject* parent = nullptr);
    ~FulfillmentLineModel() override;

    void setPlan(std::shared_ptr<const Catalog> catalog, std::shared_ptr<const OrchestrationPlan> plan);
    void clear();
    // Whether a line acts on an asset (else the Asset column stays empty and the table hides it).
    bool hasAssetLines() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString productText(const QString& productId) const;
    QString attributesText(int row) const;
    QString assetText(int row) const;
    int stepCount(const QString& lineId) const;

    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const OrchestrationPlan> m_plan;
};

} // namespace fw
