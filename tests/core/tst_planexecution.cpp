// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The step state machine and the release of dependents, on the telecom sample's plan.

#include "engine/planexecution.h"
#include "planning/planningpipeline.h"

#include <QTest>

using namespace fw;

// Compare states by name, so a failure prints "waiting" rather than a number.
#define QCOMPARE_STATE(actual, expected) QCOMPARE(toString(actual), toString(expected))

class TestPlanExecution : public QObject {
    Q_OBJECT

    OrchestrationPlan m_plan;

    std::vector<std::vector<int>> dependencies() const
    {
        std::vector<std::vector<int>> deps;
        for (const auto& step : m_plan.steps)
            deps.push_back(step.dependsOn);
        return deps;
    }
    int step(const char* id) const { return m_plan.stepIndex(QLatin1String(id)); }
    QStringList ids(const std::vector<int>& steps) const
    {
        QStringList list;
        for (int s : steps)
            list << m_plan.steps[std::size_t(s)].id;
        list.sort();
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto outcome = planFromFiles(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"),
                                           QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json"));
        QVERIFY(outcome.ok());
        m_plan = *outcome.plan;
    }

    void transitions_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        using S = StepState;
        const auto row = [](S from, S to, bool allowed) {
            QTest::addRow("%s -> %s", qPrintable(toString(from)), qPrintable(toString(to))) << int(from) << int(to) << allowed;
        };
        row(S::Pending, S::Ready, true);
        row(S::Pending, S::Running, false);
        row(S::Pending, S::Completed, false);
        row(S::Ready, S::Running, true);
        row(S::Ready, S::Waiting, true);
        row(S::Ready, S::Completed, true); // milestones
        row(S::Running, S::Completed, true);
        row(S::Running, S::FailedRetrying, true);
        row(S::Running, S::Ready, false);
        row(S::Waiting, S::Completed, true);
        row(S::FailedRetrying, S::Running, true);
        row(S::FailedRetrying, S::Completed, false);
        row(S::Fallout, S::Ready, true); // operator retry
        row(S::Fallout, S::Skipped, true);
        row(S::Fallout, S::Completed, false);
        row(S::Waiting, S::Cancelled, true);
        row(S::Completed, S::Cancelled, false);
        row(S::Completed, S::Running, false);
        row(S::Skipped, S::Ready, false);
        row(S::Cancelled, S::Ready, false);
    }

    void transitions()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedTransition(StepState(from), StepState(to)), allowed);
    }

    void stateNamesRoundTrip()
    {
        for (int s = 0; s <= int(StepState::Cancelled); ++s)
            QVERIFY(stepStateFromString(toString(StepState(s))) == StepState(s));
        QVERIFY(!stepStateFromString(QStringLiteral("done")));
    }

    void newPlanStartsWithStepsWithoutDependencies()
    {
        PlanExecution execution(dependencies());
        QCOMPARE_STATE(execution.orderState(), OrderState::Pending);
        const auto started = execution.promoteReady();
        std::vector<int> ready;
        for (const auto& t : started)
            ready.push_back(t.step);
        QCOMPARE(ids(ready),
                 (QStringList { QStringLiteral("line:1.2.ROUTER_SHIPMENT/reserve-router"),
                                QStringLiteral("plan:PD_IP_ALLOCATION/allocate-block") }));
        QVERIFY(execution.promoteReady().empty()); // idempotent
    }

    void completingReleasesDependentsOnlyWhenAllDone()
    {
        PlanExecution execution(dependencies());
        execution.promoteReady();
        std::vector<PlanExecution::Transition> effects;
        const int route = step("line:order.IP_ALLOCATION/route-block");
        QVERIFY(execution.transition(step("plan:PD_IP_ALLOCATION/allocate-block"), StepState::Running, effects));
        QVERIFY(execution.transition(step("plan:PD_IP_ALLOCATION/allocate-block"), StepState::Completed, effects));
        QCOMPARE_STATE(execution.state(route), StepState::Pending); // still waits for activate-line
        QCOMPARE_STATE(execution.orderState(), OrderState::InProgress);

        const Status error = execution.transition(route, StepState::Ready, effects);
        QVERIFY(!error);
        QCOMPARE(error.message(), QStringLiteral("the step still waits for 1 dependencies"));

        effects.clear();
        const int reserve = step("line:1.2.ROUTER_SHIPMENT/reserve-router");
        QVERIFY(execution.transition(reserve, StepState::Running, effects));
        QVERIFY(execution.transition(reserve, StepState::Completed, effects));
        const std::vector<PlanExecution::Transition> expected {
            { reserve, StepState::Ready, StepState::Running },
            { reserve, StepState::Running, StepState::Completed },
            { step("line:1.2.ROUTER_SHIPMENT/ship-router"), StepState::Pending, StepState::Ready },
        };
        QVERIFY(effects == expected);
    }

    void skippingReleasesLikeCompleting()
    {
        PlanExecution execution(dependencies());
        execution.promoteReady();
        std::vector<PlanExecution::Transition> effects;
        const int reserve = step("line:1.2.ROUTER_SHIPMENT/reserve-router");
        QVERIFY(execution.transition(reserve, StepState::Running, effects));
        QVERIFY(execution.transition(reserve, StepState::Fallout, effects));
        QCOMPARE_STATE(execution.orderState(), OrderState::Fallout);
        QVERIFY(execution.transition(reserve, StepState::Skipped, effects));
        QCOMPARE_STATE(execution.state(step("line:1.2.ROUTER_SHIPMENT/ship-router")), StepState::Ready);
        QCOMPARE_STATE(execution.orderState(), OrderState::InProgress);
    }

    void runningEverythingCompletesTheOrder()
    {
        PlanExecution execution(dependencies());
        execution.promoteReady();
        int rounds = 0;
        while (!execution.stepsIn(StepState::Ready).empty() && rounds++ < 100) {
            for (int s : execution.stepsIn(StepState::Ready)) {
                std::vector<PlanExecution::Transition> effects;
                QVERIFY(execution.transition(s, StepState::Completed, effects));
            }
        }
        QCOMPARE(execution.stepsIn(StepState::Completed).size(), m_plan.steps.size());
        QCOMPARE_STATE(execution.orderState(), OrderState::Completed);
        QVERIFY(rounds <= m_plan.steps.back().depth + 2); // one round per dependency level
    }

    // After a crash the engine rebuilds the execution from stored states.
    void resumesFromStoredStates()
    {
        std::vector<StepState> stored(m_plan.steps.size(), StepState::Pending);
        stored[std::size_t(step("line:1.2.ROUTER_SHIPMENT/reserve-router"))] = StepState::Completed;
        stored[std::size_t(step("plan:PD_IP_ALLOCATION/allocate-block"))] = StepState::Waiting;
        PlanExecution execution(dependencies(), stored);
        // The crash came between completing reserve-router and promoting ship-router.
        const auto promoted = execution.promoteReady();
        QCOMPARE(promoted.size(), std::size_t(1));
        QCOMPARE(promoted[0].step, step("line:1.2.ROUTER_SHIPMENT/ship-router"));
        QCOMPARE_STATE(execution.state(step("plan:PD_IP_ALLOCATION/allocate-block")), StepState::Waiting);
    }

    void cancelAllLeavesFinishedStepsAlone()
    {
        PlanExecution execution(dependencies());
        execution.promoteReady();
        std::vector<PlanExecution::Transition> effects;
        const int reserve = step("line:1.2.ROUTER_SHIPMENT/reserve-router");
        QVERIFY(execution.transition(reserve, StepState::Completed, effects));
        const auto cancelled = execution.cancelAll();
        QCOMPARE(cancelled.size(), m_plan.steps.size() - 1);
        QCOMPARE_STATE(execution.state(reserve), StepState::Completed);
        QCOMPARE_STATE(execution.orderState(), OrderState::Cancelled);
        QVERIFY(!execution.transition(reserve, StepState::Cancelled, effects));
    }
};

QTEST_GUILESS_MAIN(TestPlanExecution)
#include "tst_planexecution.moc"
