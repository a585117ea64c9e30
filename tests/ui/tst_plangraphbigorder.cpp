// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The plan graph of a big order: a 40-site business fibre order (tests/data/ui-forty-sites, the
// telecom sample catalog; about 400 steps). Its cards say which site they belong to, Fit shows one
// group card per site at a readable scale, a filter zooms to its matches, selecting a step of a
// collapsed site expands it and centres the step, and the minimap shows while zoomed in.
#include "domain/plan.h"
#include "plan/lanebanditem.h"
#include "plan/plangraphwidget.h"
#include "plan/planoverview.h"
#include "plan/planscene.h"
#include "plan/planscenelookup.h"
#include "plan/planview.h"
#include "plan/stepgroupitem.h"
#include "plan/stepnodeitem.h"
#include "planning/planningpipeline.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace fw;

namespace {
QString fortySitesOrder()
{
    return QStringLiteral(FW_TEST_DATA_DIR "/ui-forty-sites/order.json");
}
QString telecomCatalog()
{
    return QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json");
}
} // namespace

class TestPlanGraphBigOrder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cardsSayWhichSiteTheyBelongTo();
    void fitShowsGroupsAtAReadableScale();
    void fitDrawsSiteGroupsInABandOfTheirOwn();
    void groupCardCountsItsStepsByState();
    void groupCardShowsTheChangesOfItsSteps();
    void filterZoomsToItsMatches();
    void searchZoomsToItsMatches();
    void selectingAStepOfACollapsedGroupExpandsAndCentresIt();
    void groupExpandsOnDoubleClickAndCollapsesWithBackspace();
    void overviewShowsWhileZoomedInAndMovesTheView();
    void screenshots_data();
    void screenshots();

private:
    void showProgress(); // a plausible moment of the order: early sites done, later ones under way
    int groupOfSite(const QString& site) const;
    QString stepOf(const QString& site, const QString& name) const;
    bool inViewport(const QRectF& sceneRect) const;

    std::optional<OrchestrationPlan> m_plan;
    std::shared_ptr<const Catalog> m_catalog;
    std::unique_ptr<PlanGraphWidget> m_widget;
};

void TestPlanGraphBigOrder::initTestCase()
{
    PlanningOutcome outcome = planFromFiles(telecomCatalog(), fortySitesOrder());
    QVERIFY(outcome.ok());
    m_catalog = outcome.catalog;
    m_plan = std::move(outcome.plan);
    QVERIFY2(m_plan->steps.size() >= 350 && m_plan->steps.size() <= 450, qPrintable(QString::number(m_plan->steps.size())));
}

void TestPlanGraphBigOrder::init()
{
    m_widget = std::make_unique<PlanGraphWidget>();
    m_widget->resize(1000, 600); // about the order page's graph at 1366x768
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    m_widget->setPlan(*m_plan, m_catalog.get());
}

void TestPlanGraphBigOrder::cleanup()
{
    m_widget.reset();
}

int TestPlanGraphBigOrder::groupOfSite(const QString& site) const
{
    const auto& groups = m_widget->scene()->groups().groups();
    for (std::size_t g = 0; g < groups.size(); ++g)
        if (groups[g].key == site)
            return static_cast<int>(g);
    return -1;
}

QString TestPlanGraphBigOrder::stepOf(const QString& site, const QString& name) const
{
    for (const PlanGraphNode& node : m_widget->scene()->graph().nodes)
        if (node.site == site && node.name == name)
            return node.id;
    return {};
}

bool TestPlanGraphBigOrder::inViewport(const QRectF& sceneRect) const
{
    const PlanView* view = m_widget->view();
    return QRectF(view->viewport()->rect()).adjusted(-1, -1, 1, 1).contains(view->mapFromScene(sceneRect).boundingRect());
}

void TestPlanGraphBigOrder::cardsSayWhichSiteTheyBelongTo()
{
    const PlanScene* scene = m_widget->scene();
    QCOMPARE(scene->groups().kind(), PlanGroupModel::Kind::Site);
    QSet<QString> places;
    int shipments = 0;
    for (std::size_t i = 0; i < scene->graph().nodes.size(); ++i) {
        if (scene->graph().nodes[i].name != QLatin1String("Ship router"))
            continue;
        ++shipments;
        places.insert(scene->nodeItem(static_cast<int>(i))->place());
    }
    QCOMPARE(shipments, 40);
    QCOMPARE(places.size(), 40); // forty "Ship router" cards, each naming its own site
    QVERIFY(places.contains(QStringLiteral("Site VENLO")));
    // The tooltip says it too.
    const QString venlo = stepOf(QStringLiteral("VENLO"), QStringLiteral("Ship router"));
    QVERIFY(revealStep(*m_widget->scene(), venlo) || !scene->groups().isCollapsed(groupOfSite(QStringLiteral("VENLO"))));
    QVERIFY(planToolTip(*scene, stepRect(*scene, venlo).center()).contains(QLatin1String("Site VENLO")));
}

void TestPlanGraphBigOrder::fitShowsGroupsAtAReadableScale()
{
    PlanView* view = m_widget->view();
    const PlanScene* scene = m_widget->scene();
    m_widget->view()->setZoom(0.05); // whatever it was before
    view->fitAll();
    QVERIFY2(view->zoom() >= PlanView::minimumFitZoom, qPrintable(QString::number(view->zoom())));
    const auto& groups = scene->groups().groups();
    QCOMPARE(int(groups.size()), 40); // one per site
    QCOMPARE(scene->groups().collapsedCount(), 40);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const StepGroupItem* card = scene->groupItem(static_cast<int>(g));
        QVERIFY(card->isVisible());
        QVERIFY2(inViewport(card->sceneBoundingRect().adjusted(3, 3, -3, -3)), qPrintable(card->label())); // all in view
        for (int member : groups[g].members)
            QVERIFY(!scene->nodeItem(member)->isVisible());
    }
    QVERIFY2(inViewport(scene->sceneRect().adjusted(2, 2, -2, -2)), // the whole plan fits
             qPrintable(QStringLiteral("zoom %1, plan %2x%3, view %4x%5")
                            .arg(view->zoom())
                            .arg(scene->sceneRect().width())
                            .arg(scene->sceneRect().height())
                            .arg(view->viewport()->width())
                            .arg(view->viewport()->height())));
    QVERIFY(!view->overview()->isVisible()); // nothing out of view: no minimap
}

// A site group holds steps of every lane: at Fit the groups get a band of their own on top
// ("Sites (40)") instead of all sitting in one lane; the lanes whose steps are all inside groups
// say so; the milestone stays in its lane; expanded, the plan is drawn as before.
void TestPlanGraphBigOrder::fitDrawsSiteGroupsInABandOfTheirOwn()
{
    PlanScene* scene = m_widget->scene();
    const auto& nodes = scene->graph().nodes;
    const std::size_t lanes = scene->graph().lanes.size();
    // Expanded: the plan's own layout, lanes only.
    const PlanGraphLayoutResult expanded = PlanGraphLayout(scene->metrics()).layout(scene->graph());
    scene->regroup(std::vector<bool>(scene->groups().groups().size(), false), 0);
    QCOMPARE(scene->layoutResult().groupBand, -1);
    QCOMPARE(scene->layoutResult().nodeRects, expanded.nodeRects);
    QCOMPARE(expanded.laneRects.size(), lanes);
    const auto bandItems = [scene] {
        std::vector<const LaneBandItem*> bands;
        for (const QGraphicsItem* item : scene->items())
            if (item->type() == LaneBandItem::Type && item->isVisible())
                bands.push_back(static_cast<const LaneBandItem*>(item));
        return bands;
    };
    QCOMPARE(bandItems().size(), lanes);

    m_widget->view()->fitAll();
    const PlanGraphLayoutResult& fit = scene->layoutResult();
    QCOMPARE(scene->groups().collapsedCount(), 40);
    QCOMPARE(fit.groupBand, int(lanes));
    const QRectF band = fit.laneRects[std::size_t(fit.groupBand)];
    for (std::size_t lane = 0; lane < lanes; ++lane)
        QVERIFY2(band.bottom() < fit.laneRects[lane].top(), qPrintable(scene->graph().lanes[lane].name)); // on top
    for (std::size_t g = 0; g < scene->groups().groups().size(); ++g) {
        const StepGroupItem* card = scene->groupItem(int(g));
        QVERIFY(card->isVisible());
        QVERIFY2(band.contains(card->sceneBoundingRect()), qPrintable(card->label()));
        for (std::size_t lane = 0; lane < lanes; ++lane)
            QVERIFY2(!fit.laneRects[lane].intersects(card->sceneBoundingRect()),
                     qPrintable(card->label() + QStringLiteral(" in lane ") + scene->graph().lanes[lane].name));
    }
    int milestones = 0;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].name == QLatin1String("All sites delivered")) {
            ++milestones;
            QVERIFY(scene->nodeItem(int(i))->isVisible());
            QCOMPARE(scene->graph().lanes[std::size_t(nodes[i].lane)].id, QStringLiteral("billing"));
            QVERIFY(fit.laneRects[std::size_t(nodes[i].lane)].contains(scene->nodeItem(int(i))->sceneBoundingRect()));
        }
    QCOMPARE(milestones, 1);
    int notes = 0;
    bool titled = false;
    for (const LaneBandItem* item : bandItems()) {
        if (item->isGroupBand()) {
            titled = item->name() == QLatin1String("Sites (40)");
            QCOMPARE(item->sceneBoundingRect(), band);
            continue;
        }
        const bool empty = fit.laneRows[std::size_t(item->lane())] == 0;
        QCOMPARE(item->note().isEmpty(), !empty); // an empty lane says where its steps are
        notes += empty ? 1 : 0;
    }
    QVERIFY(titled);
    QCOMPARE(notes, int(lanes) - 1); // all but Billing, which keeps its milestone

    // Expanded again: the plan as it was, no group band.
    scene->regroup(std::vector<bool>(scene->groups().groups().size(), false), 0);
    QCOMPARE(scene->layoutResult().groupBand, -1);
    QCOMPARE(scene->layoutResult().laneRects, expanded.laneRects);
    QCOMPARE(scene->layoutResult().nodeRects, expanded.nodeRects);
    QCOMPARE(bandItems().size(), lanes);
    for (std::size_t i = 0; i < nodes.size(); ++i)
        QVERIFY(expanded.laneRects[std::size_t(nodes[i].lane)].contains(scene->nodeItem(int(i))->sceneBoundingRect()));
}

void TestPlanGraphBigOrder::groupCardCountsItsStepsByState()
{
    const int group = groupOfSite(QStringLiteral("UTRECHT"));
    QVERIFY(group >= 0);
    const std::vector<int>& members = m_widget->scene()->groups().groups()[static_cast<std::size_t>(group)].members;
    QVERIFY(members.size() >= 4);
    std::vector<NodeStatus> statuses;
    for (std::size_t i = 0; i < members.size(); ++i) {
        const StepState state = i == 0 ? StepState::Fallout : i < 3 ? StepState::Running : StepState::Completed;
        statuses.push_back({ m_widget->scene()->graph().nodes[static_cast<std::size_t>(members[i])].id, state, 1 });
    }
    m_widget->applyStatuses(statuses);
    m_widget->view()->fitAll();
    const StepGroupItem* card = m_widget->scene()->groupItem(group);
    QVERIFY(card->isVisible());
    QCOMPARE(card->label(), QStringLiteral("Site UTRECHT"));
    QCOMPARE(card->count(StepState::Completed), int(members.size()) - 3);
    QCOMPARE(card->countsText(), QStringLiteral("1 Fallout, 2 Running, %1 Completed").arg(members.size() - 3));
    // A live change recounts.
    m_widget->setStepStatus(statuses.front().stepId, StepState::Completed, 2);
    QCOMPARE(card->countsText(), QStringLiteral("2 Running, %1 Completed").arg(members.size() - 2));
}

// A change preview of a big order: a collapsed site still shows that a change touches it.
void TestPlanGraphBigOrder::groupCardShowsTheChangesOfItsSteps()
{
    PlanGraph graph = planGraphFromPlan(*m_plan, m_catalog.get());
    for (PlanGraphNode& node : graph.nodes) {
        if (node.site == QLatin1String("GENT") && node.name == QLatin1String("Activate line"))
            node.change = NodeChange::Amended;
        if (node.site == QLatin1String("GENT") && node.name == QLatin1String("Ship router"))
            node.change = NodeChange::Kept;
    }
    m_widget->setGraph(std::move(graph));
    m_widget->view()->fitAll();
    const PlanScene* scene = m_widget->scene();
    QVERIFY(scene->groups().isCollapsed(groupOfSite(QStringLiteral("GENT"))));
    QCOMPARE(scene->groupItem(groupOfSite(QStringLiteral("GENT")))->change(), NodeChange::Amended);
    QCOMPARE(scene->groupItem(groupOfSite(QStringLiteral("VENLO")))->change(), NodeChange::None);
}

void TestPlanGraphBigOrder::filterZoomsToItsMatches()
{
    PlanView* view = m_widget->view();
    view->fitAll();
    const qreal fitZoom = view->zoom();
    // Two steps fall out, at neighbouring sites.
    const QString a = stepOf(QStringLiteral("ROTTERDAM"), QStringLiteral("Ship router"));
    const QString b = stepOf(QStringLiteral("UTRECHT"), QStringLiteral("Reserve router"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    m_widget->setStepStatus(a, StepState::Fallout, 3);
    m_widget->setStepStatus(b, StepState::Fallout, 3);
    m_widget->setFilter(PlanFilter::Failed);
    const std::vector<int> matches = filterMatches(*m_widget->scene());
    QCOMPARE(int(matches.size()), 2);
    QVERIFY2(view->zoom() > fitZoom * 1.2, qPrintable(QStringLiteral("%1 -> %2").arg(fitZoom).arg(view->zoom())));
    QVERIFY(inViewport(shownRect(*m_widget->scene(), matches)));
    // The sites without a match are dimmed, the two with one are not.
    const PlanScene* scene = m_widget->scene();
    QVERIFY(!scene->groupItem(groupOfSite(QStringLiteral("ROTTERDAM")))->isDimmed());
    QVERIFY(!scene->groupItem(groupOfSite(QStringLiteral("UTRECHT")))->isDimmed());
    QVERIFY(scene->groupItem(groupOfSite(QStringLiteral("VENLO")))->isDimmed());
    // All steps again: the whole plan.
    m_widget->setFilter(PlanFilter::All);
    QCOMPARE(view->zoom(), fitZoom);
}

void TestPlanGraphBigOrder::searchZoomsToItsMatches()
{
    PlanView* view = m_widget->view();
    view->fitAll();
    const QString text = QStringLiteral("S07.");
    const std::vector<int> found = findSteps(*m_widget->scene(), text);
    QVERIFY(found.size() >= 4); // one site's line steps (their ids name its items)
    QVERIFY(m_widget->findNext(text));
    QCOMPARE(m_widget->selectedStep(), m_widget->scene()->graph().nodes[static_cast<std::size_t>(found.front())].id);
    QVERIFY(view->zoom() >= PlanView::minimumFitZoom);
    QVERIFY(inViewport(shownRect(*m_widget->scene(), findSteps(*m_widget->scene(), text))));
}

void TestPlanGraphBigOrder::selectingAStepOfACollapsedGroupExpandsAndCentresIt()
{
    PlanView* view = m_widget->view();
    const PlanScene* scene = m_widget->scene();
    view->fitAll();
    const QString site = QStringLiteral("MUENSTER");
    const int group = groupOfSite(site);
    QVERIFY(scene->groups().isCollapsed(group));
    const QString id = stepOf(site, QStringLiteral("Activate line"));
    QVERIFY(!id.isEmpty());
    QSignalSpy selected(m_widget.get(), &PlanGraphWidget::stepSelected);
    m_widget->selectStep(id); // as the timeline, the inspector or a fallout link does
    QCOMPARE(selected.count(), 1);
    QCOMPARE(m_widget->selectedStep(), id);
    QVERIFY(!scene->groups().isCollapsed(group));
    QCOMPARE(scene->groups().collapsedCount(), 39); // only its own site opened
    const StepNodeItem* card = scene->nodeItem(scene->graph().nodeIndex(id));
    QVERIFY(card->isVisible());
    QCOMPARE(card->emphasis(), StepNodeItem::Emphasis::Selected);
    QVERIFY(view->zoom() >= 0.8);
    const QRectF rect = stepRect(*scene, id);
    QVERIFY(inViewport(rect));
    const QPoint offset = view->mapFromScene(rect.center()) - view->viewport()->rect().center();
    QVERIFY2(offset.manhattanLength() < 120, qPrintable(QStringLiteral("%1,%2").arg(offset.x()).arg(offset.y())));
}

void TestPlanGraphBigOrder::groupExpandsOnDoubleClickAndCollapsesWithBackspace()
{
    PlanView* view = m_widget->view();
    const PlanScene* scene = m_widget->scene();
    view->fitAll();
    const int group = groupOfSite(QStringLiteral("GENT"));
    const StepGroupItem* card = scene->groupItem(group);
    const QPoint at = view->mapFromScene(card->sceneBoundingRect().center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(!scene->groups().isCollapsed(group));
    QVERIFY(!card->isVisible());
    const int member = scene->groups().groups()[static_cast<std::size_t>(group)].members.front();
    QVERIFY(scene->nodeItem(member)->isVisible());
    QVERIFY(inViewport(stepRect(*scene, member)));
    // Backspace on one of its steps: the site's card again.
    view->selectStep(scene->graph().nodes[static_cast<std::size_t>(member)].id);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Backspace);
    QVERIFY(scene->groups().isCollapsed(group));
    QVERIFY(card->isVisible());
    // A click makes the card current, Enter expands it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(card->sceneBoundingRect().center()));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(!scene->groups().isCollapsed(group));
}

void TestPlanGraphBigOrder::overviewShowsWhileZoomedInAndMovesTheView()
{
    PlanView* view = m_widget->view();
    view->fitAll();
    PlanOverview* overview = view->overview();
    QVERIFY(!overview->isVisible());
    view->setZoom(1.0);
    QVERIFY(overview->isVisible());
    // In the view's bottom-right corner, small.
    QVERIFY(view->viewport()->geometry().contains(overview->geometry()));
    QVERIFY(overview->width() <= 240 && overview->height() <= 170);
    // Its outline is what the view shows.
    const QRectF outline = overview->outlineRect();
    QVERIFY(!outline.isEmpty());
    QVERIFY(outline.width() < overview->width());
    // A click moves the view there.
    const QPointF target = overview->toScene(QPointF(overview->width() - 12, overview->height() - 12));
    QTest::mouseClick(overview, Qt::LeftButton, {}, QPoint(overview->width() - 12, overview->height() - 12));
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.right() >= view->sceneRect().right() - 40 || visible.contains(target));
    QVERIFY(overview->outlineRect() != outline);
    view->fitAll();
    QVERIFY(!overview->isVisible());
}

void TestPlanGraphBigOrder::showProgress()
{
    const PlanScene* scene = m_widget->scene();
    std::vector<NodeStatus> statuses;
    const auto& groups = scene->groups().groups();
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const std::vector<int>& members = groups[g].members;
        // Sites 1-16 done; 17-30 part of the way; the rest not started.
        const std::size_t done = g < 16 ? members.size() : g < 30 ? (members.size() * (30 - g)) / 15 : 0;
        for (std::size_t i = 0; i < members.size(); ++i) {
            StepState state = i < done ? StepState::Completed : i == done && g < 30 ? StepState::Running : StepState::Pending;
            if (i == done && (g == 18 || g == 23))
                state = StepState::Fallout;
            if (i == done && g == 21)
                state = StepState::Waiting;
            statuses.push_back(
                { scene->graph().nodes[static_cast<std::size_t>(members[i])].id, state, state == StepState::Fallout ? 3 : 1 });
        }
    }
    m_widget->applyStatuses(statuses);
}

void TestPlanGraphBigOrder::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << QStringLiteral("en");
    QTest::addRow("de") << QStringLiteral("de");
}

// With FW_SCREENSHOT_DIR set: the 40-site order at 1366x768 at Fit, zoomed in with the minimap,
// and with the "Failed or fallout" filter (docs/screenshots/plan-big-order-*.png come from here).
void TestPlanGraphBigOrder::screenshots()
{
    const QString directory = qEnvironmentVariable("FW_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("FW_SCREENSHOT_DIR is not set");
    QFETCH(QString, language);
    QTranslator translator; // English too, as the workbench loads it: its plural forms ("10 steps")
    QVERIFY(translator.load(QStringLiteral(FW_QM_DIR "/fulfillment-workbench_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    m_widget = std::make_unique<PlanGraphWidget>(); // built again: its texts in the language
    m_widget->resize(1366, 768);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    m_widget->setPlan(*m_plan, m_catalog.get());
    showProgress();
    m_widget->view()->fitAll();
    const auto save = [&](const char* name) {
        QCoreApplication::processEvents();
        QTest::qWait(300); // the minimap renders a moment after the scene changes
        const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
        const QString path = QDir(directory).filePath(QStringLiteral("plan-big-order-%1%2.png").arg(QLatin1String(name), suffix));
        QVERIFY(m_widget->grab().save(path));
    };
    QVERIFY(m_widget->scene()->groups().collapsedCount() > 0);
    save("fit");
    m_widget->selectStep(stepOf(QStringLiteral("OBERHAUSEN"), QStringLiteral("Activate line")));
    QVERIFY(m_widget->view()->overview()->isVisible());
    save("minimap");
    m_widget->selectStep(QString());
    m_widget->view()->fitAll();
    m_widget->setFilter(PlanFilter::Failed);
    save("filter");
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestPlanGraphBigOrder)
#include "tst_plangraphbigorder.moc"
