// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SyncAgent against a real PostgreSQL (docs/sync.md, "Push"): a backlog of orders the engine ran
// to completion while offline reaches the shared journal whole, however many batches it takes; an
// order taken over meanwhile has all its events refused, over as many batches, and nothing else is.

#include "common/clock.h"
#include "engine/executor.h"
#include "finishedorders.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "sync/pgconnection.h"
#include "sync/remotestore.h"
#include "sync/syncagent.h"
#include "store/syncledger.h"
#include "throwawaypostgres.h"

#include <nlohmann/json.hpp>

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
qint64 scalar(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("cannot run %s", qPrintable(sql));
    return query.value(0).toLongLong();
}
} // namespace

class TestSyncAgent : public QObject {
    Q_OBJECT

    ThrowawayPostgres m_server;
    QTemporaryDir m_dir;
    SystemClock m_clock;

    std::unique_ptr<Database> storeWithFinishedOrders(const QString& name, int orders)
    {
        return test::storeWithFinishedOrders(m_dir.filePath(name), m_clock, QStringLiteral("BL-"), orders);
    }

    SyncSettings settings(const QString& workstation, int batch) const
    {
        SyncSettings s;
        s.conninfo = m_server.conninfo();
        s.workstation = workstation;
        s.user = QStringLiteral("tester");
        s.capacity = 0;
        s.batch = batch;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FW_START_POSTGRES_OR_SKIP(m_server);
        QVERIFY(m_dir.isValid());
    }

    void backlogOfFinishedOrdersArrivesWhole()
    {
        constexpr int orders = 12;
        auto store = storeWithFinishedOrders(QStringLiteral("a.db"), orders);
        QVERIFY(store);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 'completed'")), orders);
        const qint64 local = scalar(*store, QStringLiteral("SELECT COUNT(*) FROM journal WHERE origin = 'local' AND order_id IS NOT NULL"));
        QVERIFY(local > 40 * orders);

        // Batches of 50 events: each order's events span several batches.
        SyncAgent agent(*store, m_clock, settings(QStringLiteral("ws-backlog"), 50));
        QVERIFY(agent.open().ok());
        SyncStatus status;
        for (int round = 0; round < 5 && (round == 0 || status.queuedEvents > 0); ++round)
            status = agent.round(nullptr);
        QVERIFY2(status.lastError.isEmpty(), qPrintable(status.lastError));
        QCOMPARE(status.queuedEvents, 0);
        QCOMPARE(status.openConflicts, 0);
        QCOMPARE(status.pushedEvents, local);

        PgConnection connection(m_server.conninfo());
        QCOMPARE(connection.open().message(), QString());
        auto remote = connection.query(QStringLiteral("SELECT COUNT(*) FROM fw.events WHERE workstation = 'ws-backlog'"));
        QCOMPARE(remote.value().number(0, 0), local);
        // Every order is finished: its lease is done, and its snapshot says so.
        auto leases
            = connection.query(QStringLiteral("SELECT COUNT(*) FILTER (WHERE done), COUNT(*) FROM fw.leases WHERE order_id LIKE 'BL-%'"));
        QCOMPARE(leases.value().number(0, 0), orders);
        QCOMPARE(leases.value().number(0, 1), orders);
        auto snapshots = connection.query(
            QStringLiteral("SELECT COUNT(*) FROM fw.order_snapshots WHERE order_id LIKE 'BL-%' AND state = 'completed'"));
        QCOMPARE(snapshots.value().number(0, 0), orders);
    }

    void aPullingWorkstationDoesNotRereadPulledRows() // pulls what the test above pushed
    {
        Database store(m_dir.filePath(QStringLiteral("b.db")));
        QVERIFY(store.openStore());
        SyncAgent agent(store, m_clock, settings(QStringLiteral("ws-reader"), 100));
        QVERIFY(agent.open().ok());
        SyncStatus status;
        for (int round = 0; round < 20 && (round == 0 || status.catchingUp); ++round)
            status = agent.round(nullptr);
        QVERIFY2(status.lastError.isEmpty(), qPrintable(status.lastError));
        const qint64 pulled = scalar(store, QStringLiteral("SELECT COUNT(*) FROM journal WHERE origin = 'ws-backlog'"));
        QVERIFY(pulled > 0);
        QCOMPARE(status.pulledEvents, pulled);
        agent.round(nullptr);
        // Nothing of its own to push, and its push cursor is past the pulled rows.
        QCOMPARE(agent.status().queuedEvents, 0);
        QCOMPARE(SyncLedger(store.connection()).number(QStringLiteral("pushed_through")).valueOr(-1),
                 scalar(store, QStringLiteral("SELECT MAX(seq) FROM journal")));
    }

    void anOrderTakenOverIsRefusedInEveryBatch()
    {
        auto store = test::storeWithFinishedOrders(m_dir.filePath(QStringLiteral("taken.db")), m_clock, QStringLiteral("TK-"), 4);
        QVERIFY(store);
        QSqlQuery first(store->connection());
        QVERIFY(first.exec(
            QStringLiteral("SELECT order_id FROM journal WHERE origin = 'local' AND order_id IS NOT NULL ORDER BY seq LIMIT 1")));
        QVERIFY(first.next());
        const QString orderId = first.value(0).toString();
        const qint64 local = scalar(*store, QStringLiteral("SELECT COUNT(*) FROM journal WHERE origin = 'local' AND order_id IS NOT NULL"));
        const qint64 ofTaken
            = scalar(*store, QStringLiteral("SELECT COUNT(*) FROM journal WHERE origin = 'local' AND order_id = '%1'").arg(orderId));
        QVERIFY(ofTaken > 30); // more than three batches of 10

        // A first round with the backlog out of sight renews the leases; the next ones push without renewing.
        SyncLedger ledger(store->connection());
        QVERIFY(
            ledger
                .setValue(QStringLiteral("pushed_through"), QString::number(scalar(*store, QStringLiteral("SELECT MAX(seq) FROM journal"))))
                .ok());
        SyncAgent agent(*store, m_clock, settings(QStringLiteral("ws-taken"), 10));
        QVERIFY(agent.open().ok());
        SyncStatus status = agent.round(nullptr);
        QVERIFY2(status.lastError.isEmpty(), qPrintable(status.lastError));
        QVERIFY(ledger.setValue(QStringLiteral("pushed_through"), QStringLiteral("0")).ok());
        // This workstation believes it holds the order (token 6); the remote store gave it to another (token 7).
        PgConnection connection(m_server.conninfo());
        QCOMPARE(connection.open().message(), QString());
        QCOMPARE(connection
                     .execute(QStringLiteral("INSERT INTO fw.leases (order_id, owner, fencing_token, expires_at, acquired_at) "
                                             "VALUES ($1, 'ws-other', 7, now() + interval '1 hour', now())"),
                              { orderId })
                     .message(),
                 QString());
        QVERIFY(ledger.holdLease(orderId, 6, QDateTime::currentDateTimeUtc().addSecs(3600)).ok());

        for (int round = 0; round < 5 && (round == 0 || status.queuedEvents > 0); ++round)
            status = agent.round(nullptr);
        QVERIFY2(status.lastError.isEmpty(), qPrintable(status.lastError));
        QCOMPARE(status.queuedEvents, 0);
        QCOMPARE(status.pushedEvents, local - ofTaken);
        // Every event of the order is in one conflict of that order: the first batch's refused by the remote
        // store (the fencing token is no longer the holder's), the later ones' here (not this workstation's to
        // register any more).
        QList<qint64> refused;
        QStringList details;
        for (const SyncConflict& conflict : agent.conflicts()) {
            QCOMPARE(conflict.orderId, orderId);
            QCOMPARE(conflict.kind, QStringLiteral("events-refused"));
            details << conflict.detail;
            const auto events = nlohmann::json::parse(conflict.events.toStdString(), nullptr, false);
            QVERIFY(events.is_array() && !events.empty());
            for (const auto& event : events)
                refused << event.value("localSeq", qint64(0));
        }
        QVERIFY2(details.size() >= 3, qPrintable(details.join(QLatin1Char('\n'))));
        QVERIFY2(details.first().contains(QStringLiteral("no longer holds its lease")), qPrintable(details.first()));
        QVERIFY2(!details.last().contains(QStringLiteral("no longer holds its lease")), qPrintable(details.last()));
        QCOMPARE(refused.size(), ofTaken);
        QCOMPARE(QSet<qint64>(refused.cbegin(), refused.cend()).size(), ofTaken);
        auto remote = connection.query(QStringLiteral("SELECT COUNT(*), COUNT(*) FILTER (WHERE order_id = $1) FROM fw.events "
                                                      "WHERE workstation = 'ws-taken'"),
                                       { orderId });
        QCOMPARE(remote.value().number(0, 0), local - ofTaken);
        QCOMPARE(remote.value().number(0, 1), 0);
    }

    void aDamagedInboundOrderIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("orderId");
        QTest::addColumn<QString>("document"); // as published in fw.inbound_orders
        QTest::addColumn<QString>("reason");
        QTest::newRow("cut short") << "DMG-1"
                                   << R"({"id": "DMG-1", "lines": [)"
                                   << "malformed JSON";
        QTest::newRow("number out of range") << "DMG-2"
                                             << R"({"id": "DMG-2", "priority": 1e400})"
                                             << "out of range";
    }

    void aDamagedInboundOrderIsRefusedWithTheReason()
    {
        QFETCH(QString, orderId);
        QFETCH(QString, document);
        QFETCH(QString, reason);
        PgConnection publisher(m_server.conninfo());
        QCOMPARE(publisher.open().message(), QString());
        QVERIFY(RemoteStore(publisher, QStringLiteral("publisher")).publishOrder(orderId, document).ok());
        Database store(m_dir.filePath(orderId + QStringLiteral(".db")));
        QCOMPARE(store.openStore().message(), QString());
        SyncSettings s = settings(QStringLiteral("ws-") + orderId, 100);
        s.capacity = 10;
        SyncAgent agent(store, m_clock, s);
        QVERIFY(agent.open().ok());
        const SyncStatus status = agent.round(nullptr);
        // The round goes on: the order is set aside with the reason, nothing is thrown.
        QVERIFY(status.online);
        QVERIFY2(status.lastError.isEmpty(), qPrintable(status.lastError));
        const std::vector<SyncConflict> conflicts = agent.conflicts();
        QCOMPARE(conflicts.size(), std::size_t(1));
        QCOMPARE(conflicts[0].kind, QStringLiteral("inbound-rejected"));
        QCOMPARE(conflicts[0].orderId, orderId);
        QVERIFY2(conflicts[0].detail.startsWith(QStringLiteral("inbound order %1 cannot run here: ").arg(orderId)),
                 qPrintable(conflicts[0].detail));
        QVERIFY2(conflicts[0].detail.contains(reason), qPrintable(conflicts[0].detail));
    }
};

QTEST_GUILESS_MAIN(TestSyncAgent)
#include "tst_syncagent.moc"
