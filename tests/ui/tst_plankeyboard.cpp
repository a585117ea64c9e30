// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The plan graph by keyboard and screen reader (issue 20): the arrow keys and Tab move a focus
// through the cards lane by lane in dependency order, Down jumps to the next lane, Enter opens the
// focused step (or shows a group's steps), the focused card is scrolled into view and drawn with a
// ring, and the view's accessible interface lists the cards, names them "step, lane, state" and
// announces the focused one.

#include "common/stepstatepresentation.h"
#include "domain/plan.h"
#include "plan/plancards.h"
#include "plan/planoverview.h"
#include "plan/plangraphwidget.h"
#include "plan/plankeyboard.h"
#include "plan/planscene.h"
#include "plan/planview.h"
#include "plan/planviewaccessible.h"
#include "plan/stepnodeitem.h"
#include "planning/planningpipeline.h"

#include <QAccessible>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace fw;

class TestPlanKeyboard : public QObject {
    Q_OBJECT

    std::optional<OrchestrationPlan> m_plan;
    std::optional<OrchestrationPlan> m_bigPlan;
    std::shared_ptr<const Catalog> m_catalog;
    std::unique_ptr<PlanGraphWidget> m_widget;

    PlanView* view() const { return m_widget->view(); }
    PlanKeyboard* keyboard() const { return m_widget->view()->keyboard(); }
    const PlanScene& scene() const { return *m_widget->scene(); }

    void show(const OrchestrationPlan& plan)
    {
        m_widget = std::make_unique<PlanGraphWidget>();
        m_widget->resize(1200, 800);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
        m_widget->setPlan(plan, m_catalog.get());
        view()->setFocus(Qt::TabFocusReason);
        QVERIFY(view()->hasFocus());
    }

    QString expectedName(int step) const
    {
        const PlanGraphNode& node = scene().graph().nodes[static_cast<std::size_t>(step)];
        const auto state = scene().nodeItem(step)->state();
        return QStringLiteral("%1, %2, %3")
            .arg(node.name, scene().graph().lanes[static_cast<std::size_t>(node.lane)].name, StepStatePresentation::label(state));
    }

private Q_SLOTS:
    void initTestCase()
    {
        PlanningOutcome outcome = planFromFiles(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"),
                                                QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json"));
        QVERIFY(outcome.ok());
        m_catalog = outcome.catalog;
        m_plan = std::move(outcome.plan);
        PlanningOutcome big = planFromFiles(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"),
                                            QStringLiteral(FW_TEST_DATA_DIR "/ui-forty-sites/order.json"));
        QVERIFY(big.ok());
        m_bigPlan = std::move(big.plan);
    }
    void cleanup() { m_widget.reset(); }

    // Right walks every card once, lane by lane (bands top down), a step after its prerequisites.
    void arrowsVisitEveryStepInLaneAndDependencyOrder()
    {
        show(*m_plan);
        const std::size_t steps = scene().graph().nodes.size();
        QTest::keyClick(view(), Qt::Key_Home);
        std::vector<int> visited { keyboard()->current().step };
        for (std::size_t i = 1; i < steps + 2; ++i) {
            QTest::keyClick(view(), Qt::Key_Right);
            if (keyboard()->current().step != visited.back())
                visited.push_back(keyboard()->current().step);
        }
        QCOMPARE(visited.size(), steps); // each once, and Right stops at the last
        const PlanGraphLayoutResult& layout = scene().layoutResult();
        std::vector<int> position(steps, -1);
        for (std::size_t i = 0; i < visited.size(); ++i) {
            QVERIFY(visited[i] >= 0);
            position[static_cast<std::size_t>(visited[i])] = static_cast<int>(i);
        }
        for (std::size_t i = 1; i < visited.size(); ++i) {
            const qreal before = layout.laneRects[static_cast<std::size_t>(layout.lane[static_cast<std::size_t>(visited[i - 1])])].top();
            const qreal now = layout.laneRects[static_cast<std::size_t>(layout.lane[static_cast<std::size_t>(visited[i])])].top();
            QVERIFY2(before <= now, "lanes are visited top down, each once");
        }
        for (std::size_t step = 0; step < steps; ++step) {
            const PlanGraphNode& node = scene().graph().nodes[step];
            for (const int prerequisite : node.dependsOn) {
                if (scene().graph().nodes[static_cast<std::size_t>(prerequisite)].lane == node.lane)
                    QVERIFY2(position[static_cast<std::size_t>(prerequisite)] < position[step], qPrintable(node.name));
            }
        }
        // Left goes back the same way.
        QTest::keyClick(view(), Qt::Key_Left);
        QCOMPARE(keyboard()->current().step, visited[visited.size() - 2]);
    }

    void downJumpsToTheNextLane()
    {
        show(*m_plan);
        QTest::keyClick(view(), Qt::Key_Home);
        const int firstLane = scene().graph().nodes[static_cast<std::size_t>(keyboard()->current().step)].lane;
        QTest::keyClick(view(), Qt::Key_Down);
        const int next = keyboard()->current().step;
        QVERIFY(next >= 0);
        QVERIFY(scene().graph().nodes[static_cast<std::size_t>(next)].lane != firstLane);
        const std::vector<PlanCard> order = planCardOrder(scene());
        const auto at = std::find(order.begin(), order.end(), PlanCard { next, -1 }) - order.begin();
        QVERIFY(at > 0);
        QVERIFY(scene().graph().nodes[static_cast<std::size_t>(order[static_cast<std::size_t>(at - 1)].step)].lane == firstLane);
        QTest::keyClick(view(), Qt::Key_Up);
        QCOMPARE(keyboard()->current(), order.front());
    }

    void tabMovesBetweenCardsThenLeavesTheView()
    {
        show(*m_plan);
        QTest::keyClick(view(), Qt::Key_Home);
        const PlanCard first = keyboard()->current();
        QTest::keyClick(view(), Qt::Key_Tab);
        QVERIFY(keyboard()->current() != first);
        QVERIFY(view()->hasFocus());
        QTest::keyClick(view(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(keyboard()->current(), first);
        QTest::keyClick(view(), Qt::Key_End);
        QTest::keyClick(view(), Qt::Key_Tab);
        QVERIFY2(!view()->hasFocus(), "Tab after the last card goes on to the next control");
        // F6 leaves at once, from any card; Tab back in returns to the card left.
        view()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(view(), Qt::Key_Home);
        QTest::keyClick(view(), Qt::Key_Right);
        const PlanCard second = keyboard()->current();
        QTest::keyClick(view(), Qt::Key_F6);
        QVERIFY(!view()->hasFocus());
        view()->setFocus(Qt::TabFocusReason);
        QCOMPARE(keyboard()->current(), second);
        QTest::keyClick(view(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(!view()->hasFocus());
        QCOMPARE(keyboard()->current(), second);
    }

    // Ctrl+Tab is not the graph's: in a tab widget (the order page) it still shows the next tab.
    void ctrlTabStillSwitchesTabs()
    {
        QTabWidget tabs;
        auto* graph = new PlanGraphWidget;
        tabs.addTab(graph, QStringLiteral("Plan"));
        tabs.addTab(new QWidget, QStringLiteral("Steps"));
        tabs.resize(1000, 700);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        graph->setPlan(*m_plan, m_catalog.get());
        graph->view()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(graph->view(), Qt::Key_Right);
        QVERIFY(!graph->view()->keyboard()->current().isNull());
        QTest::keyClick(graph->view(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs.currentIndex(), 1);
    }

    void enterOpensTheFocusedStep()
    {
        show(*m_plan);
        QSignalSpy selected(m_widget.get(), &PlanGraphWidget::stepSelected);
        QSignalSpy activated(m_widget.get(), &PlanGraphWidget::stepActivated);
        QTest::keyClick(view(), Qt::Key_Home);
        QTest::keyClick(view(), Qt::Key_Right);
        QTest::keyClick(view(), Qt::Key_Right);
        QVERIFY(selected.isEmpty()); // moving the focus selects nothing
        const QString id = scene().graph().nodes[static_cast<std::size_t>(keyboard()->current().step)].id;
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), id);
        QCOMPARE(m_widget->selectedStep(), id); // the inspector shows it
        QTest::keyClick(view(), Qt::Key_Escape);
        QVERIFY(m_widget->selectedStep().isEmpty());
        // A click moves the focus to the clicked step.
        m_widget->selectStep(scene().graph().nodes.front().id);
        QCOMPARE(keyboard()->current().step, 0);
    }

    // The focused card is in view and drawn with a ring that shows while the graph has the focus.
    void theFocusedCardIsInViewAndOutlined()
    {
        show(*m_bigPlan);
        view()->setZoom(1.0);
        QTest::keyClick(view(), Qt::Key_End);
        const QRectF card = planCardRect(scene(), keyboard()->current());
        QVERIFY(!card.isEmpty());
        const QRect inView = view()->mapFromScene(card).boundingRect();
        QVERIFY2(view()->viewport()->rect().contains(inView), "the last card was scrolled into view");
        const QWidget* map = view()->overview();
        QVERIFY2(!map->isVisible() || !map->geometry().intersects(inView.translated(view()->viewport()->pos())),
                 "the minimap does not hide it");
        const QImage focused = view()->viewport()->grab().toImage();
        if (const QString shot = qEnvironmentVariable("FW_PLAN_FOCUS_SCREENSHOT"); !shot.isEmpty()) { // to look at
            QVERIFY(m_widget->grab().save(shot));
        }
        m_widget->setFocus(); // elsewhere
        view()->clearFocus();
        QCoreApplication::processEvents();
        const QImage unfocused = view()->viewport()->grab().toImage();
        const QRect ring = inView.adjusted(-8, -8, 8, 8).intersected(view()->viewport()->rect());
        QVERIFY2(focused.copy(ring) != unfocused.copy(ring), "the ring is drawn around the focused card");
    }

    // A collapsed group's card is a stop too; Enter shows its steps with the focus on the first.
    void enterOnAGroupShowsItsSteps()
    {
        show(*m_bigPlan);
        QVERIFY(!scene().groups().groups().empty());
        view()->setGroupCollapsed(-1, true);
        const std::vector<PlanCard> order = planCardOrder(scene());
        const auto group = std::find_if(order.begin(), order.end(), [](const PlanCard& card) { return card.group >= 0; });
        QVERIFY(group != order.end());
        keyboard()->setCurrent(*group);
        QVERIFY(planCardName(scene(), *group).contains(scene().groups().groups()[static_cast<std::size_t>(group->group)].label));
        QTest::keyClick(view(), Qt::Key_Return);
        QVERIFY(!scene().groups().isCollapsed(group->group));
        QCOMPARE(keyboard()->current().step, scene().groups().groups()[static_cast<std::size_t>(group->group)].members.front());
        QTest::keyClick(view(), Qt::Key_Space); // selects it
        QTest::keyClick(view(), Qt::Key_Backspace); // folds the group again, the focus on its card
        QVERIFY(scene().groups().isCollapsed(group->group));
        QCOMPARE(keyboard()->current(), *group);
    }

    void screenReadersGetTheCardsAndTheFocus()
    {
        show(*m_plan);
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(view());
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::List);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Plan graph"));
        const std::vector<PlanCard> order = planCardOrder(scene());
        QCOMPARE(iface->childCount(), static_cast<int>(order.size()));
        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface* child = iface->child(i);
            QVERIFY(child);
            QCOMPARE(child->role(), QAccessible::ListItem);
            QCOMPARE(child->text(QAccessible::Name), expectedName(order[static_cast<std::size_t>(i)].step));
            QCOMPARE(iface->indexOfChild(child), i);
            QCOMPARE(child->parent(), iface);
        }
        QSignalSpy moved(keyboard(), &PlanKeyboard::currentChanged);
        QTest::keyClick(view(), Qt::Key_Home);
        QTest::keyClick(view(), Qt::Key_Right);
        const QString name = expectedName(order[1].step);
        QVERIFY(iface->focusChild());
        QCOMPARE(iface->focusChild()->text(QAccessible::Name), name);
        QVERIFY(iface->focusChild()->state().focused);
        // What a move announces: a focus event on that card (Qt 6.4 drops it unseen while no screen
        // reader is active, even before an update handler, so the event is checked as built).
        QCOMPARE(moved.count(), 2);
        const auto event = planCardFocusEvent(view(), moved.last().first().value<PlanCard>());
        QVERIFY(event);
        QCOMPARE(event->type(), QAccessible::Focus);
        QCOMPARE(event->accessibleInterface(), iface->focusChild());
        QCOMPARE(event->accessibleInterface()->text(QAccessible::Name), name);
        // A state change is in the name at once.
        const QString id = scene().graph().nodes[static_cast<std::size_t>(order[1].step)].id;
        m_widget->setStepStatus(id, StepState::Fallout);
        QVERIFY(iface->focusChild()->text(QAccessible::Name).endsWith(StepStatePresentation::label(StepState::Fallout)));
    }
};

QTEST_MAIN(TestPlanKeyboard)
#include "tst_plankeyboard.moc"
