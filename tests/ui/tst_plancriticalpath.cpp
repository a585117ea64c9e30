// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// An order's critical path on the plan graph (the jeopardy view's OrderForecast): the pure edge
// lookup, the outlined cards and highlighted arrows, the legend entry, and clearing it again.
#include "domain/plan.h"
#include "plangraph/plangraph.h"
#include "plan/planscenelookup.h"
#include "plan/edgelayeritem.h"
#include "plan/plangraphstyle.h"
#include "plan/plangraphwidget.h"
#include "plan/planscene.h"
#include "plan/statelegend.h"
#include "plan/stepnodeitem.h"
#include "planning/planningpipeline.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace fw;

class TestPlanCriticalPath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void edgesBetweenConsecutiveSteps();
    void pathIsOutlinedAndClearedAgain();
    void newGraphStartsWithoutAPath();
    void collapsedLaneDropsItsInnerArrows();

private:
    QColor pixelLeftOfCard(const QString& stepId, qreal offset) const;

    std::optional<OrchestrationPlan> m_plan;
    std::shared_ptr<const Catalog> m_catalog;
    std::unique_ptr<PlanGraphWidget> m_widget;
    QStringList m_path; // a dependency chain of the sample plan, first to last
};

void TestPlanCriticalPath::initTestCase()
{
    PlanningOutcome outcome = planFromFiles(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"),
                                            QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json"));
    QVERIFY(outcome.ok());
    m_catalog = outcome.catalog;
    m_plan = std::move(outcome.plan);
    // Walk back from the last step through its first dependency: a real chain of at least 3 steps.
    const PlanGraph graph = planGraphFromPlan(*m_plan, m_catalog.get());
    int node = static_cast<int>(graph.nodes.size()) - 1;
    while (node >= 0) {
        m_path.prepend(graph.nodes[static_cast<std::size_t>(node)].id);
        const auto& deps = graph.nodes[static_cast<std::size_t>(node)].dependsOn;
        node = deps.empty() ? -1 : deps.front();
    }
    QVERIFY2(m_path.size() >= 3, qPrintable(m_path.join(u',')));
}

void TestPlanCriticalPath::init()
{
    m_widget = std::make_unique<PlanGraphWidget>();
    m_widget->resize(1200, 800);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    m_widget->setPlan(*m_plan, m_catalog.get());
}

void TestPlanCriticalPath::cleanup()
{
    m_widget.reset();
}

// The scene as painted at 100 %, `offset` scene units left of the card's left edge, mid-height.
QColor TestPlanCriticalPath::pixelLeftOfCard(const QString& stepId, qreal offset) const
{
    const QRectF card = stepRect(*m_widget->scene(), stepId);
    QImage image(9, 9, QImage::Format_ARGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    const QPointF at(card.left() - offset, card.center().y());
    m_widget->scene()->render(&painter, QRectF(image.rect()), QRectF(at - QPointF(4.5, 4.5), QSizeF(9, 9)));
    painter.end();
    return image.pixelColor(4, 4);
}

void TestPlanCriticalPath::edgesBetweenConsecutiveSteps()
{
    const PlanGraph& graph = m_widget->scene()->graph();
    const std::vector<int> edges = criticalPathEdges(graph, m_path);
    QCOMPARE(edges.size(), static_cast<std::size_t>(m_path.size() - 1));
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const PlanGraphEdge& e = graph.edges[static_cast<std::size_t>(edges[i])];
        QCOMPARE(graph.nodes[static_cast<std::size_t>(e.from)].id, m_path.at(qsizetype(i)));
        QCOMPARE(graph.nodes[static_cast<std::size_t>(e.to)].id, m_path.at(qsizetype(i) + 1));
    }
    // Unknown ids and steps without a dependency between them give no arrow.
    QVERIFY(criticalPathEdges(graph, { m_path.front(), QStringLiteral("no-such-step") }).empty());
    QVERIFY(criticalPathEdges(graph, { m_path.last(), m_path.front() }).empty());
    QVERIFY(criticalPathEdges(graph, {}).empty());
}

void TestPlanCriticalPath::pathIsOutlinedAndClearedAgain()
{
    PlanScene* scene = m_widget->scene();
    const QString onPath = m_path.at(1);
    int offPath = -1;
    for (std::size_t i = 0; i < scene->graph().nodes.size(); ++i)
        if (!m_path.contains(scene->graph().nodes[i].id)) {
            offPath = static_cast<int>(i);
            break;
        }
    QVERIFY(offPath >= 0);
    const QColor critical = PlanGraphStyle::criticalPathColor(false);
    const QColor before = pixelLeftOfCard(onPath, 1.5);
    QVERIFY(before != critical);
    auto* legend = m_widget->findChild<StateLegend*>(QStringLiteral("planGraphLegend"));
    QVERIFY(legend);
    const int legendWidth = legend->sizeHint().width();

    m_widget->setCriticalPath(m_path);
    QCOMPARE(m_widget->criticalPath(), m_path);
    for (std::size_t i = 0; i < scene->graph().nodes.size(); ++i)
        QCOMPARE(scene->nodeItem(static_cast<int>(i))->isOnCriticalPath(), m_path.contains(scene->graph().nodes[i].id));
    QVERIFY(!scene->nodeItem(offPath)->isOnCriticalPath());
    QVERIFY(scene->criticalPathLayer()->isCriticalPath());
    QCOMPARE(scene->criticalPathLayer()->edgeCount(), int(m_path.size()) - 1);
    QVERIFY(legend->isCriticalPathShown());
    QVERIFY(legend->sizeHint().width() > legendWidth); // room for "Critical path"
    // Just outside the card's border the outline is painted in the critical-path colour.
    QCOMPARE(pixelLeftOfCard(onPath, 1.5).rgb(), critical.rgb());
    QVERIFY(pixelLeftOfCard(scene->graph().nodes[static_cast<std::size_t>(offPath)].id, 1.5).rgb() != critical.rgb());

    // Selecting a step keeps the path; its chain highlight is a separate layer.
    m_widget->selectStep(m_path.last());
    QCOMPARE(scene->criticalPathLayer()->edgeCount(), int(m_path.size()) - 1);
    QVERIFY(scene->nodeItem(scene->graph().nodeIndex(onPath))->isOnCriticalPath());
    m_widget->selectStep({});

    m_widget->setCriticalPath({});
    for (std::size_t i = 0; i < scene->graph().nodes.size(); ++i)
        QVERIFY(!scene->nodeItem(static_cast<int>(i))->isOnCriticalPath());
    QCOMPARE(scene->criticalPathLayer()->edgeCount(), 0);
    QVERIFY(!legend->isCriticalPathShown());
    QCOMPARE(legend->sizeHint().width(), legendWidth);
    QCOMPARE(pixelLeftOfCard(onPath, 1.5).rgb(), before.rgb());
}

void TestPlanCriticalPath::newGraphStartsWithoutAPath()
{
    m_widget->setCriticalPath(m_path);
    m_widget->setPlan(*m_plan, m_catalog.get());
    QVERIFY(m_widget->criticalPath().isEmpty());
    QCOMPARE(m_widget->scene()->criticalPathLayer()->edgeCount(), 0);
    QVERIFY(!m_widget->legend()->isCriticalPathShown());
    for (std::size_t i = 0; i < m_widget->scene()->graph().nodes.size(); ++i)
        QVERIFY(!m_widget->scene()->nodeItem(static_cast<int>(i))->isOnCriticalPath());
}

void TestPlanCriticalPath::collapsedLaneDropsItsInnerArrows()
{
    PlanScene* scene = m_widget->scene();
    m_widget->setCriticalPath(m_path);
    const PlanGraph& graph = scene->graph();
    // A lane that holds two consecutive path steps.
    int lane = -1;
    int inner = 0;
    for (int e : criticalPathEdges(graph, m_path)) {
        const PlanGraphEdge& edge = graph.edges[static_cast<std::size_t>(e)];
        const int from = graph.nodes[static_cast<std::size_t>(edge.from)].lane;
        if (from == graph.nodes[static_cast<std::size_t>(edge.to)].lane && (lane < 0 || lane == from)) {
            lane = from;
            ++inner;
        }
    }
    if (lane < 0)
        QSKIP("no lane holds two consecutive steps of the sample's path");
    scene->setLaneCollapsed(lane, true);
    QCOMPARE(scene->criticalPathLayer()->edgeCount(), int(m_path.size()) - 1 - inner);
    scene->setLaneCollapsed(lane, false);
    QCOMPARE(scene->criticalPathLayer()->edgeCount(), int(m_path.size()) - 1);
}

QTEST_MAIN(TestPlanCriticalPath)
#include "tst_plancriticalpath.moc"
