// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TaskListModel on a store of 2,000 orders with 1,500 open or claimed tasks (tests/core/
// taskstorefixture.h): the count and the first page arrive together, later pages when the view asks,
// filters and sort run in the store, and a refresh after the tasks changed keeps the selection on
// its task. QAbstractItemModelTester watches every change.

#include "../core/taskstorefixture.h"
#include "store/database.h"
#include "tasks/tasklistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestTaskListModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static bool awaitSignal(QSignalSpy& spy) { return spy.count() > 0 || spy.wait(5000); }
    bool exec(const QString& sql) const
    {
        Database database(m_path);
        QSqlQuery query(database.connection());
        return query.exec(sql);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("tasks.db"));
        Database database(m_path);
        QVERIFY(database.openStore());
        QVERIFY(test::fillTaskFixtureStore(database.connection(), 2000));
        QSqlQuery query(database.connection()); // SO-1005 runs on another workstation (docs/sync.md)
        QVERIFY(query.exec(QStringLiteral("UPDATE orders SET replica_of = 'ws-b' WHERE id = 'SO-1005'")));
    }

    void pagesArriveAsTheViewAsks()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &TaskListModel::countChanged);
        model.setStorePath(m_path);
        QVERIFY(awaitSignal(counted));
        QCOMPARE(model.rowCount(), 1500);
        // Oldest first; the first page came with the count.
        QCOMPARE(model.index(0, TaskListModel::IdColumn).data().toLongLong(), 1);
        QCOMPARE(model.index(0, TaskListModel::StepColumn).data().toString(), QStringLiteral("shipping"));
        QCOMPARE(model.index(0, TaskListModel::OrderColumn).data().toString(), QStringLiteral("SO-1000"));
        QCOMPARE(model.index(0, TaskListModel::StateColumn).data().toString(), QStringLiteral("Unassigned"));
        QCOMPARE(model.index(1, TaskListModel::StateColumn).data().toString(), QStringLiteral("Claimed by ana"));
        QVERIFY(model.index(1, TaskListModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Claimed by ana since ")));
        QCOMPARE(model.index(4, TaskListModel::IdColumn).data().toLongLong(), 6); // task 4 is completed
        QCOMPARE(model.index(4, TaskListModel::RunsOnColumn).data().toString(), QStringLiteral("ws-b"));
        QCOMPARE(model.index(0, TaskListModel::RunsOnColumn).data().toString(), QStringLiteral("This workstation"));
        // Row 1,100 is on page 5: fetched when asked for.
        QVERIFY(!model.index(1100, 0).data(TaskListModel::LoadedRole).toBool());
        QSignalSpy loaded(&model, &TaskListModel::pageLoaded);
        QVERIFY(awaitSignal(loaded));
        QCOMPARE(loaded.first().value(0).toInt(), 5);
        QVERIFY(model.index(1100, 0).data(TaskListModel::LoadedRole).toBool());
        QCOMPARE(model.taskAt(1100)->id, qint64(1100 / 3 * 4 + 1100 % 3 + 1));
    }

    void filtersAndSortRunInTheStore()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &TaskListModel::countChanged);
        model.setStorePath(m_path);
        QVERIFY(awaitSignal(counted));
        TaskQuery query;
        query.user = QStringLiteral("bob");
        query.assignment = TaskQuery::Assignment::Mine;
        query.queues = { QStringLiteral("desk") };
        counted.clear();
        model.setQuery(query);
        QVERIFY(awaitSignal(counted));
        QCOMPARE(model.rowCount(), 167); // i % 4 == 2 and i % 3 == 2 below 2,000
        QCOMPARE(model.index(0, TaskListModel::OrderColumn).data().toString(), QStringLiteral("SO-1002"));
        query = TaskQuery {};
        query.search = QStringLiteral("SO-1005");
        counted.clear();
        model.setQuery(query);
        QVERIFY(awaitSignal(counted));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(TaskListModel::TaskIdRole).toLongLong(), 6);
        counted.clear();
        model.setQuery({});
        QVERIFY(awaitSignal(counted));
        counted.clear();
        model.sort(TaskListModel::AgeColumn, Qt::AscendingOrder); // waiting the shortest first
        QVERIFY(awaitSignal(counted));
        QCOMPARE(model.index(0, TaskListModel::IdColumn).data().toLongLong(), 2000 - 1); // task 2000 is completed
        counted.clear();
        model.sort(TaskListModel::QueueColumn, Qt::AscendingOrder); // not in the store: ignored
        QVERIFY(!counted.wait(200));
    }

    void aRefreshKeepsTheSelectionOnItsTask()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &TaskListModel::countChanged);
        model.setStorePath(m_path);
        QVERIFY(awaitSignal(counted));
        const QPersistentModelIndex selected = model.index(8, TaskListModel::StateColumn); // task 11: claimed by bob (i = 10)
        QCOMPARE(selected.data(TaskListModel::TaskIdRole).toLongLong(), 11);
        const QPersistentModelIndex done = model.index(0, 0); // task 1, finished below
        QVERIFY(exec(QStringLiteral("UPDATE tasks SET state = 'completed' WHERE id = 1")));
        QVERIFY(exec(QStringLiteral("UPDATE tasks SET claimed_by = 'ana' WHERE id = 11")));
        QSignalSpy refreshed(&model, &TaskListModel::refreshed);
        model.refresh();
        QVERIFY(awaitSignal(refreshed));
        QCOMPARE(model.rowCount(), 1499);
        QCOMPARE(selected.row(), 7); // moved up with its task
        QCOMPARE(selected.data().toString(), QStringLiteral("Claimed by ana"));
        QVERIFY(!done.isValid()); // a finished task's row is not selected any more
        QVERIFY(exec(QStringLiteral("UPDATE tasks SET state = 'open', claimed_by = NULL WHERE id = 1")));
        QVERIFY(exec(QStringLiteral("UPDATE tasks SET claimed_by = 'bob' WHERE id = 11")));
    }
};

QTEST_GUILESS_MAIN(TestTaskListModel)
#include "tst_tasklistmodel.moc"
