// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/asset.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace fw {

// An account's installed base as a tree: root assets with their child assets (a bundle's
// components) under them. Columns: product (its catalog name, the asset id in the tooltip),
// its id, quantity, main attributes, site, status (coloured, docs: AssetPresentation), term start and end.
class InstalledBaseModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        ProductColumn,
        AssetColumn,
        QuantityColumn,
        AttributesColumn,
        SiteColumn,
        StatusColumn,
        TermStartColumn,
        TermEndColumn,
        ColumnCount
    };
    enum Role {
        AssetIdRole = Qt::UserRole + 1, // QString
        StatusRole, // int: Asset::Status
    };

    explicit InstalledBaseModel(QObject* parent = nullptr);

    // assets: roots each followed by their children (AssetReader::ofAccount); productNames: id -> name.
    void setAssets(std::vector<Asset> assets, QHash<QString, QString> productNames);
    const Asset* assetAt(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& assetId) const; // column 0; invalid when not shown

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Asset> m_assets;
    QHash<QString, QString> m_productNames;
    std::vector<int> m_roots; // indexes into m_assets
    std::vector<std::vector<int>> m_children; // per asset: its children's indexes
    std::vector<int> m_parent; // per asset: its parent's index, -1 for a root
    std::vector<int> m_row; // per asset: its row under its parent
};

} // namespace fw
