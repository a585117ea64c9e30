// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/changepreview.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fw {

// The step changes of a change order preview, one row per StepChange: what happens to the step
// (kept, amended, added, discarded, compensation, refused), its lane, its state before and after,
// and why. IsChangeRole filters the kept steps out ("changed only").
class StepChangeModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ChangeColumn, StepColumn, LaneColumn, StateColumn, ReasonColumn, ColumnCount };
    enum Role { StepIdRole = Qt::UserRole + 1, KindRole, IsChangeRole, SortRole };

    explicit StepChangeModel(QObject* parent = nullptr);

    // laneNames: lane id -> name (the order detail's); unknown lanes show their id.
    void setPreview(const ChangePreview& preview, QHash<QString, QString> laneNames = {});
    const StepChange& stepAt(int row) const { return m_steps[std::size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<StepChange> m_steps;
    QHash<QString, QString> m_laneNames;
    QHash<QString, QString> m_stepNames; // for "undoes 'Ship router'"
};

} // namespace fw
