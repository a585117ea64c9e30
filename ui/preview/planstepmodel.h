// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace fw {

struct Catalog;
struct OrchestrationPlan;

// The steps of one orchestration plan as a two-level tree: the plan's lanes in plan order as
// top-level rows, each lane's steps (in the plan's topological order) as their children.
class PlanStepModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ScopeColumn, IdColumn, DependsOnColumn, DurationColumn, PonrColumn, ColumnCount };
    enum Role {
        StepIndexRole = Qt::UserRole + 1, // int: index into OrchestrationPlan::steps, -1 on lane rows
        StepIdRole, // QString: the step id, empty on lane rows
        LaneIdRole, // QString: the lane id, on lane and step rows
        IsLaneRole, // bool
        StepCountRole, // int: lane rows only
        SortRole, // a value to sort by: seconds for durations, the text otherwise
    };

    explicit PlanStepModel(QObject* parent = nullptr);
    ~PlanStepModel() override;

    // The catalog must be the one the plan was made from (lane names, step definitions).
    void setPlan(std::shared_ptr<const Catalog> catalog, std::shared_ptr<const OrchestrationPlan> plan);
    void clear();
    const OrchestrationPlan* plan() const { return m_plan.get(); }
    int stepCount() const;

    QModelIndex laneIndex(const QString& laneId) const;
    QModelIndex stepIndex(const QString& stepId) const;
    // The name a step is shown by elsewhere, e.g. in "depends on": its name, plus its scope key when
    // other steps of the plan have the same name.
    QString stepDisplayName(int stepIndex) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct LaneRow {
        QString id;
        QString name;
        int catalogIndex = -1;
        std::vector<int> steps; // indexes into OrchestrationPlan::steps
    };

    QVariant laneData(const LaneRow& lane, int column, int role) const;
    QVariant stepData(const LaneRow& lane, int stepIndex, int column, int role) const;
    QString stepToolTip(int stepIndex) const;
    QString dependsOnText(int stepIndex) const;
    void rebuild();

    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const OrchestrationPlan> m_plan;
    std::vector<LaneRow> m_lanes;
    QHash<QString, int> m_nameCount; // step name -> how many steps carry it
};

} // namespace fw
