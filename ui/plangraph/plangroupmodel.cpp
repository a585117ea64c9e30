// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plangroupmodel.h"

#include "plangraph.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace fw {

namespace {

    QString siteLabel(const QString& site)
    {
        return QCoreApplication::translate("fw::PlanGroupModel", "Site %1").arg(site);
    }
    QString bundleLabel(const QString& bundle)
    {
        return QCoreApplication::translate("fw::PlanGroupModel", "Bundle %1").arg(bundle);
    }
    QString lineLabel(const QString& line)
    {
        return QCoreApplication::translate("fw::PlanGroupModel", "Line %1").arg(line);
    }

    int distinctValues(const PlanGraph& graph, QString PlanGraphNode::*field)
    {
        QSet<QString> values;
        for (const PlanGraphNode& node : graph.nodes)
            if (!(node.*field).isEmpty())
                values.insert(node.*field);
        return static_cast<int>(values.size());
    }

} // namespace

PlanGroupModel::PlanGroupModel(const PlanGraph& graph)
{
    build(graph);
}

void PlanGroupModel::build(const PlanGraph& graph)
{
    const std::size_t n = graph.nodes.size();
    m_groupOf.assign(n, -1);
    m_place.assign(n, QString());
    m_placeKey.assign(n, QString());
    QString PlanGraphNode::*field = nullptr;
    if (distinctValues(graph, &PlanGraphNode::site) >= 2) {
        m_kind = Kind::Site;
        field = &PlanGraphNode::site;
    } else if (distinctValues(graph, &PlanGraphNode::bundle) >= 2) {
        m_kind = Kind::Bundle;
        field = &PlanGraphNode::bundle;
    } else if (distinctValues(graph, &PlanGraphNode::line) >= 2) {
        m_kind = Kind::Line;
        field = &PlanGraphNode::line;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const PlanGraphNode& node = graph.nodes[i];
        const auto set = [this, i](QString label, const QString& key) {
            m_place[i] = std::move(label);
            m_placeKey[i] = key;
        };
        // The grouping's kind first (a bundle-grouped plan says "Bundle B1", not the one site).
        if (!node.site.isEmpty() && m_kind != Kind::Bundle && m_kind != Kind::Line)
            set(siteLabel(node.site), node.site);
        else if (!node.bundle.isEmpty() && m_kind != Kind::Line)
            set(bundleLabel(node.bundle), node.bundle);
        else if (!node.line.isEmpty())
            set(lineLabel(node.line), node.line);
        else if (!node.site.isEmpty())
            set(siteLabel(node.site), node.site);
        else if (!node.bundle.isEmpty())
            set(bundleLabel(node.bundle), node.bundle);
    }
    if (!field)
        return;

    QHash<QString, int> byKey;
    std::vector<StepGroup> candidates;
    for (std::size_t i = 0; i < n; ++i) {
        const QString& key = graph.nodes[i].*field;
        if (key.isEmpty())
            continue;
        auto it = byKey.constFind(key);
        if (it == byKey.cend()) {
            it = byKey.insert(key, static_cast<int>(candidates.size()));
            StepGroup group;
            group.key = key;
            group.label = m_kind == Kind::Site ? siteLabel(key) : m_kind == Kind::Bundle ? bundleLabel(key) : lineLabel(key);
            candidates.push_back(std::move(group));
        }
        candidates[static_cast<std::size_t>(*it)].members.push_back(static_cast<int>(i));
    }
    std::vector<std::vector<int>> dependents(n);
    for (const PlanGraphEdge& e : graph.edges)
        dependents[static_cast<std::size_t>(e.from)].push_back(e.to);
    // Longest-path depth: a path leaving a group can only come back to it below its deepest step,
    // which bounds isConvex's search to the group's own depth range.
    std::vector<int> depth(n, 0);
    {
        std::vector<int> indegree(n, 0);
        std::vector<int> queue;
        for (const PlanGraphEdge& e : graph.edges)
            ++indegree[static_cast<std::size_t>(e.to)];
        for (std::size_t i = 0; i < n; ++i)
            if (indegree[i] == 0)
                queue.push_back(static_cast<int>(i));
        for (std::size_t head = 0; head < queue.size(); ++head)
            for (int next : dependents[static_cast<std::size_t>(queue[head])]) {
                depth[static_cast<std::size_t>(next)]
                    = std::max(depth[static_cast<std::size_t>(next)], depth[static_cast<std::size_t>(queue[head])] + 1);
                if (--indegree[static_cast<std::size_t>(next)] == 0)
                    queue.push_back(next);
            }
    }
    std::vector<char> state(n, 0); // isConvex's marks, cleared after each group
    for (StepGroup& group : candidates) {
        if (group.members.size() < 2 || !isConvex(dependents, depth, group.members, state))
            continue;
        QHash<int, int> lanes;
        for (int member : group.members)
            ++lanes[graph.nodes[static_cast<std::size_t>(member)].lane];
        int best = graph.nodes[static_cast<std::size_t>(group.members.front())].lane;
        for (auto it = lanes.cbegin(); it != lanes.cend(); ++it)
            if (it.value() > lanes.value(best) || (it.value() == lanes.value(best) && it.key() < best))
                best = it.key();
        group.lane = best;
        group.spansLanes = lanes.size() > 1;
        for (int member : group.members)
            m_groupOf[static_cast<std::size_t>(member)] = static_cast<int>(m_groups.size());
        m_groups.push_back(std::move(group));
    }
    if (m_groups.size() < 2) { // nothing repeats: no groups
        m_groups.clear();
        m_groupOf.assign(n, -1);
    }
}

// No path leaves the group and comes back: following the dependents of its outside dependents
// never reaches a member.
// O(nodes reached), so grouping stays linear-ish for many small groups.
bool PlanGroupModel::isConvex(const std::vector<std::vector<int>>& dependents, const std::vector<int>& depth,
                              const std::vector<int>& members, std::vector<char>& state) const
{
    int deepest = 0;
    for (int member : members)
        deepest = std::max(deepest, depth[static_cast<std::size_t>(member)]);
    std::vector<int> touched(members.begin(), members.end());
    const auto done = [&state, &touched](bool convex) {
        for (int node : touched)
            state[static_cast<std::size_t>(node)] = 0;
        return convex;
    };
    for (int member : members)
        state[static_cast<std::size_t>(member)] = 1;
    std::vector<int> stack;
    for (int member : members)
        for (int next : dependents[static_cast<std::size_t>(member)])
            if (state[static_cast<std::size_t>(next)] == 0 && depth[static_cast<std::size_t>(next)] < deepest) {
                state[static_cast<std::size_t>(next)] = 2;
                stack.push_back(next);
                touched.push_back(next);
            }
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        for (int next : dependents[static_cast<std::size_t>(node)]) {
            if (state[static_cast<std::size_t>(next)] == 1)
                return done(false);
            if (state[static_cast<std::size_t>(next)] == 0 && depth[static_cast<std::size_t>(next)] < deepest) {
                state[static_cast<std::size_t>(next)] = 2;
                stack.push_back(next);
                touched.push_back(next);
            }
        }
    }
    return done(true);
}

int PlanGroupModel::groupOf(int node) const
{
    return node >= 0 && static_cast<std::size_t>(node) < m_groupOf.size() ? m_groupOf[static_cast<std::size_t>(node)] : -1;
}

QString PlanGroupModel::placeOf(int node) const
{
    return node >= 0 && static_cast<std::size_t>(node) < m_place.size() ? m_place[static_cast<std::size_t>(node)] : QString();
}

QString PlanGroupModel::placeKeyOf(int node) const
{
    return node >= 0 && static_cast<std::size_t>(node) < m_placeKey.size() ? m_placeKey[static_cast<std::size_t>(node)] : QString();
}

void PlanGroupModel::setCollapsed(int group, bool collapsed)
{
    if (group >= 0 && static_cast<std::size_t>(group) < m_groups.size())
        m_groups[static_cast<std::size_t>(group)].collapsed = collapsed;
}

void PlanGroupModel::setAllCollapsed(bool collapsed)
{
    for (StepGroup& group : m_groups)
        group.collapsed = collapsed;
}

bool PlanGroupModel::isCollapsed(int group) const
{
    return group >= 0 && static_cast<std::size_t>(group) < m_groups.size() && m_groups[static_cast<std::size_t>(group)].collapsed;
}

int PlanGroupModel::collapsedCount() const
{
    return static_cast<int>(std::count_if(m_groups.begin(), m_groups.end(), [](const StepGroup& g) { return g.collapsed; }));
}

QString PlanGroupModel::bandTitle() const
{
    const int groups
        = static_cast<int>(std::count_if(m_groups.begin(), m_groups.end(), [](const StepGroup& g) { return g.collapsed && g.spansLanes; }));
    if (m_kind == Kind::Site)
        return QCoreApplication::translate("fw::PlanGroupModel", "Sites (%1)").arg(groups);
    if (m_kind == Kind::Bundle)
        return QCoreApplication::translate("fw::PlanGroupModel", "Bundles (%1)").arg(groups);
    return QCoreApplication::translate("fw::PlanGroupModel", "Lines (%1)").arg(groups);
}

int PlanGroupModel::bandSteps() const
{
    int steps = 0;
    for (const StepGroup& group : m_groups)
        if (group.collapsed && group.spansLanes)
            steps += static_cast<int>(group.members.size());
    return steps;
}

int PlanGroupModel::displayOf(int node) const
{
    const int group = groupOf(node);
    return isCollapsed(group) ? static_cast<int>(m_groupOf.size()) + group : node;
}

PlanGraphLayoutResult PlanGroupModel::layout(const PlanGraph& graph, const PlanGraphLayout& layout, int maxCellRows) const
{
    if (collapsedCount() == 0)
        return layout.layout(graph, true, maxCellRows);
    // The graph as drawn: one node per step outside collapsed groups and per collapsed group.
    const std::size_t n = graph.nodes.size();
    PlanGraph shown;
    shown.lanes = graph.lanes;
    // Groups whose steps span lanes get a band after the lanes (stacked on top): drawn in one of
    // their lanes they would seem to hold only that lane's steps.
    int band = static_cast<int>(graph.lanes.size());
    for (const PlanGraphNode& node : graph.nodes)
        band = std::max(band, node.lane + 1);
    const bool hasBand = std::any_of(m_groups.begin(), m_groups.end(), [](const StepGroup& g) { return g.collapsed && g.spansLanes; });
    std::vector<int> compact(n + m_groups.size(), -1);
    std::vector<int> shownOf(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto d = static_cast<std::size_t>(displayOf(static_cast<int>(i)));
        if (compact[d] < 0) {
            compact[d] = static_cast<int>(shown.nodes.size());
            PlanGraphNode node;
            const bool group = d >= n;
            node.id = group ? QStringLiteral("group:") + m_groups[d - n].key : graph.nodes[i].id;
            if (group)
                node.lane = m_groups[d - n].spansLanes ? band : m_groups[d - n].lane;
            else
                node.lane = graph.nodes[i].lane;
            shown.nodes.push_back(std::move(node));
        }
        shownOf[i] = compact[d];
    }
    for (std::size_t i = 0; i < n; ++i) {
        std::vector<int>& deps = shown.nodes[static_cast<std::size_t>(shownOf[i])].dependsOn;
        for (int dep : graph.nodes[i].dependsOn) {
            const int from = shownOf[static_cast<std::size_t>(dep)];
            if (from != shownOf[i] && std::find(deps.begin(), deps.end(), from) == deps.end())
                deps.push_back(from);
        }
    }
    shown.rebuild();
    const PlanGraphLayoutResult drawn = layout.layout(shown, true, maxCellRows);

    PlanGraphLayoutResult result;
    result.column.resize(n);
    result.row.resize(n);
    result.lane.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto s = static_cast<std::size_t>(shownOf[i]);
        result.column[i] = drawn.column[s];
        result.row[i] = drawn.row[s];
        result.lane[i] = drawn.lane[s];
    }
    result.laneRows = drawn.laneRows;
    std::vector<bool> used(result.laneRows.size(), false);
    for (const PlanGraphNode& node : shown.nodes)
        used[static_cast<std::size_t>(node.lane)] = true;
    for (std::size_t lane = 0; lane < used.size(); ++lane)
        if (!used[lane])
            result.laneRows[lane] = 0; // its steps are all in groups drawn in other lanes
    result.columnCount = drawn.columnCount;
    result.groupBand = hasBand ? band : -1;
    layout.stackLanes(result, drawn.collapsed);
    return result;
}

} // namespace fw
