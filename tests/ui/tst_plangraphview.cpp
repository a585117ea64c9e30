// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/plan.h"
#include "common/stepstatepresentation.h"
#include "plan/plangraphwidget.h"
#include "plan/planscene.h"
#include "plan/planscenelookup.h"
#include "plan/planview.h"
#include "plan/stepnodeitem.h"
#include "planning/planningpipeline.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestPlanGraphView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clickSelectsStepAndHighlightsChain();
    void doubleClickActivates();
    void statusChangesColourNotPosition();
    void filterDimsNonMatching();
    void collapsingALaneHidesItsSteps();
    void searchCentresOnMatch();
    void exportWritesPngAndSvg();

private:
    QColor cardColour(const QString& stepId) const;
    int indexOfName(const QString& name) const;

    std::optional<OrchestrationPlan> m_plan;
    std::shared_ptr<const Catalog> m_catalog;
    std::unique_ptr<PlanGraphWidget> m_widget;
};

void TestPlanGraphView::initTestCase()
{
    PlanningOutcome outcome = planFromFiles(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"),
                                            QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json"));
    QVERIFY(outcome.ok());
    m_catalog = outcome.catalog;
    m_plan = std::move(outcome.plan);
}

void TestPlanGraphView::init()
{
    m_widget = std::make_unique<PlanGraphWidget>();
    m_widget->resize(1200, 800);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    m_widget->setPlan(*m_plan, m_catalog.get());
    QCOMPARE(m_widget->scene()->graph().nodes.size(), m_plan->steps.size());
}

void TestPlanGraphView::cleanup()
{
    m_widget.reset();
}

int TestPlanGraphView::indexOfName(const QString& name) const
{
    const auto& nodes = m_widget->scene()->graph().nodes;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].name == name)
            return static_cast<int>(i);
    return -1;
}

// The card's background, sampled right of the text, from the scene as it paints.
QColor TestPlanGraphView::cardColour(const QString& stepId) const
{
    const QRectF card = stepRect(*m_widget->scene(), stepId);
    QImage image(8, 8, QImage::Format_ARGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    const QRectF sample(card.right() - 24, card.center().y() - 8, 8, 8); // between the name and the border
    m_widget->scene()->render(&painter, QRectF(image.rect()), sample);
    painter.end();
    return image.pixelColor(4, 4);
}

void TestPlanGraphView::clickSelectsStepAndHighlightsChain()
{
    PlanView* view = m_widget->view();
    const int index = indexOfName(QStringLiteral("Activate line"));
    QVERIFY(index >= 0);
    const QString id = m_widget->scene()->graph().nodes[static_cast<std::size_t>(index)].id;
    view->setZoom(1.0);
    QVERIFY(view->centerOnStep(id));
    QSignalSpy selected(m_widget.get(), &PlanGraphWidget::stepSelected);
    const QPoint at = view->mapFromScene(stepRect(*m_widget->scene(), id).center());
    QVERIFY(view->viewport()->rect().contains(at));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), id);
    QCOMPARE(m_widget->selectedStep(), id);

    // Its prerequisites light up, an unrelated branch is dimmed.
    const PlanScene* scene = m_widget->scene();
    QCOMPARE(scene->nodeItem(index)->emphasis(), StepNodeItem::Emphasis::Selected);
    for (int dep : scene->graph().nodes[static_cast<std::size_t>(index)].dependsOn)
        QCOMPARE(scene->nodeItem(dep)->emphasis(), StepNodeItem::Emphasis::Chain);
    const int unrelated = indexOfName(QStringLiteral("Allocate IP block"));
    QVERIFY(unrelated >= 0);
    QCOMPARE(scene->nodeItem(unrelated)->emphasis(), StepNodeItem::Emphasis::Dimmed);

    // A click on the background clears the selection.
    const QPointF background = scene->layoutResult().laneRects.front().topRight() + QPointF(-20, 20);
    QCOMPARE(stepAt(*scene, background), -1);
    view->centerOn(background);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(background));
    QCOMPARE(selected.count(), 2);
    QCOMPARE(selected.at(1).at(0).toString(), QString());
    QCOMPARE(scene->nodeItem(unrelated)->emphasis(), StepNodeItem::Emphasis::Normal);
}

void TestPlanGraphView::doubleClickActivates()
{
    PlanView* view = m_widget->view();
    const QString id = m_widget->scene()->graph().nodes.front().id;
    QVERIFY(view->centerOnStep(id));
    QSignalSpy activated(m_widget.get(), &PlanGraphWidget::stepActivated);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(stepRect(*m_widget->scene(), id).center()));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), id);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
}

void TestPlanGraphView::statusChangesColourNotPosition()
{
    PlanScene* scene = m_widget->scene();
    const QString id = scene->graph().nodes.front().id;
    std::vector<QPointF> before;
    for (std::size_t i = 0; i < scene->graph().nodes.size(); ++i)
        before.push_back(scene->nodeItem(static_cast<int>(i))->pos());
    const QPalette palette = scene->palette();
    QCOMPARE(cardColour(id).rgb(), StepStatePresentation::fillColor(StepState::Pending, palette).rgb());

    QVERIFY(scene->setStepStatus(id, StepState::Fallout, 3));
    QCOMPARE(cardColour(id).rgb(), StepStatePresentation::fillColor(StepState::Fallout, palette).rgb());
    QVERIFY(cardColour(id).rgb() != StepStatePresentation::fillColor(StepState::Pending, palette).rgb());
    QVERIFY(!scene->setStepStatus(id, StepState::Fallout, 3)); // nothing changed
    QVERIFY(!scene->setStepStatus(QStringLiteral("no-such-step"), StepState::Running, 1));
    const std::vector<NodeStatus> statuses { { id, StepState::Completed, 3 }, { scene->graph().nodes.back().id, StepState::Running, 1 } };
    QCOMPARE(scene->applyStatuses(statuses), 2);
    QCOMPARE(cardColour(id).rgb(), StepStatePresentation::fillColor(StepState::Completed, palette).rgb());
    QVERIFY(stepState(*scene, scene->graph().nodes.back().id) == StepState::Running);
    for (std::size_t i = 0; i < before.size(); ++i)
        QCOMPARE(scene->nodeItem(static_cast<int>(i))->pos(), before[i]);
}

void TestPlanGraphView::filterDimsNonMatching()
{
    m_widget->setFilter(PlanFilter::ManualTasks);
    const PlanScene* scene = m_widget->scene();
    int manual = 0;
    for (std::size_t i = 0; i < scene->graph().nodes.size(); ++i) {
        const bool isManual = scene->graph().nodes[i].type == StepType::ManualTask;
        manual += isManual ? 1 : 0;
        QCOMPARE(scene->nodeItem(static_cast<int>(i))->emphasis(),
                 isManual ? StepNodeItem::Emphasis::Normal : StepNodeItem::Emphasis::Dimmed);
    }
    QVERIFY(manual > 0);
    // A step that falls out matches "failed" at once.
    m_widget->setFilter(PlanFilter::Failed);
    const QString id = scene->graph().nodes.front().id;
    QCOMPARE(scene->nodeItem(0)->emphasis(), StepNodeItem::Emphasis::Dimmed);
    m_widget->setStepStatus(id, StepState::Fallout, 2);
    QCOMPARE(scene->nodeItem(0)->emphasis(), StepNodeItem::Emphasis::Normal);
}

void TestPlanGraphView::collapsingALaneHidesItsSteps()
{
    PlanScene* scene = m_widget->scene();
    const std::vector<QRectF> before = scene->layoutResult().nodeRects;
    const QString laneId = scene->graph().lanes.front().id;
    m_widget->setLaneCollapsed(laneId, true);
    QVERIFY(scene->isLaneCollapsed(0));
    QCOMPARE(scene->layoutResult().laneRects.front().height(), scene->metrics().collapsedLaneHeight);
    for (std::size_t i = 0; i < before.size(); ++i) {
        const bool inLane = scene->graph().nodes[i].lane == 0;
        QCOMPARE(scene->nodeItem(static_cast<int>(i))->isVisible(), !inLane);
        QCOMPARE(scene->nodeItem(static_cast<int>(i))->pos().x(), before[i].left()); // nothing moves sideways
    }
    // A click on the collapsed header expands the lane again.
    PlanView* view = m_widget->view();
    view->setZoom(1.0);
    const QRectF band = scene->layoutResult().laneRects.front();
    view->centerOn(band.topLeft());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(band.topLeft() + QPointF(40, 12)));
    QVERIFY(!scene->isLaneCollapsed(0));
    QCOMPARE(scene->layoutResult().nodeRects, before);
}

void TestPlanGraphView::searchCentresOnMatch()
{
    PlanView* view = m_widget->view();
    const std::vector<int> matches = findSteps(*m_widget->scene(), QStringLiteral("billing"));
    QVERIFY(matches.size() >= 2);
    // A new search: every match in view, the first selected.
    QVERIFY(m_widget->findNext(QStringLiteral("billing")));
    QCOMPARE(m_widget->selectedStep(), m_widget->scene()->graph().nodes[static_cast<std::size_t>(matches[0])].id);
    QVERIFY(QRectF(view->viewport()->rect()).contains(view->mapFromScene(shownRect(*m_widget->scene(), matches)).boundingRect()));
    QVERIFY(view->zoom() >= PlanView::minimumFitZoom);
    // Enter again: the next match, centred (as far as the scroll range allows: a step at the
    // plan's edge stops at the edge) at a readable zoom.
    QVERIFY(m_widget->findNext(QStringLiteral("billing")));
    const QString second = m_widget->selectedStep();
    QCOMPARE(second, m_widget->scene()->graph().nodes[static_cast<std::size_t>(matches[1])].id);
    const QRectF match = stepRect(*m_widget->scene(), second);
    const QRect shown = view->mapFromScene(match).boundingRect();
    QVERIFY(view->viewport()->rect().contains(shown));
    const QPoint offset = shown.center() - view->viewport()->rect().center();
    const QScrollBar* h = view->horizontalScrollBar();
    const QScrollBar* v = view->verticalScrollBar();
    QVERIFY2(std::abs(offset.x()) <= 2 || h->value() == h->maximum() || h->value() == h->minimum(), "not centred");
    QVERIFY2(std::abs(offset.y()) <= 2 || v->value() == v->maximum() || v->value() == v->minimum(), "not centred");
    QVERIFY(offset != QPoint(0, 0) || match.contains(view->mapToScene(view->viewport()->rect().center())));
    QVERIFY(view->zoom() >= 0.8); // readable
    QVERIFY(!m_widget->findNext(QStringLiteral("no such step anywhere")));
}

void TestPlanGraphView::exportWritesPngAndSvg()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("plan.png"));
    const Status pngWritten = m_widget->exportTo(png);
    QVERIFY2(pngWritten, qPrintable(pngWritten.message()));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_widget->scene()->sceneRect().size().toSize());
    const QString svg = dir.filePath(QStringLiteral("plan.svg"));
    const Status svgWritten = m_widget->exportTo(svg);
    QVERIFY2(svgWritten, qPrintable(svgWritten.message()));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<svg"));
    const QString bmpx = dir.filePath(QStringLiteral("plan.bmpx"));
    const Status refused = m_widget->exportTo(bmpx);
    QVERIFY(!refused);
    QCOMPARE(refused.message(), QDir::toNativeSeparators(bmpx) + QStringLiteral(": unknown image type 'bmpx' (expected .png or .svg)."));
}

QTEST_MAIN(TestPlanGraphView)
#include "tst_plangraphview.moc"
