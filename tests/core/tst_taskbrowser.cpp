// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TaskBrowser on a store with known tasks (taskstorefixture.h): counts by state, queue and holder;
// filters by queue, assignment and search words; pages that read every task once in either order,
// by keyset or by offset; one task; one order's tasks; and the engine snapshot, which counts the
// tasks instead of carrying them.

#include "store/database.h"
#include "store/operationsreader.h"
#include "store/taskbrowser.h"
#include "taskstorefixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace fw;

Q_DECLARE_METATYPE(TaskQuery)

namespace {
constexpr int fixtureOrders = 2000;

QList<qint64> idsOf(const std::vector<TaskSummary>& rows)
{
    QList<qint64> ids;
    for (const TaskSummary& row : rows)
        ids << row.id;
    return ids;
}
} // namespace

class TestTaskBrowser : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    TaskBrowser browser() const { return TaskBrowser(m_database->connection()); }
    template <typename T> static T valueOf(const Result<T>& read)
    {
        if (!read)
            qWarning("%s", qPrintable(read.message()));
        return read.valueOr(T {});
    }
    // The fixture's active task ids that `keep` accepts, ascending.
    static QList<qint64> expected(const std::function<bool(int)>& keep)
    {
        QList<qint64> ids;
        for (int i = 0; i < fixtureOrders; ++i) {
            if (test::fixtureTaskActive(i) && keep(i))
                ids << i + 1;
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("tasks.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        QVERIFY(test::fillTaskFixtureStore(m_database->connection(), fixtureOrders));
    }

    void countsByStateQueueAndHolder()
    {
        const TaskCounts counts = valueOf(browser().counts());
        QCOMPARE(counts.open, expected([](int i) { return test::fixtureTaskHolder(i).isEmpty(); }).size());
        QCOMPARE(counts.claimed, expected([](int i) { return !test::fixtureTaskHolder(i).isEmpty(); }).size());
        QCOMPARE(counts.total(), 1500);
        QCOMPARE(counts.byQueue.size(), 3);
        QCOMPARE(counts.byQueue.value(QStringLiteral("floor")), expected([](int i) { return i % 3 == 0; }).size());
        QCOMPARE(counts.byQueue.value(QStringLiteral("desk")), expected([](int i) { return i % 3 == 2; }).size());
        QCOMPARE(counts.claimedBy.value(QStringLiteral("ana")), 500);
        QCOMPARE(counts.claimedBy.value(QStringLiteral("bob")), 500);
    }

    void filters_data()
    {
        QTest::addColumn<TaskQuery>("query");
        QTest::addColumn<QList<qint64>>("ids");
        const auto query = [](QStringList queues, TaskQuery::Assignment assignment, QString search) {
            TaskQuery q;
            q.queues = std::move(queues);
            q.assignment = assignment;
            q.user = QStringLiteral("ana");
            q.search = std::move(search);
            return q;
        };
        using A = TaskQuery::Assignment;
        QTest::addRow("all open and claimed") << query({}, A::All, {}) << expected([](int) { return true; });
        QTest::addRow("one queue") << query({ QStringLiteral("field") }, A::All, {}) << expected([](int i) { return i % 3 == 1; });
        QTest::addRow("my queues") << query({ QStringLiteral("floor"), QStringLiteral("desk") }, A::All, {})
                                   << expected([](int i) { return i % 3 != 1; });
        QTest::addRow("mine") << query({}, A::Mine, {}) << expected([](int i) { return i % 4 == 1; });
        QTest::addRow("unassigned in a queue") << query({ QStringLiteral("floor") }, A::Unassigned, {})
                                               << expected([](int i) { return i % 4 == 0 && i % 3 == 0; });
        QTest::addRow("order id") << query({}, A::All, QStringLiteral("so-1004")) << expected([](int i) { return i == 4; });
        QTest::addRow("account words, any case")
            << query({}, A::All, QStringLiteral("COBALT telco")) << expected([](int i) { return i % 3 == 2; });
        QTest::addRow("step name and holder") << query({}, A::All, QStringLiteral("shipping bob"))
                                              << expected([](int i) { return i % 4 == 2; });
        QTest::addRow("search within mine") << query({}, A::Mine, QStringLiteral("acme"))
                                            << expected([](int i) { return i % 4 == 1 && i % 3 == 0; });
        QTest::addRow("nothing matches") << query({}, A::All, QStringLiteral("shipping nowhere")) << QList<qint64>();
        QTest::addRow("unknown queue") << query({ QStringLiteral("attic") }, A::All, {}) << QList<qint64>();
    }

    void filters()
    {
        QFETCH(TaskQuery, query);
        QFETCH(QList<qint64>, ids);
        const TaskBrowser reader = browser();
        QCOMPARE(valueOf(reader.count(query)), ids.size());
        QCOMPARE(idsOf(valueOf(reader.page(query, 0, 5000))), ids);
        if (ids.size() > 3) // a count limit stops early
            QCOMPARE(valueOf(reader.count(query, 3)), 3);
    }

    void pagesReadEveryTaskOnce_data()
    {
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("pageSize");
        QTest::addRow("oldest first, pages of 7") << false << 7;
        QTest::addRow("newest first, pages of 7") << true << 7;
        QTest::addRow("oldest first, pages of 200") << false << 200;
        QTest::addRow("one page") << false << 1500;
    }

    void pagesReadEveryTaskOnce()
    {
        QFETCH(bool, descending);
        QFETCH(int, pageSize);
        TaskQuery query;
        query.descending = descending;
        QList<qint64> all = expected([](int) { return true; });
        if (descending)
            std::reverse(all.begin(), all.end());
        const TaskBrowser reader = browser(); // one browser: each next page starts after the last one's id
        QList<qint64> walked;
        for (qint64 offset = 0; offset < all.size(); offset += pageSize)
            walked += idsOf(valueOf(reader.page(query, offset, pageSize)));
        QCOMPARE(walked, all);
        QVERIFY(valueOf(reader.page(query, all.size(), pageSize)).empty());
        // A page asked for out of turn (a jump of the scroll bar) gives the same rows by offset.
        const qint64 offset = qint64(pageSize) * 3;
        QCOMPARE(idsOf(valueOf(browser().page(query, offset, pageSize))), all.mid(offset, pageSize));
        QCOMPARE(idsOf(valueOf(reader.page(query, offset, pageSize))), all.mid(offset, pageSize));
    }

    // Urgency: the tasks of orders at risk first (critical, warning, then priority, then due and
    // id), then every other task oldest first; pages of any size read each task once.
    void urgencyPutsOrdersAtRiskFirst_data()
    {
        QTest::addColumn<QStringList>("queues");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QList<qint64>>("atRisk"); // the ids first, in this order
        QTest::addRow("all, one page") << QStringList() << 5000 << QList<qint64> { 5, 6, 9, 10, 11 };
        QTest::addRow("all, pages of 3") << QStringList() << 3 << QList<qint64> { 5, 6, 9, 10, 11 };
        QTest::addRow("all, pages of 200") << QStringList() << 200 << QList<qint64> { 5, 6, 9, 10, 11 };
        QTest::addRow("one queue, pages of 2") << QStringList { QStringLiteral("field") } << 2 << QList<qint64> { 5, 11 };
    }
    void urgencyPutsOrdersAtRiskFirst()
    {
        QFETCH(QStringList, queues);
        QFETCH(int, pageSize);
        QFETCH(QList<qint64>, atRisk);
        QSqlQuery q(m_database->connection());
        // Task id = order index + 1. Order 7's task is completed: its SLA level does not list it.
        const QStringList risks { QStringLiteral("UPDATE orders SET jeopardy = 'critical' WHERE id IN ('SO-1004', 'SO-1007')"),
                                  QStringLiteral("UPDATE orders SET jeopardy = 'warning', priority = 2 WHERE id = 'SO-1005'"),
                                  QStringLiteral("UPDATE orders SET jeopardy = 'warning' WHERE id = 'SO-1008'"),
                                  QStringLiteral("UPDATE orders SET priority = 1 WHERE id IN ('SO-1009', 'SO-1010')") };
        for (const QString& sql : risks)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        TaskQuery query;
        query.queues = queues;
        query.order = TaskQuery::Order::Urgency;
        QList<qint64> all = queues.isEmpty() ? expected([](int) { return true; }) : expected([](int i) { return i % 3 == 1; });
        QList<qint64> want = atRisk;
        for (qint64 id : std::as_const(all)) {
            if (!atRisk.contains(id))
                want << id;
        }
        const TaskBrowser reader = browser();
        QList<qint64> walked;
        std::vector<TaskSummary> firstPage;
        for (qint64 offset = 0; offset < want.size(); offset += pageSize) {
            auto rows = valueOf(reader.page(query, offset, pageSize));
            if (offset == 0)
                firstPage = rows;
            walked += idsOf(rows);
        }
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET jeopardy = '', priority = 0")));
        QCOMPARE(walked, want);
        QCOMPARE(valueOf(reader.count(query)), want.size()); // the count is the same in any order
        QCOMPARE(firstPage.front().jeopardy, QStringLiteral("critical"));
        QCOMPARE(firstPage.front().priority, 0);
        QVERIFY(firstPage.front().due.isValid() && firstPage.front().due >= firstPage.front().createdAt);
    }

    void aPageStaysWhereItWasWhenTasksFinish()
    {
        // The page after a finished task starts at the next id: no task is skipped or shown twice.
        QSqlQuery q(m_database->connection());
        const TaskBrowser reader = browser();
        TaskQuery query;
        const QList<qint64> first = idsOf(valueOf(reader.page(query, 0, 10)));
        QCOMPARE(first.size(), 10);
        QVERIFY(q.exec(QStringLiteral("UPDATE tasks SET state = 'completed' WHERE id = 2")));
        const QList<qint64> second = idsOf(valueOf(reader.page(query, 10, 10)));
        QVERIFY(q.exec(QStringLiteral("UPDATE tasks SET state = 'claimed' WHERE id = 2")));
        QCOMPARE(second, expected([](int) { return true; }).mid(10, 10)); // by offset, the 21st would have come first
    }

    void oneTaskAndOneOrdersTasks()
    {
        const auto task = valueOf(browser().task(6)); // order 5: claimed by ana, desk, Cobalt Telco
        QVERIFY(task.has_value());
        QCOMPARE(task->orderId, QStringLiteral("SO-1005"));
        QCOMPARE(task->state, QStringLiteral("claimed"));
        QCOMPARE(task->claimedBy, QStringLiteral("ana"));
        QCOMPARE(task->queue, QStringLiteral("desk"));
        QCOMPARE(task->stepName, QStringLiteral("shipping"));
        QCOMPARE(task->account, test::fixtureAccount(5));
        QVERIFY(task->spec.form.empty()); // forms are read for the task an operator opens, elsewhere
        QCOMPARE(valueOf(browser().task(4))->state, QStringLiteral("completed"));
        QVERIFY(!valueOf(browser().task(99999)).has_value());
        QCOMPARE(idsOf(valueOf(browser().ofOrder(QStringLiteral("SO-1005")))), QList<qint64>({ 6 }));
        QVERIFY(valueOf(browser().ofOrder(QStringLiteral("SO-1003"))).empty()); // its task is done
    }

    void theSnapshotCountsTasksInsteadOfCarryingThem()
    {
        const auto snapshot = OperationsReader(m_database->connection()).snapshot(0);
        QVERIFY2(snapshot, qPrintable(snapshot.message()));
        QCOMPARE(snapshot->taskCounts, valueOf(browser().counts()));
        QCOMPARE(snapshot->taskCounts.total(), 1500);
    }

    void aBrokenStoreNamesWhatFailed()
    {
        QSqlQuery q(m_database->connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE tasks RENAME TO tasks_gone")));
        const auto count = browser().count({});
        const auto page = browser().page({}, 0, 10);
        const auto order = browser().ofOrder(QStringLiteral("SO-1005"));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE tasks_gone RENAME TO tasks")));
        QVERIFY(!count && !page && !order);
        QVERIFY2(count.message().startsWith(QStringLiteral("count the open tasks: ")), qPrintable(count.message()));
        QVERIFY2(page.message().startsWith(QStringLiteral("read a page of open tasks: ")), qPrintable(page.message()));
        QVERIFY2(order.message().startsWith(QStringLiteral("read the open tasks of order SO-1005: ")), qPrintable(order.message()));
    }
};

QTEST_GUILESS_MAIN(TestTaskBrowser)
#include "tst_taskbrowser.moc"
