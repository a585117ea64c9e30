// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSet>
#include <QStringList>

#include <vector>

namespace fw {

class EdgeLayerItem;
class PlanGraphStyle;
class PlanScene;
struct PlanGraphEdge;

// The dependency arrows of a PlanScene: one EdgeLayerItem per lane and column, the selected step's
// chain and the critical path on layers of their own. An arrow inside a collapsed lane or group is
// not drawn, and the arrows between two collapsed groups (or a group and a step) are drawn once.
class PlanEdgeLayers {
public:
    explicit PlanEdgeLayers(PlanScene* scene);

    // After the scene was cleared (its items deleted): no layers, no chain, no critical path.
    void reset();
    // After the layout changed (a new graph, a lane or group collapsed or expanded).
    void rebuild();
    // The selected step's chain (PlanScene's marks: 1 upstream, 2 downstream, 3 selected), empty:
    // none. The other arrows are dimmed while a step is selected.
    void showChain(const std::vector<char>& chain, bool selected);
    void showCriticalPath(const QStringList& stepIds);
    void setStyle(const PlanGraphStyle* style);
    EdgeLayerItem* criticalPathLayer() const { return m_criticalLayer; }

private:
    bool drawn(const PlanGraphEdge& edge, QSet<quint64>& seen) const;

    PlanScene* m_scene;
    std::vector<EdgeLayerItem*> m_layers;
    EdgeLayerItem* m_highlight = nullptr;
    EdgeLayerItem* m_criticalLayer = nullptr;
    std::vector<char> m_chain;
    QStringList m_criticalPath;
    bool m_dimmed = false;
};

} // namespace fw
