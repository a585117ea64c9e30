// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plangraphlayout.h"

#include <QString>

#include <vector>

namespace fw {

struct PlanGraph;

// One repeated chain of a plan: the steps of one site, bundle or line.
struct StepGroup {
    QString key; // the site, bundle item or line id
    QString label; // "Site VENLO", "Bundle A", "Line A.2.ROUTER_SHIPMENT" (translated)
    std::vector<int> members; // indexes into PlanGraph::nodes, in graph order
    int lane = 0; // the lane most of its steps are in: where its node sits when collapsed...
    bool spansLanes = false; // ...unless its steps are in several lanes: then in the group band
    bool collapsed = false;
};

// How a plan graph's steps group into repeated chains, and the layout with some groups collapsed
// into one node each (docs/architecture.md, "Plan graph for big orders"). Steps group by the
// first of site, bundle and line that has at least two values in the plan (a 40-site order: by
// site; one site with many bundles: by bundle). A group has at least two steps and is "convex":
// no dependency leaves it and comes back, so a collapsed group never makes a cycle. Headless.
class PlanGroupModel {
public:
    enum class Kind { None, Site, Bundle, Line };

    PlanGroupModel() = default;
    explicit PlanGroupModel(const PlanGraph& graph);

    Kind kind() const { return m_kind; }
    const std::vector<StepGroup>& groups() const { return m_groups; }
    int groupOf(int node) const; // -1: in no group
    // What a card says about where its step belongs ("Site VENLO"); empty when nothing is known.
    QString placeOf(int node) const;
    QString placeKeyOf(int node) const; // the same without its kind: "VENLO" (a narrow card)

    void setCollapsed(int group, bool collapsed);
    void setAllCollapsed(bool collapsed);
    bool isCollapsed(int group) const;
    int collapsedCount() const;
    // The group band's title ("Sites (40)": the collapsed groups that span lanes) and its steps.
    QString bandTitle() const;
    int bandSteps() const;
    // The node a step is drawn as: itself, or its collapsed group (nodes.size() + group).
    int displayOf(int node) const;

    // The layout of `graph` with the collapsed groups as one node each, given per step: the steps
    // of a collapsed group all get its node's place. Collapsed groups that span lanes are drawn in
    // a band of their own (PlanGraphLayoutResult::groupBand) rather than in one of their lanes.
    // `maxCellRows`: PlanGraphLayout::layout.
    PlanGraphLayoutResult layout(const PlanGraph& graph, const PlanGraphLayout& layout, int maxCellRows = 0) const;

private:
    void build(const PlanGraph& graph);
    bool isConvex(const std::vector<std::vector<int>>& dependents, const std::vector<int>& depth, const std::vector<int>& members,
                  std::vector<char>& state) const;

    Kind m_kind = Kind::None;
    std::vector<StepGroup> m_groups;
    std::vector<int> m_groupOf; // per node
    std::vector<QString> m_place; // per node
    std::vector<QString> m_placeKey; // per node
};

} // namespace fw
