// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/snapshottablemodel.h"
#include "store/syncledger.h"

namespace fw {

struct SyncStatus;

// The open sync conflicts (docs/sync.md, "Conflict rules") of the last sync status, updated in
// place so a selection survives the next round: when, which order, what kind, and the sentence
// that says who did what and when.
class SyncConflictModel final : public SnapshotTableModel<SyncConflict> {
    Q_OBJECT

public:
    enum Column { TimeColumn, OrderColumn, KindColumn, DetailColumn, ColumnCount };
    enum Role {
        ConflictIdRole = Qt::UserRole + 1, // qint64
        OrderIdRole, // QString
        KindRole, // QString: the protocol's kind ("command-failed")
        SortRole,
    };

    explicit SyncConflictModel(QObject* parent = nullptr);

    void setStatus(const SyncStatus& status);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const SyncConflict& conflict) const override { return QString::number(conflict.id); }
};

} // namespace fw
