// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planedgelayers.h"

#include "edgelayeritem.h"
#include "planscene.h"

#include <algorithm>

namespace fw {

PlanEdgeLayers::PlanEdgeLayers(PlanScene* scene)
    : m_scene(scene)
{
}

void PlanEdgeLayers::reset()
{
    m_layers.clear(); // the scene deleted the items
    m_chain.clear();
    m_criticalPath.clear();
    m_dimmed = false;
    m_highlight = nullptr;
    m_criticalLayer = nullptr;
}

bool PlanEdgeLayers::drawn(const PlanGraphEdge& e, QSet<quint64>& seen) const
{
    const PlanGraphLayoutResult& result = m_scene->layoutResult();
    const int lane = result.lane[static_cast<std::size_t>(e.from)];
    if (lane == result.lane[static_cast<std::size_t>(e.to)] && result.collapsed[static_cast<std::size_t>(lane)])
        return false; // inside a collapsed lane
    const PlanGroupModel& groups = m_scene->groups();
    const int from = groups.displayOf(e.from);
    const int to = groups.displayOf(e.to);
    if (from == to)
        return false; // inside a collapsed group
    if (from == e.from && to == e.to)
        return true;
    const quint64 key = (static_cast<quint64>(static_cast<quint32>(from)) << 32) | static_cast<quint32>(to);
    if (seen.contains(key))
        return false; // another step of the group has drawn it
    seen.insert(key);
    return true;
}

void PlanEdgeLayers::rebuild()
{
    for (EdgeLayerItem* layer : m_layers)
        delete layer;
    m_layers.clear();
    if (!m_highlight) {
        m_highlight = new EdgeLayerItem(&m_scene->style(), true);
        m_scene->addItem(m_highlight);
        m_criticalLayer = new EdgeLayerItem(&m_scene->style(), true);
        m_criticalLayer->setCriticalPath(true);
        m_criticalLayer->setZValue(m_highlight->zValue() - 0.1); // under the selection's chain
        m_scene->addItem(m_criticalLayer);
    }
    const PlanGraph& graph = m_scene->graph();
    const PlanGraphLayoutResult& result = m_scene->layoutResult();
    const PlanGraphMetrics& m = m_scene->metrics();
    const int columns = std::max(1, result.columnCount);
    std::vector<EdgeLayerItem*> byCell(result.laneRects.size() * static_cast<std::size_t>(columns), nullptr);
    QSet<quint64> seen;
    for (const PlanGraphEdge& e : graph.edges) {
        if (!drawn(e, seen))
            continue;
        const auto from = static_cast<std::size_t>(e.from);
        const auto to = static_cast<std::size_t>(e.to);
        EdgeLayerItem*& layer = byCell[static_cast<std::size_t>(result.lane[from] * columns + result.column[from])];
        if (!layer) {
            layer = new EdgeLayerItem(&m_scene->style(), false);
            m_layers.push_back(layer);
        }
        layer->addEdge(result.nodeRects[from], result.nodeRects[to], e.crossPlan, m.columnGap, m.rowGap);
    }
    for (EdgeLayerItem* layer : m_layers) {
        layer->commit();
        layer->setDimmed(m_dimmed);
        m_scene->addItem(layer);
    }
    showChain(m_chain, m_dimmed);
    showCriticalPath(m_criticalPath);
}

void PlanEdgeLayers::showChain(const std::vector<char>& chain, bool selected)
{
    if (&chain != &m_chain)
        m_chain = chain;
    m_dimmed = selected;
    for (EdgeLayerItem* layer : m_layers)
        layer->setDimmed(selected);
    if (!m_highlight)
        return;
    m_highlight->clearEdges();
    if (selected && m_chain.size() == m_scene->graph().nodes.size()) {
        const PlanGraphLayoutResult& result = m_scene->layoutResult();
        const PlanGraphMetrics& m = m_scene->metrics();
        QSet<quint64> seen;
        for (const PlanGraphEdge& e : m_scene->graph().edges) {
            const char from = m_chain[static_cast<std::size_t>(e.from)];
            const char to = m_chain[static_cast<std::size_t>(e.to)];
            const bool upstream = from == 1 && (to == 1 || to == 3);
            const bool downstream = to == 2 && (from == 2 || from == 3);
            if ((upstream || downstream) && drawn(e, seen))
                m_highlight->addEdge(result.nodeRects[static_cast<std::size_t>(e.from)], result.nodeRects[static_cast<std::size_t>(e.to)],
                                     e.crossPlan, m.columnGap, m.rowGap);
        }
    }
    m_highlight->commit();
}

void PlanEdgeLayers::showCriticalPath(const QStringList& stepIds)
{
    if (&stepIds != &m_criticalPath)
        m_criticalPath = stepIds;
    if (!m_criticalLayer)
        return;
    m_criticalLayer->clearEdges();
    const PlanGraph& graph = m_scene->graph();
    const PlanGraphLayoutResult& result = m_scene->layoutResult();
    const PlanGraphMetrics& m = m_scene->metrics();
    QSet<quint64> seen;
    for (int index : criticalPathEdges(graph, m_criticalPath)) {
        const PlanGraphEdge& e = graph.edges[static_cast<std::size_t>(index)];
        if (drawn(e, seen))
            m_criticalLayer->addEdge(result.nodeRects[static_cast<std::size_t>(e.from)], result.nodeRects[static_cast<std::size_t>(e.to)],
                                     e.crossPlan, m.columnGap, m.rowGap);
    }
    m_criticalLayer->commit();
}

void PlanEdgeLayers::setStyle(const PlanGraphStyle* style)
{
    for (EdgeLayerItem* layer : m_layers)
        layer->setStyle(style);
    if (m_highlight)
        m_highlight->setStyle(style);
    if (m_criticalLayer)
        m_criticalLayer->setStyle(style);
}

} // namespace fw
