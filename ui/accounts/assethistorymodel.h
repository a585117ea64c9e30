// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/asset.h"

#include <QAbstractTableModel>

#include <vector>

namespace fw {

// One asset's history (AssetReader::history), newest first: when, what happened, the order (and
// its change orders) that did it, who, and what changed before -> after.
class AssetHistoryModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { WhenColumn, KindColumn, OrderColumn, ActorColumn, ChangeColumn, ColumnCount };
    enum Role { OrderIdRole = Qt::UserRole + 1, KindRole };

    explicit AssetHistoryModel(QObject* parent = nullptr);

    // events: oldest first, as the store gives them.
    void setHistory(const QString& assetId, std::vector<AssetEvent> events);
    QString assetId() const { return m_assetId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_assetId;
    std::vector<AssetEvent> m_events; // newest first
};

} // namespace fw
