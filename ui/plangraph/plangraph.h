// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/steptypes.h"
#include "engine/stepstate.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace fw {

struct Catalog;
struct OrchestrationPlan;

// One swimlane of the plan graph, in catalog order.
struct PlanGraphLane {
    QString id;
    QString name;
};

// What a change order does (preview) or did (stored order) to a step; the graph draws a badge for
// every value but None, and Discarded cards faded with a dashed border.
enum class NodeChange { None, Kept, Amended, Added, Discarded, Compensation, Refused };

// One step of the plan graph: what the graph view shows of a PlanStep.
struct PlanGraphNode {
    QString id;
    QString name;
    StepType type = StepType::AutoTask;
    StepScope scope = StepScope::LineItem;
    QString scopeKey;
    QString planDefinition;
    // Where the step belongs (PlanGroupModel groups and labels the cards by it): the delivery group
    // (site) all its lines share, the bundle item all its lines share and its one line; each empty
    // when there is none or its lines differ.
    QString site;
    QString bundle;
    QString line;
    int lane = 0; // index into PlanGraph::lanes
    bool pointOfNoReturn = false;
    std::vector<int> dependsOn; // indexes into PlanGraph::nodes
    NodeChange change = NodeChange::None;
    QString changeNote; // why, for the tooltip: the change's reason, the step a compensation undoes
};

// A dependency drawn as an arrow from `from` (the prerequisite) to `to` (the dependent step).
struct PlanGraphEdge {
    int from = 0;
    int to = 0;
    bool crossPlan = false; // the two steps belong to different plan definitions
};

// The plan as a graph: nodes, lanes and edges, independent of any widget. Built once per plan;
// live states travel separately (NodeStatus).
struct PlanGraph {
    std::vector<PlanGraphLane> lanes;
    std::vector<PlanGraphNode> nodes;
    std::vector<PlanGraphEdge> edges; // derived from dependsOn by rebuild()

    int nodeIndex(const QString& id) const; // -1 when unknown
    // After nodes change: rebuilds the id index and the edge list.
    void rebuild();

private:
    QHash<QString, int> m_index;
};

// A plan graph from an orchestration plan. Lane names come from the catalog (the lane id when the
// catalog is null or does not know the lane); lanes keep the plan's (catalog) order.
PlanGraph planGraphFromPlan(const OrchestrationPlan& plan, const Catalog* catalog);

// Fills node.site, node.bundle and node.line from the ids of the lines a step covers; `siteOf`
// gives a line's delivery group (empty: none known). A bundle-scope line ("bundle.B1.P") names its
// bundle item in its id.
template <typename SiteOf> void setNodePlace(PlanGraphNode& node, const QStringList& lines, SiteOf siteOf)
{
    const auto common = [&lines](auto valueOf) {
        QString value = lines.isEmpty() ? QString() : valueOf(lines.front());
        for (const QString& line : lines)
            if (valueOf(line) != value)
                return QString();
        return value;
    };
    node.site = common(siteOf);
    node.bundle = common([](const QString& line) {
        if (!line.startsWith(QLatin1String("bundle.")))
            return QString();
        const qsizetype dot = line.indexOf(QLatin1Char('.'), 7);
        return dot < 0 ? QString() : line.mid(7, dot - 7);
    });
    node.line = lines.size() == 1 && node.scope == StepScope::LineItem ? lines.front() : QString();
}

// The dependency edges (indexes into graph.edges) between consecutive steps of a critical path
// given as step ids, first to last. Unknown ids and pairs without a direct dependency are skipped.
std::vector<int> criticalPathEdges(const PlanGraph& graph, const QStringList& stepIds);

// A live status pushed by the engine (the graph's slice of a StepStatus).
struct NodeStatus {
    QString stepId;
    StepState state = StepState::Pending;
    int attempts = 0;
};

// What the graph's filter keeps at full strength (the rest is dimmed).
enum class PlanFilter { All, ManualTasks, Callouts, Failed, Waiting, NotCompleted };

bool matchesFilter(PlanFilter filter, StepType type, StepState state);

} // namespace fw
