// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/enginesnapshot.h"
#include "common/snapshottablemodel.h"

namespace fw {

// The steps of one order with their live state (the order page's step table).
class StepStatusModel final : public SnapshotTableModel<StepStatus> {
    Q_OBJECT

public:
    enum Column { NameColumn, LaneColumn, TypeColumn, StateColumn, AttemptsColumn, UpdatedColumn, ErrorColumn, ColumnCount };
    enum Role { StepIdRole = Qt::UserRole + 1, StateRole, SortRole };

    explicit StepStatusModel(QObject* parent = nullptr);

    void setSteps(const std::vector<StepStatus>& steps) { replaceRows(steps); }
    int rowOfStep(const QString& stepId) const { return rowOf(stepId); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const StepStatus& step) const override { return step.id; }
};

} // namespace fw
