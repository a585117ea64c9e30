// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// OrderBrowser on a small store with known answers (orderstorefixture.h): counts, pages, search
// over id, account and product (short and long words), state and lane filters, sorts, the
// trigger-kept counts, the changed-orders read and the CSV export.

#include "orderstorefixture.h"
#include "store/database.h"
#include "store/operationsreader.h"
#include "store/orderbrowser.h"
#include "store/ordercsvwriter.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestOrderBrowser : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    OrderBrowser browser() const { return OrderBrowser(m_database->connection()); }
    // A failed read is named in the test's output; the comparison that follows then fails.
    static qint64 counted(const Result<qint64>& n)
    {
        if (!n)
            qWarning("%s", qPrintable(n.message()));
        return n.valueOr(-1);
    }
    static std::vector<OrderSummary> rowsOf(const Result<std::vector<OrderSummary>>& rows)
    {
        if (!rows)
            qWarning("%s", qPrintable(rows.message()));
        return rows.valueOr({});
    }
    static OrderCounts countsOf(const Result<OrderCounts>& counts)
    {
        if (!counts)
            qWarning("%s", qPrintable(counts.message()));
        return counts.valueOr({});
    }
    QStringList idsOf(const std::vector<OrderSummary>& rows) const
    {
        QStringList ids;
        for (const OrderSummary& row : rows)
            ids << row.id;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("orders.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        QVERIFY(test::fillFixtureStore(m_database->connection(), 30));
        QSqlQuery q(m_database->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tasks (order_id, step_id, queue, state, created_at, updated_at) "
                                      "VALUES ('SO-1001', 's1', 'q', 'open', 'x', 'x')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO fallout_cases (order_id, step_id, queue, state, classification, error, attempts, "
                                      "opened_at) VALUES ('SO-1002', 's1', 'q', 'open', 'fatal', 'boom', 1, 'x')")));
    }

    void countAndFirstPageNewestFirst()
    {
        QCOMPARE(counted(browser().count({})), 30);
        const auto rows = rowsOf(browser().page({}, 0, 5));
        QCOMPARE(idsOf(rows),
                 QStringList({ QStringLiteral("SO-1029"), QStringLiteral("SO-1028"), QStringLiteral("SO-1027"), QStringLiteral("SO-1026"),
                               QStringLiteral("SO-1025") }));
        QCOMPARE(rows[0].account, QStringLiteral("Cobalt Telco"));
        QCOMPARE(rows[0].state, QStringLiteral("cancelled"));
        QCOMPARE(rows[0].steps, 3);
        QCOMPARE(rows[0].completedSteps, 1); // odd: shipping still waiting
        QCOMPARE(rows[1].completedSteps, 2);
        QCOMPARE(rows[0].requestedDate, QStringLiteral("2024-02-01"));
        QCOMPARE(rows[0].createdAt, QDateTime(QDate(2024, 1, 1), QTime(0, 29), Qt::UTC));
    }

    void pagesJoinUp()
    {
        OrderQuery query;
        query.sort = OrderQuery::Sort::Account;
        query.descending = false;
        const QStringList all = idsOf(rowsOf(browser().page(query, 0, 30)));
        QCOMPARE(all.size(), 30);
        QCOMPARE(idsOf(rowsOf(browser().page(query, 0, 12))) + idsOf(rowsOf(browser().page(query, 12, 12)))
                     + idsOf(rowsOf(browser().page(query, 24, 12))),
                 all);
        QVERIFY(rowsOf(browser().page(query, 30, 12)).empty());
    }

    void pageCountsTasksAndFallout()
    {
        const auto rows = rowsOf(browser().orders({ QStringLiteral("SO-1002"), QStringLiteral("nope"), QStringLiteral("SO-1001") }));
        QCOMPARE(idsOf(rows), QStringList({ QStringLiteral("SO-1002"), QStringLiteral("SO-1001") }));
        QCOMPARE(rows[0].openFallout, 1);
        QCOMPARE(rows[0].openTasks, 0);
        QCOMPARE(rows[1].openTasks, 1);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("first"); // newest first
        QTest::addRow("account word") << QStringLiteral("acme") << 10 << QStringLiteral("SO-1027");
        QTest::addRow("any case") << QStringLiteral("ACME") << 10 << QStringLiteral("SO-1027");
        QTest::addRow("quote and comma in account") << QStringLiteral("sky\",") << 10 << QStringLiteral("SO-1028");
        QTest::addRow("product") << QStringLiteral("router") << 8 << QStringLiteral("SO-1028");
        QTest::addRow("id prefix") << QStringLiteral("so-101") << 10 << QStringLiteral("SO-1019");
        QTest::addRow("exact id") << QStringLiteral("SO-1007") << 1 << QStringLiteral("SO-1007");
        QTest::addRow("two words, all must match") << QStringLiteral("acme router") << 3 << QStringLiteral("SO-1024");
        QTest::addRow("a short and a long word") << QStringLiteral("acme 10") << 10 << QStringLiteral("SO-1027");
        QTest::addRow("one character") << QStringLiteral("1") << 30 << QStringLiteral("SO-1029");
        QTest::addRow("two characters") << QStringLiteral("co") << 10 << QStringLiteral("SO-1029");
        QTest::addRow("no match") << QStringLiteral("zz") << 0 << QStringLiteral("");
        QTest::addRow("no long match") << QStringLiteral("nothing-like-it") << 0 << QStringLiteral("");
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QFETCH(QString, first);
        OrderQuery query;
        query.search = text;
        QCOMPARE(counted(browser().count(query)), count);
        const auto rows = rowsOf(browser().page(query, 0, 100));
        QCOMPARE(int(rows.size()), count);
        QCOMPARE(rows.empty() ? QString() : rows.front().id, first);
        const OrderBrowser keystroke = browser(); // as the view asks: a capped count, then pages, on one browser
        QCOMPARE(counted(keystroke.count(query, 10000)), count);
        QCOMPARE(idsOf(rowsOf(keystroke.page(query, 0, 100))), idsOf(rows));
        QCOMPARE(idsOf(rowsOf(keystroke.page(query, 2, 3))), idsOf(rows).mid(2, 3));
        query.state = QStringLiteral("completed"); // and with a filter (the general count)
        const auto filtered = rowsOf(browser().page(query, 0, 100));
        QCOMPARE(counted(browser().count(query)), qint64(filtered.size()));
        for (const OrderSummary& row : filtered)
            QCOMPARE(row.state, QStringLiteral("completed"));
    }

    // Words of one or two characters found by the trigram index (rare ones) or by reading the text
    // (common ones), also at the very end of an order's search text, which ends in two spaces.
    void shortWordsThroughTheIndex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids"); // newest first
        QTest::addRow("last character of the text") << QStringLiteral("q") << QStringList { QStringLiteral("SO-1031") };
        QTest::addRow("last two characters") << QStringLiteral("-q") << QStringList { QStringLiteral("SO-1031") };
        QTest::addRow("first two") << QStringLiteral("zo") << QStringList { QStringLiteral("SO-1030") };
        QTest::addRow("rare and common") << QStringLiteral("q 1") << QStringList { QStringLiteral("SO-1031") };
        QTest::addRow("rare and long") << QStringLiteral("box-q zu") << QStringList { QStringLiteral("SO-1031") };
        QTest::addRow("two rare ones") << QStringLiteral("zu q") << QStringList { QStringLiteral("SO-1031") };
        QTest::addRow("rare, in two orders") << QStringLiteral("zu")
                                             << QStringList { QStringLiteral("SO-1031"), QStringLiteral("SO-1030") };
        QTest::addRow("in no order") << QStringLiteral("qz") << QStringList {};
        QTest::addRow("a letter beyond ASCII, as written") << QStringLiteral("Über") << QStringList { QStringLiteral("SO-1030") };
        QTest::addRow("short, beyond ASCII") << QStringLiteral("Üb") << QStringList { QStringLiteral("SO-1030") };
        QTest::addRow("ASCII letters in any case") << QStringLiteral("ÜBER ZOLA") << QStringList { QStringLiteral("SO-1030") };
        QTest::addRow("one rare, one in no order") << QStringLiteral("zu qz") << QStringList {};
    }

    void shortWordsThroughTheIndex()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("short.db")));
        QVERIFY(database.openStore());
        QVERIFY(test::fillFixtureStore(database.connection(), 30));
        QSqlQuery q(database.connection());
        QVERIFY(test::addFixtureOrder(database.connection(), 30, test::fixtureCreated(30)));
        QVERIFY(test::addFixtureOrder(database.connection(), 31, test::fixtureCreated(31)));
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET account_name = 'Zola Zulu Über' WHERE id = 'SO-1030'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM order_search WHERE rowid = (SELECT rowid FROM orders WHERE id = 'SO-1030')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO order_search (rowid, terms) SELECT rowid, lower('SO-1030 Zola Zulu Über') "
                                      "|| ' fiber-100 router-x  ' FROM orders WHERE id = 'SO-1030'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO fulfillment_lines (order_id, id, product, scope, owner_order, account_id, source_items, "
                                      "rules, quantity, attributes) VALUES ('SO-1031', 'L9', 'Zuse box-Q', 'order', 'SO-1031', 'A', "
                                      "'[]', '[]', 1, '{}')")));
        OrderQuery query;
        query.search = text;
        const OrderBrowser reader(database.connection());
        QCOMPARE(counted(reader.count(query)), qint64(ids.size()));
        QCOMPARE(idsOf(rowsOf(reader.page(query, 0, 50))), ids);
        QCOMPARE(counted(OrderBrowser(database.connection()).count(query, 10)), qint64(ids.size())); // a fresh browser, a capped count
    }

    // More matches than OrderBrowser::indexThreshold: pages walk the sort's index and check each
    // row, and give the same rows in the same order as sorting every match would.
    void manyMatchesWalkTheSortIndex()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("many.db")));
        QVERIFY(database.openStore());
        const int n = int(OrderBrowser::indexThreshold) + 3000;
        QVERIFY(test::fillFixtureStore(database.connection(), n));
        const OrderBrowser reader(database.connection());
        for (const QString& text : { QStringLiteral("so-"), QStringLiteral("o-"), QStringLiteral("fiber") }) {
            OrderQuery query;
            query.search = text;
            const qint64 expected
                = text == QStringLiteral("fiber") ? (n + 2) / 3 + (n + 1) / 2 - (n + 5) / 6 : n; // Acme Fiber or fiber-100
            QVERIFY(expected > OrderBrowser::indexThreshold);
            QCOMPARE(counted(reader.count(query)), expected);
            QCOMPARE(counted(reader.count(query, 1000)), 1000);
            const auto first = rowsOf(reader.page(query, 0, 200));
            QCOMPARE(int(first.size()), 200);
            const int newest = text == QStringLiteral("fiber") ? n - 2 : n - 1; // the last one (odd, Blue Sky) has no fiber
            QCOMPARE(first.front().id, QStringLiteral("SO-%1").arg(1000 + newest));
            const auto later = rowsOf(reader.page(query, 200, 200)); // after the first page: from its last row on (keyset)
            QVERIFY(first.back().createdAt > later.front().createdAt);
            QCOMPARE(idsOf(later), idsOf(rowsOf(OrderBrowser(database.connection()).page(query, 200, 200)))); // as by offset
            query.sort = OrderQuery::Sort::Id;
            query.descending = false;
            QCOMPARE(rowsOf(reader.page(query, 0, 1)).front().id, QStringLiteral("SO-1000"));
        }
        // With a state filter: the filter's rows checked against the candidates.
        OrderQuery completed;
        completed.search = QStringLiteral("so-10");
        completed.state = QStringLiteral("completed"); // i % 5 == 3
        const OrderBrowser filtered(database.connection());
        QCOMPARE(counted(filtered.count(completed, 10000)), 20); // SO-1000..SO-1099
        const auto rows = rowsOf(filtered.page(completed, 0, 200));
        QCOMPARE(int(rows.size()), 20);
        QCOMPARE(rows.front().id, QStringLiteral("SO-1098"));
        completed.search = QStringLiteral("fiber"); // more candidates than indexThreshold: the filter's index, walked
        QCOMPARE(counted(OrderBrowser(database.connection()).count(completed)), (n / 5 + 2) / 3 + (n / 5 + 1) / 2 - (n / 5 + 5) / 6);
        const auto walked = rowsOf(OrderBrowser(database.connection()).page(completed, 0, 200));
        QCOMPARE(int(walked.size()), 200);
        QCOMPARE(walked.front().id, QStringLiteral("SO-8998"));
        for (const OrderSummary& row : walked)
            QCOMPARE(row.state, QStringLiteral("completed"));
    }

    // Reading on page after page with one browser (each from the previous page's last row) gives
    // what reading each page by its offset gives, for every sort, both directions, with a search.
    void pagesReadOnEqualPagesByOffset_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("search");
        for (const auto sort : { OrderQuery::Sort::Created, OrderQuery::Sort::Id, OrderQuery::Sort::Account, OrderQuery::Sort::State,
                                 OrderQuery::Sort::Requested, OrderQuery::Sort::Updated }) {
            for (const bool descending : { true, false }) {
                QTest::addRow("sort %d %s", int(sort), descending ? "desc" : "asc") << int(sort) << descending << QString();
                QTest::addRow("sort %d %s, search", int(sort), descending ? "desc" : "asc")
                    << int(sort) << descending << QStringLiteral("fiber");
            }
        }
    }

    void pagesReadOnEqualPagesByOffset()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QString, search);
        OrderQuery query;
        query.sort = OrderQuery::Sort(sort);
        query.descending = descending;
        query.search = search;
        const OrderBrowser reader = browser();
        QStringList readOn, byOffset;
        for (int offset = 0; offset < 35; offset += 4) {
            readOn << idsOf(rowsOf(reader.page(query, offset, 4)));
            byOffset << idsOf(rowsOf(browser().page(query, offset, 4)));
        }
        QCOMPARE(readOn, byOffset);
        QCOMPARE(readOn.size(), int(counted(browser().count(query))));
        QCOMPARE(idsOf(rowsOf(reader.page(query, 8, 4))), byOffset.mid(8, 4)); // back to an earlier page: by its offset
    }

    void searchCountsStopAtTheLimit()
    {
        OrderQuery query;
        query.search = QStringLiteral("1"); // 30 matches
        QCOMPARE(counted(browser().count(query, 7)), 7);
        QCOMPARE(counted(browser().count(query, 100)), 30);
        query.search = QStringLiteral("acme");
        query.lane = QStringLiteral("shipping"); // odd and i%3==0: 5
        QCOMPARE(counted(browser().count(query, 3)), 3);
        QCOMPARE(counted(browser().count(query)), 5);
        OrderQuery state;
        state.state = QStringLiteral("fallout"); // exact from order_counts, whatever the limit
        QCOMPARE(counted(browser().count(state, 2)), 6);
    }

    void stateAndLaneFilters()
    {
        OrderQuery query;
        query.state = QStringLiteral("fallout");
        QCOMPARE(counted(browser().count(query)), 6);
        QCOMPARE(idsOf(rowsOf(browser().page(query, 0, 2))), QStringList({ QStringLiteral("SO-1027"), QStringLiteral("SO-1022") }));
        query = {};
        query.lane = QStringLiteral("shipping"); // unfinished for odd orders only
        QCOMPARE(counted(browser().count(query)), 15);
        QCOMPARE(idsOf(rowsOf(browser().page(query, 0, 2))), QStringList({ QStringLiteral("SO-1029"), QStringLiteral("SO-1027") }));
        query.lane = QStringLiteral("network"); // all completed
        QCOMPARE(counted(browser().count(query)), 0);
        query.lane = QStringLiteral("shipping");
        query.state = QStringLiteral("in-progress"); // i%5==1 and odd: 1, 11, 21
        query.search = QStringLiteral("sky"); // i%3==1: 1 only
        QCOMPARE(idsOf(rowsOf(browser().page(query, 0, 10))), QStringList({ QStringLiteral("SO-1001") }));
        QCOMPARE(counted(browser().count(query)), 1);
    }

    void sorts_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("first");
        QTest::addRow("id ascending") << int(OrderQuery::Sort::Id) << false
                                      << QStringList { QStringLiteral("SO-1000"), QStringLiteral("SO-1001") };
        QTest::addRow("account descending") << int(OrderQuery::Sort::Account) << true
                                            << QStringList { QStringLiteral("SO-1029"), QStringLiteral("SO-1026") };
        QTest::addRow("account ascending") << int(OrderQuery::Sort::Account) << false
                                           << QStringList { QStringLiteral("SO-1000"), QStringLiteral("SO-1003") };
        QTest::addRow("state ascending") << int(OrderQuery::Sort::State) << false
                                         << QStringList { QStringLiteral("SO-1004"), QStringLiteral("SO-1009") };
        QTest::addRow("oldest first") << int(OrderQuery::Sort::Created) << false
                                      << QStringList { QStringLiteral("SO-1000"), QStringLiteral("SO-1001") };
    }

    void sorts()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QStringList, first);
        OrderQuery query;
        query.sort = OrderQuery::Sort(sort);
        query.descending = descending;
        QCOMPARE(idsOf(rowsOf(browser().page(query, 0, 2))), first);
    }

    void countsFollowStateChangesThroughTriggers()
    {
        OrderCounts counts = countsOf(browser().counts());
        QCOMPARE(counts.total, 30);
        QCOMPARE(counts.inState(QStringLiteral("fallout")), 6);
        QCOMPARE(counts.onHold, 0);
        QSqlQuery q(m_database->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET state = 'completed', on_hold = 1 WHERE id = 'SO-1002'")));
        counts = countsOf(browser().counts());
        QCOMPARE(counts.inState(QStringLiteral("fallout")), 5);
        QCOMPARE(counts.inState(QStringLiteral("completed")), 7);
        QCOMPARE(counts.onHold, 1);
        QCOMPARE(counts.total, 30);
        OrderQuery completed;
        completed.state = QStringLiteral("completed");
        QCOMPARE(counted(browser().count(completed)), 7);
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET state = 'fallout', on_hold = 0 WHERE id = 'SO-1002'")));
        QCOMPARE(countsOf(browser().counts()).inState(QStringLiteral("fallout")), 6);
    }

    void changedOrdersComeFromTheJournal()
    {
        const OperationsReader reader(m_database->connection());
        const auto position = reader.journalPosition();
        QVERIFY2(position, qPrintable(position.message()));
        const qint64 start = *position;
        QSqlQuery q(m_database->connection());
        for (const char* order : { "SO-1005", "SO-1003", "SO-1005" }) {
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO journal (at, order_id, kind, actor) VALUES ('x', ?, 'step.state', 'engine')")));
            q.addBindValue(QLatin1String(order));
            QVERIFY(q.exec());
        }
        const auto read = reader.snapshot(start);
        QVERIFY2(read, qPrintable(read.message()));
        const EngineSnapshot& snapshot = *read;
        QStringList changed;
        for (const OrderSummary& order : snapshot.changedOrders)
            changed << order.id;
        QCOMPARE(changed, QStringList({ QStringLiteral("SO-1005"), QStringLiteral("SO-1003") })); // once each, in journal order
        QCOMPARE(snapshot.journalSeq, start + 3);
        QCOMPARE(snapshot.orderCounts.total, 30);
        const auto again = reader.snapshot(snapshot.journalSeq);
        QVERIFY2(again, qPrintable(again.message()));
        QVERIFY(again->changedOrders.empty());
    }

    // The snapshot's and an order's reads report a failed statement, not an empty list.
    void failedReadsAreReported_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("detail");
        QTest::addColumn<QString>("head");
        // The changed orders' rows count their open tasks and fallout cases: their read fails first.
        QTest::addRow("open tasks") << QStringLiteral("tasks") << false << QStringLiteral("read the orders: ");
        QTest::addRow("open fallout") << QStringLiteral("fallout_cases") << false << QStringLiteral("read the orders: ");
        QTest::addRow("attempts") << QStringLiteral("attempts") << true << QStringLiteral("read the attempts of order SO-1001: ");
        QTest::addRow("signals") << QStringLiteral("signals") << true << QStringLiteral("read the signals of order SO-1001: ");
        QTest::addRow("lines' sites") << QStringLiteral("fulfillment_lines") << true << QStringLiteral("read the lines of order SO-1001: ");
    }

    void failedReadsAreReported()
    {
        QFETCH(QString, table);
        QFETCH(bool, detail);
        QFETCH(QString, head);
        const OperationsReader reader(m_database->connection());
        QSqlQuery rename(m_database->connection());
        QVERIFY(rename.exec(QStringLiteral("ALTER TABLE %1 RENAME TO gone").arg(table)));
        const QString message = detail ? reader.orderDetail(QStringLiteral("SO-1001")).message() : reader.snapshot(0).message();
        QVERIFY(rename.exec(QStringLiteral("ALTER TABLE gone RENAME TO %1").arg(table)));
        QVERIFY2(message.startsWith(head), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("no such table")), qPrintable(message));
        const auto again = reader.orderDetail(QStringLiteral("SO-1001"));
        QVERIFY2(again && *again, qPrintable(again.message())); // back as it was
    }

    void csvExportQuotesAndStreamsTheFilteredRows()
    {
        QCOMPARE(OrderCsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(OrderCsvWriter::field(QStringLiteral("Blue \"Sky\", Ltd")), QStringLiteral("\"Blue \"\"Sky\"\", Ltd\""));
        QCOMPARE(OrderCsvWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        OrderQuery query;
        query.search = QStringLiteral("sky");
        query.sort = OrderQuery::Sort::Id;
        query.descending = false;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        qint64 reported = 0;
        const auto result = OrderCsvWriter(m_database->connection()).write(query, buffer, [&](qint64 rows) { reported = rows; });
        QVERIFY2(result, qPrintable(result.message()));
        QCOMPARE(result->rows, 10);
        QCOMPARE(reported, 10);
        const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 11);
        QVERIFY(lines[0].startsWith(QStringLiteral("id,account,state,on_hold,requested_date")));
        QCOMPARE(lines[1],
                 QStringLiteral("SO-1001,\"Blue \"\"Sky\"\", Ltd\",in-progress,0,2024-02-01,2024-01-01T00:01:00.000Z,"
                                "2024-01-01T00:01:00.000Z,1,3,1,0"));
        std::atomic_bool cancel = true;
        QBuffer none;
        none.open(QIODevice::WriteOnly);
        const auto cancelled = OrderCsvWriter(m_database->connection()).write(query, none, {}, &cancel);
        QVERIFY2(cancelled, qPrintable(cancelled.message()));
        QVERIFY(cancelled->cancelled);
        QCOMPARE(cancelled->rows, 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderBrowser)
#include "tst_orderbrowser.moc"
