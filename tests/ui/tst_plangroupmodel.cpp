// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PlanGroupModel: which steps group into repeated chains (by site, else bundle, else line), that a
// collapsed group is one node of the layout, that tall columns wrap, and where the stored order's
// sites come from (planGraphFromOrder and OrderDetail::lineSites). Headless.
#include "engine/enginesnapshot.h"
#include "plangraph/ordergraph.h"
#include "plangraph/plangraph.h"
#include "plangraph/plangroupmodel.h"

#include <QTest>

using namespace fw;

Q_DECLARE_METATYPE(fw::PlanGroupModel::Kind)

namespace {
// `chains` chains of three steps (reserve -> ship -> install), one per site, each on its own
// line of its own bundle; the steps go to lanes 0, 1 and 2.
PlanGraph chainsGraph(int chains, bool sites, bool bundles)
{
    PlanGraph graph;
    graph.lanes = { { QStringLiteral("inventory"), QStringLiteral("Inventory") },
                    { QStringLiteral("shipping"), QStringLiteral("Shipping") },
                    { QStringLiteral("field"), QStringLiteral("Field") } };
    for (int c = 0; c < chains; ++c) {
        for (int s = 0; s < 3; ++s) {
            PlanGraphNode node;
            node.id = QStringLiteral("c%1/s%2").arg(c).arg(s);
            node.name = QStringLiteral("Step %1").arg(s);
            node.lane = s;
            node.site = sites ? QStringLiteral("SITE%1").arg(c) : QString();
            node.bundle = bundles ? QStringLiteral("B%1").arg(c) : QString();
            node.line = QStringLiteral("L%1").arg(c);
            if (s > 0)
                node.dependsOn = { static_cast<int>(graph.nodes.size()) - 1 };
            graph.nodes.push_back(std::move(node));
        }
    }
    graph.rebuild();
    return graph;
}
} // namespace

class TestPlanGroupModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void groupsByTheFinestRepeatedPlace_data();
    void groupsByTheFinestRepeatedPlace();
    void nothingRepeatedNoGroups();
    void groupThatADependencyLeavesAndReentersIsNotGrouped();
    void collapsedGroupIsOneNode();
    void groupInOneLaneStaysInIt();
    void tallColumnsWrap();
    void storedOrderStepsKnowTheirSite();
};

void TestPlanGroupModel::groupsByTheFinestRepeatedPlace_data()
{
    QTest::addColumn<bool>("sites");
    QTest::addColumn<bool>("bundles");
    QTest::addColumn<PlanGroupModel::Kind>("kind");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("key");
    QTest::addRow("sites") << true << true << PlanGroupModel::Kind::Site << QStringLiteral("Site SITE3") << QStringLiteral("SITE3");
    QTest::addRow("bundles, no sites") << false << true << PlanGroupModel::Kind::Bundle << QStringLiteral("Bundle B3")
                                       << QStringLiteral("B3");
    QTest::addRow("lines only") << false << false << PlanGroupModel::Kind::Line << QStringLiteral("Line L3") << QStringLiteral("L3");
}

void TestPlanGroupModel::groupsByTheFinestRepeatedPlace()
{
    QFETCH(bool, sites);
    QFETCH(bool, bundles);
    QFETCH(PlanGroupModel::Kind, kind);
    QFETCH(QString, place);
    QFETCH(QString, key);
    const PlanGraph graph = chainsGraph(5, sites, bundles);
    const PlanGroupModel model(graph);
    QCOMPARE(model.kind(), kind);
    QCOMPARE(int(model.groups().size()), 5);
    QCOMPARE(model.groups()[3].label, place);
    QCOMPARE(model.groups()[3].members, (std::vector<int> { 9, 10, 11 }));
    QCOMPARE(model.groupOf(10), 3);
    QCOMPARE(model.placeOf(10), place);
    QCOMPARE(model.placeKeyOf(10), key); // the card's short form
    QCOMPARE(model.collapsedCount(), 0);
}

void TestPlanGroupModel::nothingRepeatedNoGroups()
{
    // One site: nothing to tell apart, no groups; the card still names its site.
    PlanGraph graph = chainsGraph(1, true, false);
    const PlanGroupModel model(graph);
    QVERIFY(model.groups().empty());
    QCOMPARE(model.groupOf(0), -1);
    QCOMPARE(model.placeOf(0), QStringLiteral("Site SITE0"));
}

void TestPlanGroupModel::groupThatADependencyLeavesAndReentersIsNotGrouped()
{
    PlanGraph graph = chainsGraph(3, true, false);
    // c0/s0 -> hub -> c0/s2: collapsing site 0 would make a cycle through the hub.
    PlanGraphNode hub;
    hub.id = QStringLiteral("hub");
    hub.lane = 1;
    hub.dependsOn = { 0 };
    graph.nodes.push_back(hub);
    graph.nodes[2].dependsOn.push_back(static_cast<int>(graph.nodes.size()) - 1);
    graph.rebuild();
    const PlanGroupModel model(graph);
    QCOMPARE(int(model.groups().size()), 2);
    QCOMPARE(model.groupOf(0), -1);
    QCOMPARE(model.groups().front().key, QStringLiteral("SITE1"));
}

void TestPlanGroupModel::collapsedGroupIsOneNode()
{
    const PlanGraph graph = chainsGraph(4, true, false);
    PlanGroupModel model(graph);
    const PlanGraphLayout layout;
    const PlanGraphLayoutResult expanded = model.layout(graph, layout);
    QCOMPARE(expanded.columnCount, 3);
    model.setCollapsed(1, true);
    QVERIFY(model.isCollapsed(1));
    QCOMPARE(model.displayOf(4), int(graph.nodes.size()) + 1);
    QCOMPARE(model.displayOf(0), 0);
    const PlanGraphLayoutResult collapsed = model.layout(graph, layout);
    // Its three steps share one card. They are in three lanes: the card goes to the group band,
    // after the lanes and stacked above them, not into one of its lanes.
    QCOMPARE(collapsed.nodeRects[3], collapsed.nodeRects[4]);
    QCOMPARE(collapsed.nodeRects[4], collapsed.nodeRects[5]);
    QCOMPARE(collapsed.groupBand, 3);
    QCOMPARE(collapsed.lane[4], 3);
    QCOMPARE(int(collapsed.laneRects.size()), 4);
    for (int lane = 0; lane < 3; ++lane)
        QVERIFY(collapsed.laneRects[3].bottom() < collapsed.laneRects[std::size_t(lane)].top());
    QVERIFY(collapsed.laneRects[3].contains(collapsed.nodeRects[4]));
    QCOMPARE(model.bandTitle(), QStringLiteral("Sites (1)"));
    QCOMPARE(model.bandSteps(), 3);
    QVERIFY(collapsed.nodeRects[0] != collapsed.nodeRects[1]); // the others stay steps
    // All collapsed: one column of group cards in the band; the lanes left empty shrink to their header.
    model.setAllCollapsed(true);
    const PlanGraphLayoutResult all = model.layout(graph, layout);
    QCOMPARE(all.columnCount, 1);
    QCOMPARE(all.laneRows[3], 4);
    QCOMPARE(all.laneRows[0], 0);
    QCOMPARE(all.laneRows[1], 0);
    QCOMPARE(all.laneRects[1].height(), layout.metrics().emptyLaneHeight);
    QCOMPARE(model.bandTitle(), QStringLiteral("Sites (4)"));
    // Expanded again: no band, the layout as before.
    model.setAllCollapsed(false);
    const PlanGraphLayoutResult again = model.layout(graph, layout);
    QCOMPARE(again.groupBand, -1);
    QCOMPARE(again.laneRects, expanded.laneRects);
    QCOMPARE(again.nodeRects, expanded.nodeRects);
    QVERIFY(all.bounds.height() < expanded.bounds.height() + 4 * 72);
}

// A group whose steps are all in one lane is drawn in that lane: no group band.
void TestPlanGroupModel::groupInOneLaneStaysInIt()
{
    PlanGraph graph = chainsGraph(3, true, false);
    for (PlanGraphNode& node : graph.nodes)
        node.lane = 1;
    graph.rebuild();
    PlanGroupModel model(graph);
    model.setAllCollapsed(true);
    const PlanGraphLayoutResult result = model.layout(graph, PlanGraphLayout());
    QCOMPARE(result.groupBand, -1);
    QCOMPARE(result.lane[0], 1);
    QCOMPARE(result.laneRows[1], 3);
    QCOMPARE(model.bandSteps(), 0);
}

void TestPlanGroupModel::tallColumnsWrap()
{
    const PlanGraph graph = chainsGraph(12, true, false);
    PlanGroupModel model(graph);
    model.setAllCollapsed(true);
    const PlanGraphLayout layout;
    const PlanGraphLayoutResult tall = model.layout(graph, layout);
    QCOMPARE(tall.laneRows[std::size_t(tall.groupBand)], 12);
    const PlanGraphLayoutResult grid = model.layout(graph, layout, 4);
    QCOMPARE(grid.laneRows[std::size_t(grid.groupBand)], 4);
    QCOMPARE(grid.columnCount, 3);
    QVERIFY(grid.bounds.height() < tall.bounds.height());
    // In graph order, top down, then the next column.
    QCOMPARE(grid.column[0], 0);
    QCOMPARE(grid.column[3 * 4], 1);
    QCOMPARE(grid.column[3 * 11], 2);
    // Wrapping keeps every step right of its prerequisites.
    const PlanGraph expandedGraph = chainsGraph(12, true, false);
    const PlanGraphLayoutResult wrapped = layout.layout(expandedGraph, true, 5);
    for (const PlanGraphEdge& e : expandedGraph.edges)
        QVERIFY(wrapped.column[static_cast<std::size_t>(e.from)] < wrapped.column[static_cast<std::size_t>(e.to)]);
    for (int rows : wrapped.laneRows)
        QVERIFY(rows <= 5);
}

void TestPlanGroupModel::storedOrderStepsKnowTheirSite()
{
    OrderDetail detail;
    detail.lanes = { { QStringLiteral("shipping"), QStringLiteral("Shipping") } };
    const auto step = [](const QString& id, const QString& scope, const QStringList& lines) {
        StepStatus s;
        s.id = id;
        s.name = QStringLiteral("Ship router");
        s.type = QStringLiteral("callout");
        s.scope = scope;
        s.lane = QStringLiteral("shipping");
        s.lines = lines;
        s.state = QStringLiteral("pending");
        return s;
    };
    detail.steps = { step(QStringLiteral("line:A.2.ROUTER/ship"), QStringLiteral("lineItem"), { QStringLiteral("A.2.ROUTER") }),
                     step(QStringLiteral("bundle:A/PD_BILLING/start"), QStringLiteral("bundle"), { QStringLiteral("bundle.A.BILLING") }),
                     step(QStringLiteral("plan:PD_IP/allocate"), QStringLiteral("plan"),
                          { QStringLiteral("A.2.ROUTER"), QStringLiteral("B.2.ROUTER") }) };
    detail.lineSites = { { QStringLiteral("A.2.ROUTER"), QStringLiteral("ROTTERDAM") },
                         { QStringLiteral("bundle.A.BILLING"), QStringLiteral("ROTTERDAM") },
                         { QStringLiteral("B.2.ROUTER"), QStringLiteral("VENLO") } };
    const PlanGraph graph = planGraphFromOrder(detail);
    QCOMPARE(graph.nodes[0].site, QStringLiteral("ROTTERDAM"));
    QCOMPARE(graph.nodes[0].line, QStringLiteral("A.2.ROUTER"));
    QCOMPARE(graph.nodes[1].site, QStringLiteral("ROTTERDAM"));
    QCOMPARE(graph.nodes[1].bundle, QStringLiteral("A")); // from the bundle line's id
    QCOMPARE(graph.nodes[1].line, QString()); // a bundle step
    QCOMPARE(graph.nodes[2].site, QString()); // lines at two sites
}

QTEST_GUILESS_MAIN(TestPlanGroupModel)
#include "tst_plangroupmodel.moc"
