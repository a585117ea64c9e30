// The operations models fed by engine snapshots: rows update in place (a persistent index, so a
// view's selection, survives a refresh that changes its row), vanished rows go, new ones append;
// fallout groups by error signature; the timeline appends new events; every model passes
// QAbstractItemModelTester while it changes.

#include "engine/enginesnapshot.h"
#include "fallout/falloutcasemodel.h"
#include "fallout/falloutgroupmodel.h"
#include "engine/falloutsignature.h"
#include "common/rowfiltermodel.h"
#include "orders/stepstatusmodel.h"
#include "tasks/tasklistmodel.h"
#include "timeline/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fw;

namespace {
TaskSummary task(qint64 id, const QString& queue, const QString& claimedBy = {})
{
    TaskSummary t;
    t.id = id;
    t.queue = queue;
    t.state = claimedBy.isEmpty() ? QStringLiteral("open") : QStringLiteral("claimed");
    t.claimedBy = claimedBy;
    t.orderId = QStringLiteral("SO-%1").arg(id);
    t.stepName = QStringLiteral("Pick and pack");
    return t;
}

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
    void tasksUpdateInPlaceAndKeepPersistentIndexes()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EngineSnapshot snapshot;
        snapshot.tasks = { task(1, QStringLiteral("floor")), task(2, QStringLiteral("floor")), task(3, QStringLiteral("field")) };
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 3);
        const QPersistentModelIndex third = model.index(2, TaskListModel::StateColumn);
        QCOMPARE(third.data().toString(), QStringLiteral("Unassigned"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        snapshot.tasks = { task(3, QStringLiteral("field"), QStringLiteral("ana")), task(4, QStringLiteral("floor")) }; // 1, 2 done
        model.setSnapshot(snapshot);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(third.isValid()); // the view's selection of task 3 survives
        QCOMPARE(third.row(), 0);
        QCOMPARE(third.data().toString(), QStringLiteral("Claimed by ana"));
        QCOMPARE(model.rowCount(), 2);
        // Since when: in the state's tooltip, for the claim's idle expiry (claims.idleHours).
        snapshot.at = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
        snapshot.tasks.front().claimedAt = snapshot.at.addSecs(-2 * 3600);
        model.setSnapshot(snapshot);
        QVERIFY2(third.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Claimed by ana since ")),
                 qPrintable(third.data(Qt::ToolTipRole).toString()));
        QVERIFY2(third.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("(2 h 0 min ago)")),
                 qPrintable(third.data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.index(1, TaskListModel::IdColumn).data().toLongLong(), 4);
        QCOMPARE(model.queues(), QStringList({ QStringLiteral("field"), QStringLiteral("floor") }));
    }

    void filterModelCombinesRolesAndWords()
    {
        TaskListModel model;
        EngineSnapshot snapshot;
        snapshot.tasks = { task(1, QStringLiteral("floor")), task(2, QStringLiteral("floor"), QStringLiteral("ana")),
                           task(3, QStringLiteral("field"), QStringLiteral("ana")) };
        model.setSnapshot(snapshot);
        RowFilterModel filter(TaskListModel::SortRole);
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setRoleFilter(TaskListModel::ClaimedByRole, QStringLiteral("ana"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setRoleFilter(TaskListModel::QueueRole, QStringLiteral("floor"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setRoleFilter(TaskListModel::QueueRole, {});
        filter.setSearchText(QStringLiteral("so-3 pick"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(TaskListModel::TaskIdRole).toLongLong(), 3);
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
        QCOMPARE(model.index(3, TimelineModel::ChangeColumn).data().toString(), QStringLiteral("running → fallout"));
    }
};

QTEST_MAIN(TestOperationsModels)
#include "tst_operationsmodels.moc"
