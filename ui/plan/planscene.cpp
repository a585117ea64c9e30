#include "planscene.h"

#include "edgelayeritem.h"
#include "lanebanditem.h"
#include "plangraphstyle.h"
#include "stepnodeitem.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace fw {

PlanScene::PlanScene(QObject* parent)
    : QGraphicsScene(parent)
    , m_style(std::make_unique<PlanGraphStyle>(palette(), font()))
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
    m_lanes.clear();
    m_edgeLayers.clear();
    m_highlight = nullptr;
    m_criticalLayer = nullptr;
    m_criticalPath.clear();
    m_dependents.clear();
    m_chain.clear();
    m_selected = -1;
    m_graph = PlanGraph();
    m_result = PlanGraphLayoutResult();
    setSceneRect(QRectF());
}

void PlanScene::setGraph(PlanGraph graph)
{
    clearGraph();
    m_graph = std::move(graph);
    m_result = m_layout.layout(m_graph);
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
    const QSizeF size(metrics().nodeWidth, metrics().nodeHeight);
    m_nodes.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto* item = new StepNodeItem(static_cast<int>(i), m_graph.nodes[i], size, m_style.get());
        m_nodes.push_back(item);
        addItem(item);
    }
    m_highlight = new EdgeLayerItem(m_style.get(), true);
    addItem(m_highlight);
    m_criticalLayer = new EdgeLayerItem(m_style.get(), true);
    m_criticalLayer->setCriticalPath(true);
    m_criticalLayer->setZValue(m_highlight->zValue() - 0.1); // under the selection's chain
    addItem(m_criticalLayer);
    placeItems();
}

void PlanScene::placeItems()
{
    const PlanGraphMetrics& m = metrics();
    for (std::size_t lane = 0; lane < m_lanes.size(); ++lane)
        m_lanes[lane]->setBand(m_result.laneRects[lane], m.laneHeaderWidth, m_result.collapsed[lane]);
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        m_nodes[i]->setPos(m_result.nodeRects[i].topLeft());
        m_nodes[i]->setVisible(!m_result.collapsed[static_cast<std::size_t>(m_result.lane[i])]);
    }
    setSceneRect(m_result.bounds);
    buildEdges();
    updateHighlight();
    updateCriticalPath();
}

void PlanScene::buildEdges()
{
    for (EdgeLayerItem* layer : m_edgeLayers)
        delete layer;
    m_edgeLayers.clear();
    const PlanGraphMetrics& m = metrics();
    const int columns = std::max(1, m_result.columnCount);
    std::vector<EdgeLayerItem*> byCell(m_result.laneRects.size() * static_cast<std::size_t>(columns), nullptr);
    for (const PlanGraphEdge& e : m_graph.edges) {
        const auto from = static_cast<std::size_t>(e.from);
        const auto to = static_cast<std::size_t>(e.to);
        const int lane = m_result.lane[from];
        if (lane == m_result.lane[to] && m_result.collapsed[static_cast<std::size_t>(lane)])
            continue; // inside a collapsed lane
        EdgeLayerItem*& layer = byCell[static_cast<std::size_t>(lane * columns + m_result.column[from])];
        if (!layer) {
            layer = new EdgeLayerItem(m_style.get(), false);
            m_edgeLayers.push_back(layer);
        }
        layer->addEdge(m_result.nodeRects[from], m_result.nodeRects[to], e.crossPlan, m.columnGap, m.rowGap);
    }
    for (EdgeLayerItem* layer : m_edgeLayers) {
        layer->commit();
        layer->setDimmed(m_selected >= 0);
        addItem(layer);
    }
}

bool PlanScene::setStepStatus(const QString& stepId, StepState state, int attempts)
{
    const int index = m_graph.nodeIndex(stepId);
    if (index < 0 || !m_nodes[static_cast<std::size_t>(index)]->setStatus(state, attempts))
        return false;
    if (m_filter != PlanFilter::All)
        updateEmphasis(index);
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
    for (EdgeLayerItem* layer : m_edgeLayers)
        layer->setDimmed(m_selected >= 0);
    updateHighlight();
}

void PlanScene::updateHighlight()
{
    if (!m_highlight)
        return;
    m_highlight->clearEdges();
    if (m_selected >= 0) {
        const PlanGraphMetrics& m = metrics();
        for (const PlanGraphEdge& e : m_graph.edges) {
            const char from = m_chain[static_cast<std::size_t>(e.from)];
            const char to = m_chain[static_cast<std::size_t>(e.to)];
            const bool upstream = from == 1 && (to == 1 || to == 3);
            const bool downstream = to == 2 && (from == 2 || from == 3);
            const int lane = m_result.lane[static_cast<std::size_t>(e.from)];
            if ((!upstream && !downstream)
                || (lane == m_result.lane[static_cast<std::size_t>(e.to)] && m_result.collapsed[static_cast<std::size_t>(lane)]))
                continue;
            m_highlight->addEdge(m_result.nodeRects[static_cast<std::size_t>(e.from)], m_result.nodeRects[static_cast<std::size_t>(e.to)],
                                 e.crossPlan, m.columnGap, m.rowGap);
        }
    }
    m_highlight->commit();
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
    updateCriticalPath();
}

void PlanScene::updateCriticalPath()
{
    if (!m_criticalLayer)
        return;
    m_criticalLayer->clearEdges();
    const PlanGraphMetrics& m = metrics();
    for (int index : criticalPathEdges(m_graph, m_criticalPath)) {
        const PlanGraphEdge& e = m_graph.edges[static_cast<std::size_t>(index)];
        const int lane = m_result.lane[static_cast<std::size_t>(e.from)];
        if (lane == m_result.lane[static_cast<std::size_t>(e.to)] && m_result.collapsed[static_cast<std::size_t>(lane)])
            continue; // inside a collapsed lane
        m_criticalLayer->addEdge(m_result.nodeRects[static_cast<std::size_t>(e.from)], m_result.nodeRects[static_cast<std::size_t>(e.to)],
                                 e.crossPlan, m.columnGap, m.rowGap);
    }
    m_criticalLayer->commit();
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
}

void PlanScene::setLaneCollapsed(int lane, bool collapsed)
{
    if (lane < 0 || static_cast<std::size_t>(lane) >= m_lanes.size() || isLaneCollapsed(lane) == collapsed)
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
    for (LaneBandItem* band : m_lanes)
        band->setStyle(style.get());
    for (EdgeLayerItem* layer : m_edgeLayers)
        layer->setStyle(style.get());
    if (m_highlight)
        m_highlight->setStyle(style.get());
    if (m_criticalLayer)
        m_criticalLayer->setStyle(style.get());
    m_style = std::move(style);
    setBackgroundBrush(m_style->background);
}

} // namespace fw
