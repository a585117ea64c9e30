// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/plan.h"
#include "plangraph/plangraph.h"
#include "plangraph/plangraphlayout.h"
#include "planning/planningpipeline.h"

#include <QTest>

using namespace fw;

Q_DECLARE_METATYPE(fw::PlanFilter)
Q_DECLARE_METATYPE(fw::StepType)
Q_DECLARE_METATYPE(fw::StepState)

class TestPlanGraphLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void graphFromSamplePlan();
    void stepsRightOfDependenciesInsideTheirLane();
    void orderingReducesCrossings();
    void collapsingALaneKeepsColumns();
    void filters_data();
    void filters();

private:
    static PlanGraph crossingGraph();
    PlanGraph m_graph;
    std::size_t m_planDependencies = 0;
};

void TestPlanGraphLayout::initTestCase()
{
    PlanningOutcome outcome = planFromFiles(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"),
                                            QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json"));
    QVERIFY(outcome.ok());
    m_graph = planGraphFromPlan(*outcome.plan, outcome.catalog.get());
    for (const PlanStep& step : outcome.plan->steps)
        m_planDependencies += step.dependsOn.size();
    QCOMPARE(m_graph.nodes.size(), outcome.plan->steps.size());
}

void TestPlanGraphLayout::graphFromSamplePlan()
{
    QCOMPARE(m_graph.edges.size(), m_planDependencies);
    QVERIFY(m_graph.lanes.size() >= 4);
    QCOMPARE(m_graph.lanes.front().id, QStringLiteral("inventory"));
    QCOMPARE(m_graph.lanes.front().name, QStringLiteral("Inventory")); // the catalog's name, not the id
    // Fiber installation waits for the router delivery plan: a cross-plan edge.
    const auto crossPlan = std::count_if(m_graph.edges.begin(), m_graph.edges.end(), [](const PlanGraphEdge& e) { return e.crossPlan; });
    QVERIFY(crossPlan > 0);
    QVERIFY(crossPlan < static_cast<long>(m_graph.edges.size()));
    const PlanGraphNode& first = m_graph.nodes.front();
    QCOMPARE(m_graph.nodeIndex(first.id), 0);
    QCOMPARE(m_graph.nodeIndex(QStringLiteral("no-such-step")), -1);
}

void TestPlanGraphLayout::stepsRightOfDependenciesInsideTheirLane()
{
    const PlanGraphLayout layout;
    const PlanGraphLayoutResult r = layout.layout(m_graph);
    QCOMPARE(r.nodeRects.size(), m_graph.nodes.size());
    QCOMPARE(r.laneRects.size(), m_graph.lanes.size());
    for (const PlanGraphEdge& e : m_graph.edges) {
        const QRectF from = r.nodeRects[static_cast<std::size_t>(e.from)];
        const QRectF to = r.nodeRects[static_cast<std::size_t>(e.to)];
        QVERIFY2(to.left() >= from.right() + layout.metrics().columnGap - 0.01,
                 qPrintable(m_graph.nodes[static_cast<std::size_t>(e.to)].id));
    }
    for (std::size_t i = 0; i < m_graph.nodes.size(); ++i) {
        const QRectF band = r.laneRects[static_cast<std::size_t>(m_graph.nodes[i].lane)];
        QVERIFY2(band.contains(r.nodeRects[i]), qPrintable(m_graph.nodes[i].id));
        QVERIFY(r.nodeRects[i].left() >= band.left() + layout.metrics().laneHeaderWidth); // clear of the title
        for (std::size_t j = i + 1; j < m_graph.nodes.size(); ++j)
            QVERIFY2(!r.nodeRects[i].intersects(r.nodeRects[j]), qPrintable(m_graph.nodes[j].id));
    }
    for (std::size_t lane = 1; lane < r.laneRects.size(); ++lane)
        QVERIFY(r.laneRects[lane].top() >= r.laneRects[lane - 1].bottom());
    QVERIFY(r.bounds.contains(r.laneRects.back()));
}

// Lane 0: a, b, c in column 0; x, y, z in column 1 wired crosswise (a->z, b->y, c->x).
// Lane 1: d in column 0; lane 0's p (column 1) depends on it, and q, r on a and b.
PlanGraph TestPlanGraphLayout::crossingGraph()
{
    PlanGraph g;
    g.lanes = { { QStringLiteral("l0"), QStringLiteral("Lane 0") }, { QStringLiteral("l1"), QStringLiteral("Lane 1") } };
    const auto add = [&g](const char* id, int lane, std::vector<int> deps) {
        PlanGraphNode n;
        n.id = QString::fromLatin1(id);
        n.lane = lane;
        n.dependsOn = std::move(deps);
        g.nodes.push_back(n);
    };
    add("a", 0, {}); // 0
    add("b", 0, {}); // 1
    add("c", 0, {}); // 2
    add("x", 0, { 2 }); // 3
    add("y", 0, { 1 }); // 4
    add("z", 0, { 0 }); // 5
    add("d", 1, {}); // 6
    add("p", 1, { 6, 0 }); // 7: lane 1, column 1
    add("q", 1, { 6 }); // 8
    g.rebuild();
    return g;
}

void TestPlanGraphLayout::orderingReducesCrossings()
{
    const PlanGraph g = crossingGraph();
    const PlanGraphLayout layout;
    const PlanGraphLayoutResult naive = layout.layout(g, false);
    const PlanGraphLayoutResult ordered = layout.layout(g, true);
    // Naive: x, y, z under a, b, c: the three edges cross pairwise (3), and a->p crosses b->y and
    // c->x on its way down to lane 1 (2).
    QCOMPARE(PlanGraphLayout::countCrossings(g, naive), 5LL);
    // Ordered: the lane-0 fan untangles; a->p still crosses c->x (the optimum, 0, needs a at the
    // bottom of column 0, which barycenters alone do not find).
    QCOMPARE(PlanGraphLayout::countCrossings(g, ordered), 1LL);
    // y above z above x: b->y, a->z and c->x no longer cross.
    QVERIFY(ordered.nodeRects[4].top() < ordered.nodeRects[5].top());
    QVERIFY(ordered.nodeRects[5].top() < ordered.nodeRects[3].top());
    // Columns do not depend on the ordering.
    QCOMPARE(ordered.column, naive.column);
}

void TestPlanGraphLayout::collapsingALaneKeepsColumns()
{
    const PlanGraphLayout layout;
    PlanGraphLayoutResult r = layout.layout(m_graph);
    const PlanGraphLayoutResult before = r;
    std::vector<bool> collapsed(m_graph.lanes.size(), false);
    collapsed[0] = true;
    layout.stackLanes(r, collapsed);
    QCOMPARE(r.laneRects[0].height(), layout.metrics().collapsedLaneHeight);
    QVERIFY(r.laneRects[1].top() < before.laneRects[1].top()); // the lanes below move up
    QCOMPARE(r.laneRects[1].height(), before.laneRects[1].height());
    for (std::size_t i = 0; i < m_graph.nodes.size(); ++i) {
        QCOMPARE(r.nodeRects[i].left(), before.nodeRects[i].left());
        if (m_graph.nodes[i].lane == 0)
            QVERIFY(r.laneRects[0].contains(r.nodeRects[i].topLeft()));
    }
    layout.stackLanes(r, std::vector<bool>(m_graph.lanes.size(), false));
    QCOMPARE(r.nodeRects, before.nodeRects);
}

void TestPlanGraphLayout::filters_data()
{
    QTest::addColumn<PlanFilter>("filter");
    QTest::addColumn<StepType>("type");
    QTest::addColumn<StepState>("state");
    QTest::addColumn<bool>("matches");
    QTest::addRow("all") << PlanFilter::All << StepType::Pause << StepState::Cancelled << true;
    QTest::addRow("manual task") << PlanFilter::ManualTasks << StepType::ManualTask << StepState::Pending << true;
    QTest::addRow("callout is no manual task") << PlanFilter::ManualTasks << StepType::Callout << StepState::Pending << false;
    QTest::addRow("callout") << PlanFilter::Callouts << StepType::Callout << StepState::Running << true;
    QTest::addRow("retrying is failed") << PlanFilter::Failed << StepType::AutoTask << StepState::FailedRetrying << true;
    QTest::addRow("fallout is failed") << PlanFilter::Failed << StepType::AutoTask << StepState::Fallout << true;
    QTest::addRow("running is not failed") << PlanFilter::Failed << StepType::AutoTask << StepState::Running << false;
    QTest::addRow("waiting") << PlanFilter::Waiting << StepType::Pause << StepState::Waiting << true;
    QTest::addRow("ready is not waiting") << PlanFilter::Waiting << StepType::Pause << StepState::Ready << false;
    QTest::addRow("skipped is done") << PlanFilter::NotCompleted << StepType::AutoTask << StepState::Skipped << false;
    QTest::addRow("fallout is not done") << PlanFilter::NotCompleted << StepType::AutoTask << StepState::Fallout << true;
}

void TestPlanGraphLayout::filters()
{
    QFETCH(PlanFilter, filter);
    QFETCH(StepType, type);
    QFETCH(StepState, state);
    QFETCH(bool, matches);
    QCOMPARE(matchesFilter(filter, type, state), matches);
}

QTEST_GUILESS_MAIN(TestPlanGraphLayout)
#include "tst_plangraphlayout.moc"
