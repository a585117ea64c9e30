// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planscene.h"

#include "edgelayeritem.h"
#include "lanebanditem.h"
#include "plangraphstyle.h"
#include "stepgroupitem.h"
#include "stepnodeitem.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>

namespace fw {

PlanScene::PlanScene(QObject* parent)
    : QGraphicsScene(parent)
    , m_style(std::make_unique<PlanGraphStyle>(palette(), font()))
    , m_edges(this)
{
    // Items never move with live updates: a BSP index answers "what is visible" cheaply.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    setBackgroundBrush(m_style->background);
}

PlanScene::~PlanScene()
{
    clearGraph(); // the items refer to m_graph's nodes
}

void PlanScene::clearGraph()
{
    clear();
    m_nodes.clear();
    m_groupItems.clear();
    m_lanes.clear();
    m_edges.reset();
    m_criticalPath.clear();
    m_dependents.clear();
    m_chain.clear();
    m_selected = -1;
    m_graph = PlanGraph();
    m_groups = PlanGroupModel();
    m_cellRows = 0;
    m_result = PlanGraphLayoutResult();
    setSceneRect(QRectF());
}

void PlanScene::setGraph(PlanGraph graph)
{
    clearGraph();
    m_graph = std::move(graph);
    m_groups = PlanGroupModel(m_graph);
    m_result = m_groups.layout(m_graph, m_layout);
    const std::size_t n = m_graph.nodes.size();
    m_dependents.assign(n, {});
    for (const PlanGraphEdge& e : m_graph.edges)
        m_dependents[static_cast<std::size_t>(e.from)].push_back(e.to);
    m_chain.assign(n, 0);

    // About ten items per BSP leaf; the automatic depth would re-index while items arrive.
    const int items = static_cast<int>(n + m_graph.lanes.size()) + 64;
    setBspTreeDepth(std::clamp(static_cast<int>(std::ceil(std::log2(items / 10.0))), 3, 14));
    setSceneRect(m_result.bounds);

    std::vector<int> laneSteps(m_result.laneRows.size(), 0);
    for (const PlanGraphNode& node : m_graph.nodes)
        ++laneSteps[static_cast<std::size_t>(node.lane)];
    for (std::size_t lane = 0; lane < m_result.laneRects.size(); ++lane) {
        const QString name = lane < m_graph.lanes.size() ? m_graph.lanes[lane].name : QString();
        auto* band = new LaneBandItem(static_cast<int>(lane), name, laneSteps[lane], m_style.get());
        m_lanes.push_back(band);
        addItem(band);
    }
    // The band of collapsed groups that span lanes, after the lanes (PlanGraphLayoutResult::groupBand).
    auto* groupBand = new LaneBandItem(static_cast<int>(m_lanes.size()), QString(), 0, m_style.get());
    groupBand->setGroupBand(m_groups.bandTitle(), 0);
    groupBand->setVisible(false);
    m_lanes.push_back(groupBand);
    addItem(groupBand);
    const QSizeF size(metrics().nodeWidth, metrics().nodeHeight);
    m_nodes.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto* item = new StepNodeItem(static_cast<int>(i), m_graph.nodes[i], m_groups.placeOf(static_cast<int>(i)),
                                      m_groups.placeKeyOf(static_cast<int>(i)), size, m_style.get());
        m_nodes.push_back(item);
        addItem(item);
    }
    for (std::size_t g = 0; g < m_groups.groups().size(); ++g) {
        const StepGroup& group = m_groups.groups()[g];
        std::vector<const StepNodeItem*> members;
        members.reserve(group.members.size());
        for (int member : group.members)
            members.push_back(m_nodes[static_cast<std::size_t>(member)]);
        auto* item = new StepGroupItem(static_cast<int>(g), group.label, std::move(members), size, m_style.get());
        // The most telling change among its steps: refused, discarded, amended, added, compensated, kept.
        constexpr std::array<NodeChange, 6> telling { NodeChange::Refused, NodeChange::Discarded,    NodeChange::Amended,
                                                      NodeChange::Added,   NodeChange::Compensation, NodeChange::Kept };
        for (NodeChange change : telling)
            if (std::any_of(group.members.begin(), group.members.end(),
                            [&](int member) { return m_graph.nodes[static_cast<std::size_t>(member)].change == change; })) {
                item->setChange(change);
                break;
            }
        m_groupItems.push_back(item);
        addItem(item);
    }
    placeItems();
}

void PlanScene::placeItems()
{
    const PlanGraphMetrics& m = metrics();
    for (std::size_t lane = 0; lane < m_lanes.size(); ++lane) {
        LaneBandItem* band = m_lanes[lane];
        const bool shown = lane < m_result.laneRects.size() && (!band->isGroupBand() || m_result.groupBand == static_cast<int>(lane));
        band->setVisible(shown);
        if (!shown)
            continue;
        band->setBand(m_result.laneRects[lane], m.laneHeaderWidth, m_result.collapsed[lane]);
        if (band->isGroupBand())
            band->setGroupBand(m_groups.bandTitle(), m_groups.bandSteps());
        else
            band->setNote(m_result.groupBand >= 0 && m_result.laneRows[lane] == 0 ? tr("All steps of this lane are in the groups above.")
                                                                                  : QString());
    }
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        m_nodes[i]->setPos(m_result.nodeRects[i].topLeft());
        const bool inCollapsedGroup = m_groups.displayOf(static_cast<int>(i)) != static_cast<int>(i);
        m_nodes[i]->setVisible(!m_result.collapsed[static_cast<std::size_t>(m_result.lane[i])] && !inCollapsedGroup);
    }
    for (std::size_t g = 0; g < m_groupItems.size(); ++g) {
        const auto first = static_cast<std::size_t>(m_groups.groups()[g].members.front());
        m_groupItems[g]->setPos(m_result.nodeRects[first].topLeft());
        m_groupItems[g]->setVisible(m_groups.isCollapsed(static_cast<int>(g))
                                    && !m_result.collapsed[static_cast<std::size_t>(m_result.lane[first])]);
    }
    setSceneRect(m_result.bounds);
    m_edges.rebuild();
}

void PlanScene::regroup(const std::vector<bool>& collapsed, int cellRows)
{
    for (std::size_t g = 0; g < m_groups.groups().size(); ++g)
        m_groups.setCollapsed(static_cast<int>(g), g < collapsed.size() && collapsed[g]);
    if (cellRows >= 0)
        m_cellRows = cellRows;
    const std::vector<bool> lanes = m_result.collapsed;
    m_result = m_groups.layout(m_graph, m_layout, m_cellRows);
    m_layout.stackLanes(m_result, lanes);
    placeItems();
}

bool PlanScene::setStepStatus(const QString& stepId, StepState state, int attempts)
{
    const int index = m_graph.nodeIndex(stepId);
    if (index < 0 || !m_nodes[static_cast<std::size_t>(index)]->setStatus(state, attempts))
        return false;
    if (m_filter != PlanFilter::All)
        updateEmphasis(index);
    if (StepGroupItem* group = groupItem(m_groups.groupOf(index)))
        group->refresh();
    return true;
}

int PlanScene::applyStatuses(const std::vector<NodeStatus>& statuses)
{
    int changed = 0;
    for (const NodeStatus& status : statuses)
        changed += setStepStatus(status.stepId, status.state, status.attempts) ? 1 : 0;
    return changed;
}

void PlanScene::updateEmphasis(int index)
{
    StepNodeItem* item = m_nodes[static_cast<std::size_t>(index)];
    const char chain = m_chain[static_cast<std::size_t>(index)];
    StepNodeItem::Emphasis emphasis = StepNodeItem::Emphasis::Normal;
    if (chain == 3)
        emphasis = StepNodeItem::Emphasis::Selected;
    else if (chain)
        emphasis = StepNodeItem::Emphasis::Chain;
    else if (m_selected >= 0 || !matchesFilter(m_filter, m_graph.nodes[static_cast<std::size_t>(index)].type, item->state()))
        emphasis = StepNodeItem::Emphasis::Dimmed;
    item->setEmphasis(emphasis);
}

void PlanScene::setSelectedStep(const QString& stepId)
{
    const int index = m_graph.nodeIndex(stepId);
    if (index == m_selected)
        return;
    m_selected = index;
    std::fill(m_chain.begin(), m_chain.end(), 0);
    if (index >= 0) {
        std::vector<int> stack { index };
        while (!stack.empty()) { // upstream: everything it waits for
            const int node = stack.back();
            stack.pop_back();
            for (int dep : m_graph.nodes[static_cast<std::size_t>(node)].dependsOn)
                if (!m_chain[static_cast<std::size_t>(dep)]) {
                    m_chain[static_cast<std::size_t>(dep)] = 1;
                    stack.push_back(dep);
                }
        }
        stack.push_back(index);
        while (!stack.empty()) { // downstream: everything waiting for it
            const int node = stack.back();
            stack.pop_back();
            for (int dependent : m_dependents[static_cast<std::size_t>(node)])
                if (!m_chain[static_cast<std::size_t>(dependent)]) {
                    m_chain[static_cast<std::size_t>(dependent)] = 2;
                    stack.push_back(dependent);
                }
        }
        m_chain[static_cast<std::size_t>(index)] = 3;
    }
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        updateEmphasis(static_cast<int>(i));
    for (StepGroupItem* group : m_groupItems)
        group->refresh();
    m_edges.showChain(m_chain, m_selected >= 0);
}

void PlanScene::setCriticalPath(const QStringList& stepIds)
{
    if (stepIds == m_criticalPath)
        return;
    m_criticalPath = stepIds;
    std::vector<bool> on(m_nodes.size(), false);
    for (const QString& id : stepIds) {
        const int index = m_graph.nodeIndex(id);
        if (index >= 0)
            on[static_cast<std::size_t>(index)] = true;
    }
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        m_nodes[i]->setOnCriticalPath(on[i]);
    m_edges.showCriticalPath(m_criticalPath);
}

QString PlanScene::selectedStep() const
{
    return m_selected >= 0 ? m_graph.nodes[static_cast<std::size_t>(m_selected)].id : QString();
}

void PlanScene::setFilter(PlanFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        updateEmphasis(static_cast<int>(i));
    for (StepGroupItem* group : m_groupItems)
        group->refresh();
}

void PlanScene::setLaneCollapsed(int lane, bool collapsed)
{
    if (lane < 0 || static_cast<std::size_t>(lane) >= m_result.laneRects.size() || isLaneCollapsed(lane) == collapsed)
        return;
    std::vector<bool> state = m_result.collapsed;
    state[static_cast<std::size_t>(lane)] = collapsed;
    m_layout.stackLanes(m_result, state);
    placeItems();
    Q_EMIT laneCollapsedChanged(lane, collapsed);
}

bool PlanScene::isLaneCollapsed(int lane) const
{
    return lane >= 0 && static_cast<std::size_t>(lane) < m_result.collapsed.size() && m_result.collapsed[static_cast<std::size_t>(lane)];
}

StepNodeItem* PlanScene::nodeItem(int index) const
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_nodes.size())
        return nullptr;
    return m_nodes[static_cast<std::size_t>(index)];
}

bool PlanScene::event(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuildStyle();
    return QGraphicsScene::event(event);
}

void PlanScene::rebuildStyle()
{
    auto style = std::make_unique<PlanGraphStyle>(palette(), font());
    for (StepNodeItem* item : m_nodes)
        item->setStyle(style.get());
    for (StepGroupItem* group : m_groupItems)
        group->setStyle(style.get());
    for (LaneBandItem* band : m_lanes)
        band->setStyle(style.get());
    m_edges.setStyle(style.get());
    m_style = std::move(style);
    setBackgroundBrush(m_style->background);
}

} // namespace fw
