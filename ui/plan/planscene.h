// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plangraph/plangraph.h"
#include "plangraph/plangraphlayout.h"
#include "plangraph/plangroupmodel.h"
#include "planedgelayers.h"

#include <QGraphicsScene>

#include <memory>
#include <optional>
#include <vector>

namespace fw {

class EdgeLayerItem;
class LaneBandItem;
class PlanGraphStyle;
class StepGroupItem;
class StepNodeItem;

// The plan graph as a scene: lane bands, step cards, group cards and dependency arrows, placed by
// PlanGraphLayout. Live statuses only repaint the cards that change; nothing moves until a lane
// is collapsed or expanded (and then nothing moves horizontally) or a group of steps
// (PlanGroupModel: one site's, bundle's or line's chain) is collapsed into one card or expanded.
class PlanScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit PlanScene(QObject* parent = nullptr);
    ~PlanScene() override;

    // Lays the graph out and builds the items. All steps start pending with no attempts, all
    // groups expanded.
    void setGraph(PlanGraph graph);
    void clearGraph();
    const PlanGraph& graph() const { return m_graph; }
    const PlanGraphLayoutResult& layoutResult() const { return m_result; }
    const PlanGraphMetrics& metrics() const { return m_layout.metrics(); }

    // Live state. Return whether a card changed (false too for an unknown step id).
    bool setStepStatus(const QString& stepId, StepState state, int attempts);
    int applyStatuses(const std::vector<NodeStatus>& statuses); // the number of cards that changed

    // Highlights the step and its upstream and downstream chain, dims the rest; empty: none.
    void setSelectedStep(const QString& stepId);
    QString selectedStep() const;
    void setFilter(PlanFilter filter);
    PlanFilter filter() const { return m_filter; }
    // An order's critical path (step ids, first to last; the jeopardy view's OrderForecast): its
    // steps get an outline and the dependencies between consecutive ones are drawn highlighted.
    // Empty: none. Unknown ids are ignored. A new graph starts without one.
    void setCriticalPath(const QStringList& stepIds);
    const QStringList& criticalPath() const { return m_criticalPath; }
    EdgeLayerItem* criticalPathLayer() const { return m_edges.criticalPathLayer(); }
    void setLaneCollapsed(int lane, bool collapsed);
    bool isLaneCollapsed(int lane) const;
    // The repeated chains of the plan and which are collapsed (planscenelookup.h has shortcuts).
    const PlanGroupModel& groups() const { return m_groups; }
    // Collapses the groups marked in `collapsed` (one flag per group), expands the others and lays
    // the plan out again, at most `cellRows` cards of a lane in one column (0: no limit, -1: as
    // before). Lanes stay collapsed or expanded.
    void regroup(const std::vector<bool>& collapsed, int cellRows = -1);
    StepGroupItem* groupItem(int group) const
    {
        return group >= 0 && static_cast<std::size_t>(group) < m_groupItems.size() ? m_groupItems[static_cast<std::size_t>(group)]
                                                                                   : nullptr;
    }

    // Where cards are and what they show: planscenelookup.h.
    StepNodeItem* nodeItem(int index) const;
    const PlanGraphStyle& style() const { return *m_style; }

Q_SIGNALS:
    void laneCollapsedChanged(int lane, bool collapsed);

protected:
    bool event(QEvent* event) override;

private:
    void rebuildStyle();
    void placeItems();
    void updateEmphasis(int index);

    PlanGraph m_graph;
    PlanGraphLayout m_layout;
    PlanGraphLayoutResult m_result;
    PlanGroupModel m_groups;
    std::unique_ptr<PlanGraphStyle> m_style;
    std::vector<StepNodeItem*> m_nodes;
    std::vector<StepGroupItem*> m_groupItems;
    std::vector<LaneBandItem*> m_lanes;
    PlanEdgeLayers m_edges;
    QStringList m_criticalPath;
    std::vector<std::vector<int>> m_dependents; // per node: the steps that depend on it
    std::vector<char> m_chain; // per node: 1 upstream, 2 downstream, 3 the selected step
    int m_selected = -1;
    int m_cellRows = 0;
    PlanFilter m_filter = PlanFilter::All;
};

} // namespace fw
