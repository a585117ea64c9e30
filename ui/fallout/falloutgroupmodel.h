// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/snapshottablemodel.h"

#include <QStringList>

namespace fw {

struct EngineSnapshot;

// One group of open fallout cases with the same error signature (falloutsignature.h).
struct FalloutGroup {
    QString signature;
    QString endpoint; // or the step type
    QString classification;
    QString shape; // the error's shape
    QStringList queues;
    int cases = 0;
    int orders = 0;
    bool operator==(const FalloutGroup&) const = default;
};

// Open fallout grouped by error signature, biggest group first: the fallout queue's "what is going
// wrong" list, from which a whole group is retried or skipped in one action.
class FalloutGroupModel final : public SnapshotTableModel<FalloutGroup> {
    Q_OBJECT

public:
    enum Column { CasesColumn, WhereColumn, ClassColumn, ShapeColumn, QueuesColumn, ColumnCount };
    enum Role { SignatureRole = Qt::UserRole + 1, SortRole };

    explicit FalloutGroupModel(QObject* parent = nullptr);

    void setSnapshot(const EngineSnapshot& snapshot);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const FalloutGroup& group) const override { return group.signature; }
};

} // namespace fw
