// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The operations models fed by engine snapshots (the task inbox pages instead: tst_tasklistmodel): rows update in place (a persistent
// index, so a view's selection, survives a refresh that changes its row), vanished rows go, new ones append; fallout groups by error
// signature; the timeline appends new events; every model passes QAbstractItemModelTester while it changes.

#include "engine/enginesnapshot.h"
#include "fallout/falloutcasemodel.h"
#include "fallout/falloutgroupmodel.h"
#include "engine/falloutsignature.h"
#include "common/rowfiltermodel.h"
#include "orders/stepstatusmodel.h"
#include "timeline/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fw;

namespace {
FalloutSummary fallout(qint64 id, const QString& order, const QString& error, const QString& endpoint = QStringLiteral("carrier"))
{
    FalloutSummary c;
    c.id = id;
    c.orderId = order;
    c.error = error;
    c.endpoint = endpoint;
    c.classification = QStringLiteral("fatal");
    c.queue = QStringLiteral("shipping-fallout");
    return c;
}
} // namespace

class TestOperationsModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void filterModelCombinesRolesAndWords()
    {
        // RowFilterModel (fallout, jeopardy, timeline): role filters and every search word.
        FalloutCaseModel model;
        EngineSnapshot snapshot;
        FalloutSummary floor1 = fallout(1, QStringLiteral("SO-1"), QStringLiteral("HTTP 500 down"));
        FalloutSummary floor2 = fallout(2, QStringLiteral("SO-2"), QStringLiteral("HTTP 422 invalid"));
        FalloutSummary field3 = fallout(3, QStringLiteral("SO-3"), QStringLiteral("HTTP 422 invalid"));
        floor1.queue = floor2.queue = QStringLiteral("floor");
        field3.queue = QStringLiteral("field");
        snapshot.fallout = { floor1, floor2, field3 };
        model.setSnapshot(snapshot);
        RowFilterModel filter(FalloutCaseModel::SortRole);
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setRoleFilter(FalloutCaseModel::QueueRole, QStringLiteral("floor"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setRoleFilter(FalloutCaseModel::QueueRole, QStringList { QStringLiteral("floor"), QStringLiteral("field") });
        QCOMPARE(filter.rowCount(), 3);
        filter.setRoleFilter(FalloutCaseModel::QueueRole, {});
        filter.setSearchText(QStringLiteral("so-3 422"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(FalloutCaseModel::CaseIdRole).toLongLong(), 3);
        filter.setSearchText(QStringLiteral("so-3 nothing"));
        QCOMPARE(filter.rowCount(), 0);
    }

    void errorShapeMasksWhatVaries_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("shape");
        QTest::addRow("status kept, ids masked") << QStringLiteral("HTTP 422 VALIDATION_FAILED: order SO-123 line 4")
                                                 << QStringLiteral("HTTP 422 VALIDATION_FAILED: order SO-# line #");
        QTest::addRow("quoted values") << QStringLiteral("no handler 'billingX' is registered")
                                       << QStringLiteral("no handler '…' is registered");
        QTest::addRow("timeout") << QStringLiteral("timed out after 10000 ms") << QStringLiteral("timed out after # ms");
    }

    void errorShapeMasksWhatVaries()
    {
        QFETCH(QString, error);
        QFETCH(QString, shape);
        QCOMPARE(errorShape(error), shape);
    }

    void falloutGroupsBySignatureBiggestFirst()
    {
        FalloutGroupModel groups;
        FalloutCaseModel cases;
        QAbstractItemModelTester groupTester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester caseTester(&cases, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EngineSnapshot snapshot;
        snapshot.fallout = { fallout(1, QStringLiteral("A"), QStringLiteral("HTTP 409 OUT_OF_STOCK: sku 17"), QStringLiteral("inventory")),
                             fallout(2, QStringLiteral("B"), QStringLiteral("HTTP 422 VALIDATION_FAILED: zip 8001")),
                             fallout(3, QStringLiteral("C"), QStringLiteral("HTTP 422 VALIDATION_FAILED: zip 1010")),
                             fallout(4, QStringLiteral("C"), QStringLiteral("HTTP 422 VALIDATION_FAILED: zip 1011")) };
        groups.setSnapshot(snapshot);
        cases.setSnapshot(snapshot);
        QCOMPARE(groups.rowCount(), 2);
        QCOMPARE(groups.index(0, FalloutGroupModel::CasesColumn).data().toInt(), 3);
        QCOMPARE(groups.index(0, FalloutGroupModel::WhereColumn).data().toString(), QStringLiteral("carrier"));
        QCOMPARE(groups.index(0, FalloutGroupModel::ShapeColumn).data().toString(), QStringLiteral("HTTP 422 VALIDATION_FAILED: zip #"));
        QCOMPARE(groups.rowAt(0).orders, 2);
        const QString signature = groups.index(0, 0).data(FalloutGroupModel::SignatureRole).toString();
        RowFilterModel filter(FalloutCaseModel::SortRole);
        filter.setSourceModel(&cases);
        filter.setRoleFilter(FalloutCaseModel::SignatureRole, signature);
        QCOMPARE(filter.rowCount(), 3);

        snapshot.fallout.erase(snapshot.fallout.begin() + 1, snapshot.fallout.end()); // the carrier group resolved
        groups.setSnapshot(snapshot);
        QCOMPARE(groups.rowCount(), 1);
        QCOMPARE(groups.index(0, FalloutGroupModel::WhereColumn).data().toString(), QStringLiteral("inventory"));
    }

    void stepStatusShowsStateAndError()
    {
        StepStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        StepStatus ship;
        ship.id = QStringLiteral("line:1/ship");
        ship.name = QStringLiteral("Ship router");
        ship.type = QStringLiteral("callout");
        ship.state = QStringLiteral("retrying");
        ship.attempts = 2;
        ship.lastError = QStringLiteral("HTTP 503");
        model.setSteps({ ship });
        QCOMPARE(model.index(0, StepStatusModel::StateColumn).data().toString(), QStringLiteral("Retrying"));
        QCOMPARE(model.index(0, StepStatusModel::TypeColumn).data().toString(), QStringLiteral("Callout"));
        QCOMPARE(model.index(0, StepStatusModel::AttemptsColumn).data().toInt(), 2);
        ship.state = QStringLiteral("completed");
        model.setSteps({ ship });
        QCOMPARE(model.index(0, StepStatusModel::StateColumn).data().toString(), QStringLiteral("Completed"));
    }

    void timelineAppendsNewEvents()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<JournalEvent> events;
        for (int i = 1; i <= 3; ++i)
            events.push_back({ i, QDateTime::currentDateTimeUtc(), QStringLiteral("SO-1"), QStringLiteral("s"),
                               QStringLiteral("step.state"), QStringLiteral("engine"), QStringLiteral("ready"),
                               QStringLiteral("running") });
        model.setEvents(events);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        events.push_back({ 4, QDateTime::currentDateTimeUtc(), QStringLiteral("SO-1"), QStringLiteral("s"), QStringLiteral("step.state"),
                           QStringLiteral("ana"), QStringLiteral("running"), QStringLiteral("fallout") });
        model.setEvents(events);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, TimelineModel::EventColumn).data().toString(), QStringLiteral("Step: Fallout"));
        QVERIFY(model.index(3, 0).data(TimelineModel::IsFailureRole).toBool());
        QCOMPARE(model.index(3, TimelineModel::ChangeColumn).data().toString(), QStringLiteral("Running → Fallout"));
    }
};

QTEST_MAIN(TestOperationsModels)
#include "tst_operationsmodels.moc"
