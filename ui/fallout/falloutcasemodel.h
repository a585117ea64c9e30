// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/enginesnapshot.h"
#include "common/snapshottablemodel.h"

namespace fw {

// Open fallout cases, refreshed in place from engine snapshots.
class FalloutCaseModel final : public SnapshotTableModel<FalloutSummary> {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        OrderColumn,
        StepColumn,
        LaneColumn,
        QueueColumn,
        ClassificationColumn,
        ErrorColumn,
        AttemptsColumn,
        AgeColumn,
        RunsOnColumn,
        ColumnCount
    };
    enum Role {
        CaseIdRole = Qt::UserRole + 1, // qint64
        OrderIdRole, // QString
        StepIdRole, // QString
        QueueRole, // QString
        SortRole,
        SignatureRole, // QString: falloutSignature(), what groups cases for bulk actions
    };

    explicit FalloutCaseModel(QObject* parent = nullptr);

    void setSnapshot(const EngineSnapshot& snapshot);
    int rowOfCase(qint64 caseId) const { return rowOf(QString::number(caseId)); }
    QStringList queues() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const FalloutSummary& c) const override { return QString::number(c.id); }

private:
    QDateTime m_at;
};

} // namespace fw
