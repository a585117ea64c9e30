// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// StoreListings on a small store with known answers (orderstorefixture.h): what fwctl's orders,
// status, tasks, fallout, timeline and sync commands print.
#include "common/clock.h"
#include "orderstorefixture.h"
#include "store/database.h"
#include "store/storelistings.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromLatin1(text);
    return list;
}
} // namespace

class TestStoreListings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    void exec(const QString& sql)
    {
        QSqlQuery query(m_database->connection());
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }

    static Listing listing(const Result<Listing>& read)
    {
        if (!read)
            qFatal("%s", qPrintable(read.message()));
        return *read;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("store.db")));
        QVERIFY(m_database->openStore());
        QVERIFY(test::fillFixtureStore(m_database->connection(), 10));
        const QString at = QStringLiteral("2024-01-02T00:00:00.000Z");
        exec(QStringLiteral("UPDATE orders SET set_aside_reason = 'its catalog is missing' WHERE id = 'SO-1003'"));
        exec(QStringLiteral("UPDATE orders SET on_hold = 1 WHERE id = 'SO-1002'"));
        exec(QStringLiteral("UPDATE orders SET replica_of = 'ws-b' WHERE id IN ('SO-1000', 'SO-1005')"));
        exec(QStringLiteral("INSERT INTO tasks (order_id, step_id, queue, state, claimed_by, created_at, updated_at) VALUES "
                            "('SO-1001', 'shipping', 'field', 'open', NULL, '%1', '%1'), "
                            "('SO-1002', 'shipping', 'desk', 'claimed', 'ana', '%1', '%1'), "
                            "('SO-1004', 'shipping', 'desk', 'completed', 'bo', '%1', '%1')")
                 .arg(at));
        exec(
            QStringLiteral("INSERT INTO fallout_cases (order_id, step_id, queue, state, classification, error, attempts, opened_at) VALUES "
                           "('SO-1002', 'billing', 'billing-ops', 'open', 'fatal', 'HTTP 422', 1, '%1'), "
                           "('SO-1007', 'billing', 'billing-ops', 'resolved', 'fatal', 'HTTP 422', 1, '%1')")
                .arg(at));
    }

    void ordersListEveryOrderWithItsStanding()
    {
        const Listing orders = listing(StoreListings(m_database->connection()).orders());
        QCOMPARE(orders.columns, strings({ "id", "account", "state", "catalog", "requestedDate", "steps", "setAsideReason" }));
        QCOMPARE(int(orders.rows.size()), 10);
        QCOMPARE(orders.rows[1].at(0).toString(), QStringLiteral("SO-1001"));
        QCOMPARE(orders.rows[1].at(2).toString(), QStringLiteral("in-progress"));
        QCOMPARE(orders.rows[3].at(2).toString(), QStringLiteral("set-aside"));
        QCOMPARE(orders.rows[3].at(6).toString(), QStringLiteral("its catalog is missing"));
        QCOMPARE(orders.rows[0].at(5).toInt(), 3); // network, shipping, billing
    }

    void anOrdersStandingSaysHeldAndSetAside()
    {
        const StoreListings listings(m_database->connection());
        const auto standing = [&](const QString& id) {
            const auto read = listings.orderStanding(id);
            if (!read)
                qFatal("orderStanding: %s", qPrintable(read.message()));
            return *read;
        };
        QCOMPARE(standing(QStringLiteral("SO-9999")).has_value(), false);
        const auto held = standing(QStringLiteral("SO-1002"));
        QVERIFY(held && held->onHold && !held->setAsideReason);
        QCOMPARE(held->openFalloutCases, 1);
        QCOMPARE(held->state, QStringLiteral("fallout"));
        const auto setAside = standing(QStringLiteral("SO-1003"));
        QVERIFY(setAside && setAside->setAsideReason);
        QCOMPARE(*setAside->setAsideReason, QStringLiteral("its catalog is missing"));
        QCOMPARE(standing(QStringLiteral("SO-1007"))->openFalloutCases, 0); // its case is resolved
    }

    void stepsComeInPlanOrder()
    {
        const Listing steps = listing(StoreListings(m_database->connection()).steps(QStringLiteral("SO-1001")));
        QCOMPARE(int(steps.rows.size()), 3);
        QStringList lanes;
        for (const QVariantList& step : steps.rows)
            lanes << step.at(1).toString();
        QCOMPARE(lanes, strings({ "network", "shipping", "billing" }));
    }

    void tasksByQueueOpenOrAll_data()
    {
        QTest::addColumn<QString>("queue");
        QTest::addColumn<bool>("all");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QStringList>("orders");
        QTest::newRow("open and claimed") << QString() << false << qint64(0) << strings({ "SO-1001", "SO-1002" });
        QTest::newRow("the first two of all") << QString() << true << qint64(2) << strings({ "SO-1001", "SO-1002" });
        QTest::newRow("the first open one") << QString() << false << qint64(1) << strings({ "SO-1001" });
        QTest::newRow("every task") << QString() << true << qint64(0) << strings({ "SO-1001", "SO-1002", "SO-1004" });
        QTest::newRow("one queue") << QStringLiteral("desk") << false << qint64(0) << strings({ "SO-1002" });
        QTest::newRow("no such queue") << QStringLiteral("nobody") << true << qint64(0) << QStringList {};
    }

    void tasksByQueueOpenOrAll()
    {
        QFETCH(QString, queue);
        QFETCH(bool, all);
        QFETCH(qint64, limit);
        const Listing tasks = listing(StoreListings(m_database->connection()).tasks(queue, all, limit));
        QStringList orders;
        for (const QVariantList& task : tasks.rows)
            orders << task.at(5).toString();
        QTEST(orders, "orders");
    }

    void openFalloutOnly()
    {
        const StoreListings listings(m_database->connection());
        const Listing open = listing(listings.openFallout(QString()));
        QCOMPARE(int(open.rows.size()), 1);
        QCOMPARE(open.rows[0].at(2).toString(), QStringLiteral("SO-1002"));
        QCOMPARE(int(listing(listings.openFallout(QStringLiteral("field-ops"))).rows.size()), 0);
    }

    void orderCountsByOwnerAndState()
    {
        int here = 0;
        int replicas = 0;
        const auto counts = StoreListings(m_database->connection()).orderCounts();
        QVERIFY2(counts, qPrintable(counts.message()));
        for (const OrderCount& count : *counts)
            (count.owner.isEmpty() ? here : replicas) += count.count;
        QCOMPARE(here, 8);
        QCOMPARE(replicas, 2);
    }

    void newestJournalEntry()
    {
        const StoreListings listings(m_database->connection());
        exec(QStringLiteral("DELETE FROM journal"));
        QVERIFY(listings.newestJournalEntry().ok());
        QVERIFY(!listings.newestJournalEntry()->isValid());
        exec(QStringLiteral("INSERT INTO journal (at, order_id, kind, actor) VALUES ('2024-03-01T10:00:00.000Z', 'SO-1001', 'x', 'ana'), "
                            "('2024-03-02T10:00:00.000Z', 'SO-1001', 'x', 'ana')"));
        QCOMPARE(listings.newestJournalEntry().valueOr(QDateTime()), QDateTime(QDate(2024, 3, 2), QTime(10, 0), Qt::UTC));
    }

    // A read that fails is an error that names what was read, never "no such order" or "none"
    // (here its table is renamed away for the read, then back).
    void failedReadsAreErrorsNotNone_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("read");
        QTest::addColumn<QString>("head");
        QTest::addRow("order standing") << QStringLiteral("orders") << QStringLiteral("standing")
                                        << QStringLiteral("read the standing of order SO-1001: ");
        QTest::addRow("change order") << QStringLiteral("change_orders") << QStringLiteral("change")
                                      << QStringLiteral("read change order CHG-1 of order SO-1001: ");
        QTest::addRow("newest journal entry") << QStringLiteral("journal") << QStringLiteral("newest")
                                              << QStringLiteral("read the newest journal entry: ");
        QTest::addRow("order counts") << QStringLiteral("orders") << QStringLiteral("counts") << QStringLiteral("count the orders: ");
        QTest::addRow("steps listing") << QStringLiteral("steps") << QStringLiteral("steps") << QStringLiteral("store: cannot list: ");
    }

    void failedReadsAreErrorsNotNone()
    {
        QFETCH(QString, table);
        QFETCH(QString, read);
        QFETCH(QString, head);
        const StoreListings listings(m_database->connection());
        exec(QStringLiteral("ALTER TABLE %1 RENAME TO gone").arg(table));
        QString message;
        if (read == QLatin1String("standing"))
            message = listings.orderStanding(QStringLiteral("SO-1001")).message();
        else if (read == QLatin1String("change"))
            message = listings.changeOrder(QStringLiteral("SO-1001"), QStringLiteral("CHG-1")).message();
        else if (read == QLatin1String("newest"))
            message = listings.newestJournalEntry().message();
        else if (read == QLatin1String("steps"))
            message = listings.steps(QStringLiteral("SO-1001")).message();
        else
            message = listings.orderCounts().message();
        exec(QStringLiteral("ALTER TABLE gone RENAME TO %1").arg(table));
        QVERIFY2(message.startsWith(head), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("no such table: ") + table), qPrintable(message));
        QVERIFY(listings.orderStanding(QStringLiteral("SO-1001")).ok()); // back as it was
    }
};

QTEST_GUILESS_MAIN(TestStoreListings)
#include "tst_storelistings.moc"
