// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/enginesnapshot.h"
#include "common/snapshottablemodel.h"

namespace fw {

// The unresolved escalations to supervisors (opened by jeopardy rules or by a supervisor), from
// engine snapshots.
class EscalationModel final : public SnapshotTableModel<EscalationSummary> {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        LevelColumn,
        OrderColumn,
        StepColumn,
        QueueColumn,
        StateColumn,
        AgeColumn,
        RaisedByColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        EscalationIdRole = Qt::UserRole + 1, // qint64
        OrderIdRole,
        StateRole, // open, claimed
        ClaimedByRole,
        SortRole,
    };

    explicit EscalationModel(QObject* parent = nullptr);
    void setSnapshot(const EngineSnapshot& snapshot);
    int openCount() const; // not yet taken by a supervisor

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const EscalationSummary& row) const override { return QString::number(row.id); }

private:
    QDateTime m_at;
};

} // namespace fw
