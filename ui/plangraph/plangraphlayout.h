// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QRectF>

#include <vector>

namespace fw {

struct PlanGraph;

// Geometry of the plan graph, in scene units (pixels at 100 % zoom).
struct PlanGraphMetrics {
    qreal nodeWidth = 200;
    qreal nodeHeight = 54;
    qreal columnGap = 64; // between columns: where edges change rows
    qreal rowGap = 18; // between nodes of one column in a lane
    qreal laneHeaderWidth = 156; // the lane title at the left of each band
    qreal lanePadding = 16; // above the first and below the last row of a band
    qreal laneGap = 6;
    qreal collapsedLaneHeight = 34;
    qreal emptyLaneHeight = 40; // a lane whose steps are all in collapsed groups elsewhere: its header only
    qreal margin = 12;
};

// Where everything goes. Columns follow the dependency depth (longest path), so every step is right
// of all its prerequisites; rows are per lane and column.
struct PlanGraphLayoutResult {
    std::vector<int> column; // per node
    std::vector<int> row; // per node: row within its lane band
    std::vector<int> lane; // per node: its lane band
    std::vector<QRectF> nodeRects; // per node; a collapsed lane's nodes sit on its header strip
    std::vector<QRectF> laneRects; // per lane, the full band including its header
    std::vector<int> laneRows; // per lane: rows its busiest column needs (0: nothing shown in it)
    std::vector<bool> collapsed; // per lane
    // The band of collapsed groups whose steps span lanes (PlanGroupModel), after the graph's lanes
    // in laneRects but stacked above them; -1: none.
    int groupBand = -1;
    int columnCount = 0;
    QRectF bounds; // everything, with margins
};

// The layered ("Sugiyama") layout of a plan graph with swimlanes: columns by longest path, the order
// inside each lane and column by barycenter sweeps that reduce edge crossings, rows placed near
// their in-lane neighbours, lanes stacked as bands. Pure and fast: 10,000 steps in a few ms.
class PlanGraphLayout {
public:
    explicit PlanGraphLayout(PlanGraphMetrics metrics = {});

    const PlanGraphMetrics& metrics() const { return m_metrics; }

    // Nodes are ordered by barycenter sweeps unless `reduceCrossings` is false (then they keep the
    // graph's order: the naive layout, for comparison). With `maxCellRows` > 0 no lane has more than
    // that many steps in one column: the rest wrap into the next columns (PlanView's Fit uses it
    // to turn many parallel chains into a grid).
    PlanGraphLayoutResult layout(const PlanGraph& graph, bool reduceCrossings = true, int maxCellRows = 0) const;

    // Restacks the lane bands after lanes were collapsed or expanded. Columns and rows stay, so no
    // node moves horizontally and the other lanes keep their shape. The group band goes on top.
    void stackLanes(PlanGraphLayoutResult& result, const std::vector<bool>& collapsed) const;

    // Crossings between edges that join adjacent columns, counted on the final rows (global order:
    // lane, then row). The measure the ordering minimises.
    static long long countCrossings(const PlanGraph& graph, const PlanGraphLayoutResult& result);

private:
    PlanGraphMetrics m_metrics;
};

} // namespace fw
