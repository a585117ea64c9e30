// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plangraphlayout.h"

#include "plangraph.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fw {

namespace {

    // Compressed adjacency: the successors and predecessors of every node.
    struct Adjacency {
        std::vector<int> predStart, preds, succStart, succs;

        explicit Adjacency(const PlanGraph& graph)
        {
            const std::size_t n = graph.nodes.size();
            predStart.assign(n + 1, 0);
            succStart.assign(n + 1, 0);
            for (const PlanGraphEdge& e : graph.edges) {
                ++predStart[static_cast<std::size_t>(e.to) + 1];
                ++succStart[static_cast<std::size_t>(e.from) + 1];
            }
            std::partial_sum(predStart.begin(), predStart.end(), predStart.begin());
            std::partial_sum(succStart.begin(), succStart.end(), succStart.begin());
            preds.resize(graph.edges.size());
            succs.resize(graph.edges.size());
            std::vector<int> pFill(predStart.begin(), predStart.end() - 1);
            std::vector<int> sFill(succStart.begin(), succStart.end() - 1);
            for (const PlanGraphEdge& e : graph.edges) {
                preds[static_cast<std::size_t>(pFill[static_cast<std::size_t>(e.to)]++)] = e.from;
                succs[static_cast<std::size_t>(sFill[static_cast<std::size_t>(e.from)]++)] = e.to;
            }
        }
        template <typename F> void forPreds(int node, F f) const
        {
            for (int i = predStart[static_cast<std::size_t>(node)]; i < predStart[static_cast<std::size_t>(node) + 1]; ++i)
                f(preds[static_cast<std::size_t>(i)]);
        }
        template <typename F> void forSuccs(int node, F f) const
        {
            for (int i = succStart[static_cast<std::size_t>(node)]; i < succStart[static_cast<std::size_t>(node) + 1]; ++i)
                f(succs[static_cast<std::size_t>(i)]);
        }
    };

    // Inversions among edges joining adjacent columns, with nodes ordered by `key`.
    long long crossings(const PlanGraph& graph, const std::vector<int>& column, const std::vector<long long>& key)
    {
        int columns = 0;
        for (int c : column)
            columns = std::max(columns, c + 1);
        std::vector<std::vector<std::pair<long long, long long>>> byColumn(static_cast<std::size_t>(std::max(columns, 1)));
        for (const PlanGraphEdge& e : graph.edges) {
            const auto from = static_cast<std::size_t>(e.from);
            const auto to = static_cast<std::size_t>(e.to);
            if (column[to] == column[from] + 1)
                byColumn[static_cast<std::size_t>(column[from])].emplace_back(key[from], key[to]);
        }
        long long total = 0;
        std::vector<long long> targets;
        std::vector<int> tree;
        for (auto& edges : byColumn) {
            if (edges.size() < 2)
                continue;
            std::sort(edges.begin(), edges.end());
            targets.clear();
            for (const auto& e : edges)
                targets.push_back(e.second);
            std::sort(targets.begin(), targets.end());
            targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
            tree.assign(targets.size() + 1, 0);
            long long seen = 0;
            for (const auto& e : edges) {
                // Edges seen so far whose target is strictly below this one cross it.
                const auto rank = std::upper_bound(targets.begin(), targets.end(), e.second) - targets.begin();
                long long notAbove = 0; // seen targets <= this target
                for (auto i = rank; i > 0; i -= i & -i)
                    notAbove += tree[static_cast<std::size_t>(i)];
                total += seen - notAbove;
                const auto own = std::lower_bound(targets.begin(), targets.end(), e.second) - targets.begin() + 1;
                for (auto i = own; i < static_cast<long long>(tree.size()); i += i & -i)
                    ++tree[static_cast<std::size_t>(i)];
                ++seen;
            }
        }
        return total;
    }

    // Moves the nodes beyond `maxRows` of a lane's cell to the next column (in graph order), and
    // their dependents further right, until no cell is taller: a plan of many parallel chains
    // becomes a grid instead of one very tall column. O(columns x nodes).
    void wrapCells(const PlanGraph& graph, const Adjacency& adj, const std::vector<int>& order, int maxRows, std::vector<int>& column)
    {
        QHash<int, int> rows; // lane -> nodes seen in this column
        for (int c = 0; c < static_cast<int>(graph.nodes.size()); ++c) {
            rows.clear();
            bool moved = false;
            bool any = false;
            for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
                if (column[i] != c)
                    continue;
                any = true;
                if (++rows[graph.nodes[i].lane] > maxRows) {
                    column[i] = c + 1;
                    moved = true;
                }
            }
            if (moved)
                for (int node : order)
                    adj.forSuccs(node, [&](int s) {
                        column[static_cast<std::size_t>(s)]
                            = std::max(column[static_cast<std::size_t>(s)], column[static_cast<std::size_t>(node)] + 1);
                    });
            if (!any && !moved)
                break;
        }
    }

} // namespace

PlanGraphLayout::PlanGraphLayout(PlanGraphMetrics metrics)
    : m_metrics(metrics)
{
}

PlanGraphLayoutResult PlanGraphLayout::layout(const PlanGraph& graph, bool reduceCrossings, int maxCellRows) const
{
    const std::size_t n = graph.nodes.size();
    int laneCount = static_cast<int>(graph.lanes.size());
    for (const PlanGraphNode& node : graph.nodes)
        laneCount = std::max(laneCount, node.lane + 1);
    const Adjacency adj(graph);

    PlanGraphLayoutResult result;
    result.lane.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        result.lane[i] = graph.nodes[i].lane;
    // Columns: longest path from a root (Kahn's order, so any input order works).
    result.column.assign(n, 0);
    std::vector<int> queue; // Kahn's order: every node after its prerequisites
    {
        std::vector<int> indegree(n, 0);
        queue.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            indegree[i] = adj.predStart[i + 1] - adj.predStart[i];
            if (indegree[i] == 0)
                queue.push_back(static_cast<int>(i));
        }
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const int node = queue[head];
            adj.forSuccs(node, [&](int s) {
                auto& c = result.column[static_cast<std::size_t>(s)];
                c = std::max(c, result.column[static_cast<std::size_t>(node)] + 1);
                if (--indegree[static_cast<std::size_t>(s)] == 0)
                    queue.push_back(s);
            });
        }
    }
    if (maxCellRows > 0)
        wrapCells(graph, adj, queue, maxCellRows, result.column);
    for (int c : result.column)
        result.columnCount = std::max(result.columnCount, c + 1);
    const int columns = result.columnCount;

    // Cells: the nodes of one lane and column, in display order.
    std::vector<std::vector<int>> cells(static_cast<std::size_t>(laneCount) * static_cast<std::size_t>(columns));
    const auto cellOf = [&](int node) -> std::vector<int>& {
        const auto& g = graph.nodes[static_cast<std::size_t>(node)];
        return cells[static_cast<std::size_t>(g.lane) * static_cast<std::size_t>(columns)
                     + static_cast<std::size_t>(result.column[static_cast<std::size_t>(node)])];
    };
    for (std::size_t i = 0; i < n; ++i)
        cellOf(static_cast<int>(i)).push_back(static_cast<int>(i));
    result.laneRows.assign(static_cast<std::size_t>(laneCount), 1);
    for (int lane = 0; lane < laneCount; ++lane)
        for (int c = 0; c < columns; ++c)
            result.laneRows[static_cast<std::size_t>(lane)]
                = std::max(result.laneRows[static_cast<std::size_t>(lane)],
                           static_cast<int>(cells[static_cast<std::size_t>(lane * columns + c)].size()));

    // Global order key: lane base (rows of the lanes above) + position in the cell.
    std::vector<long long> laneBase(static_cast<std::size_t>(laneCount) + 1, 0);
    for (int lane = 0; lane < laneCount; ++lane)
        laneBase[static_cast<std::size_t>(lane) + 1]
            = laneBase[static_cast<std::size_t>(lane)] + result.laneRows[static_cast<std::size_t>(lane)];
    std::vector<long long> key(n, 0);
    const auto refreshKeys = [&] {
        for (int lane = 0; lane < laneCount; ++lane)
            for (int c = 0; c < columns; ++c) {
                const auto& cell = cells[static_cast<std::size_t>(lane * columns + c)];
                for (std::size_t p = 0; p < cell.size(); ++p)
                    key[static_cast<std::size_t>(cell[p])] = laneBase[static_cast<std::size_t>(lane)] + static_cast<long long>(p);
            }
    };
    refreshKeys();

    if (reduceCrossings && n > 1) {
        long long best = crossings(graph, result.column, key);
        std::vector<std::vector<int>> bestCells = cells;
        std::vector<std::pair<double, int>> sortable;
        const auto sweep = [&](bool down) {
            for (int step = 0; step < columns; ++step) {
                const int c = down ? step : columns - 1 - step;
                for (int lane = 0; lane < laneCount; ++lane) {
                    auto& cell = cells[static_cast<std::size_t>(lane * columns + c)];
                    if (cell.size() < 2)
                        continue;
                    sortable.clear();
                    for (int node : cell) {
                        double sum = 0;
                        int count = 0;
                        const auto add = [&](int other) {
                            sum += static_cast<double>(key[static_cast<std::size_t>(other)]);
                            ++count;
                        };
                        if (down)
                            adj.forPreds(node, add);
                        else
                            adj.forSuccs(node, add);
                        const double own = static_cast<double>(key[static_cast<std::size_t>(node)]);
                        sortable.emplace_back(count ? sum / count : own, node);
                    }
                    std::stable_sort(sortable.begin(), sortable.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
                    for (std::size_t p = 0; p < cell.size(); ++p) {
                        cell[p] = sortable[p].second;
                        key[static_cast<std::size_t>(cell[p])] = laneBase[static_cast<std::size_t>(lane)] + static_cast<long long>(p);
                    }
                }
            }
        };
        for (int pass = 0; pass < 4 && best > 0; ++pass) {
            sweep(pass % 2 == 0);
            const long long now = crossings(graph, result.column, key);
            if (now < best) {
                best = now;
                bestCells = cells;
            }
        }
        cells = std::move(bestCells);
        refreshKeys();
    }

    // Rows: each node near the mean row of its in-lane neighbours, order kept, no overlaps.
    result.row.assign(n, 0);
    std::vector<double> desired;
    const auto place = [&](const std::vector<int>& cell, int rows) {
        const int k = static_cast<int>(cell.size());
        std::vector<int> r(cell.size());
        for (int i = 0; i < k; ++i)
            r[static_cast<std::size_t>(i)] = static_cast<int>(std::lround(desired[static_cast<std::size_t>(i)]));
        for (int i = 0; i < k; ++i)
            r[static_cast<std::size_t>(i)] = std::max(r[static_cast<std::size_t>(i)], i == 0 ? 0 : r[static_cast<std::size_t>(i) - 1] + 1);
        for (int i = k - 1; i >= 0; --i)
            r[static_cast<std::size_t>(i)]
                = std::min(r[static_cast<std::size_t>(i)], i == k - 1 ? rows - 1 : r[static_cast<std::size_t>(i) + 1] - 1);
        for (int i = 0; i < k; ++i)
            result.row[static_cast<std::size_t>(cell[static_cast<std::size_t>(i)])] = r[static_cast<std::size_t>(i)];
    };
    for (int pass = 0; pass < 2; ++pass) {
        const bool forward = pass == 0;
        for (int lane = 0; lane < laneCount; ++lane) {
            const int rows = result.laneRows[static_cast<std::size_t>(lane)];
            for (int step = 0; step < columns; ++step) {
                const int c = forward ? step : columns - 1 - step;
                const auto& cell = cells[static_cast<std::size_t>(lane * columns + c)];
                const int k = static_cast<int>(cell.size());
                desired.assign(cell.size(), 0);
                for (int i = 0; i < k; ++i) {
                    const int node = cell[static_cast<std::size_t>(i)];
                    double sum = 0;
                    int count = 0;
                    const auto add = [&](int other) {
                        if (graph.nodes[static_cast<std::size_t>(other)].lane == lane) {
                            sum += result.row[static_cast<std::size_t>(other)];
                            ++count;
                        }
                    };
                    adj.forPreds(node, add);
                    if (!forward) {
                        if (count == 0)
                            adj.forSuccs(node, add);
                        else {
                            sum = result.row[static_cast<std::size_t>(node)];
                            count = 1;
                        }
                    }
                    desired[static_cast<std::size_t>(i)] = count ? sum / count : (rows - k) / 2.0 + i;
                }
                place(cell, rows);
            }
        }
    }

    stackLanes(result, std::vector<bool>(static_cast<std::size_t>(laneCount), false));
    return result;
}

void PlanGraphLayout::stackLanes(PlanGraphLayoutResult& result, const std::vector<bool>& collapsed) const
{
    const PlanGraphMetrics& m = m_metrics;
    const std::size_t lanes = result.laneRows.size();
    result.collapsed = collapsed;
    result.collapsed.resize(lanes, false);
    const qreal firstColumn = m.margin + m.laneHeaderWidth + m.columnGap / 2;
    const qreal width = m.laneHeaderWidth + m.columnGap + result.columnCount * (m.nodeWidth + m.columnGap) - m.columnGap;
    result.laneRects.assign(lanes, QRectF());
    std::vector<qreal> top(lanes, 0);
    qreal y = m.margin;
    std::vector<std::size_t> order; // top to bottom: the group band, then the lanes
    order.reserve(lanes);
    if (result.groupBand >= 0 && static_cast<std::size_t>(result.groupBand) < lanes)
        order.push_back(static_cast<std::size_t>(result.groupBand));
    for (std::size_t lane = 0; lane < lanes; ++lane)
        if (static_cast<int>(lane) != result.groupBand)
            order.push_back(lane);
    for (const std::size_t lane : order) {
        const qreal height = result.collapsed[lane] ? m.collapsedLaneHeight
            : result.laneRows[lane] == 0            ? m.emptyLaneHeight
                                                    : 2 * m.lanePadding + result.laneRows[lane] * (m.nodeHeight + m.rowGap) - m.rowGap;
        result.laneRects[lane] = QRectF(m.margin, y, width, height);
        top[lane] = y;
        y += height + m.laneGap;
    }
    const std::size_t n = result.column.size();
    result.nodeRects.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto lane = static_cast<std::size_t>(result.lane[i]);
        const qreal x = firstColumn + result.column[i] * (m.nodeWidth + m.columnGap);
        if (result.collapsed[lane]) // on the header strip, no height: edges end on the band
            result.nodeRects[i].setRect(x, result.laneRects[lane].center().y(), m.nodeWidth, 0);
        else
            result.nodeRects[i].setRect(x, top[lane] + m.lanePadding + result.row[i] * (m.nodeHeight + m.rowGap), m.nodeWidth,
                                        m.nodeHeight);
    }
    result.bounds = QRectF(0, 0, width + 2 * m.margin, (lanes ? y - m.laneGap : y) + m.margin);
}

long long PlanGraphLayout::countCrossings(const PlanGraph& graph, const PlanGraphLayoutResult& result)
{
    std::vector<long long> key(graph.nodes.size());
    long long base = 0;
    std::vector<long long> laneBase(result.laneRows.size(), 0);
    for (std::size_t lane = 0; lane < result.laneRows.size(); ++lane) {
        laneBase[lane] = base;
        base += result.laneRows[lane];
    }
    for (std::size_t i = 0; i < key.size(); ++i)
        key[i] = laneBase[static_cast<std::size_t>(result.lane[i])] + result.row[i];
    return crossings(graph, result.column, key);
}

} // namespace fw
