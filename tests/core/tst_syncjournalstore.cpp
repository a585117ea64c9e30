// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SyncJournalStore (core/store/syncjournalstore.h): the local journal as a push reads it, batch by
// batch with the snapshots of the orders whose latest local entry a batch holds, and as a pull writes
// it, every event once; a read that fails is an Error naming what was read.
#include "common/clock.h"
#include "finishedorders.h"
#include "store/database.h"
#include "store/ordersnapshot.h"
#include "store/syncjournalstore.h"

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

class TestSyncJournalStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    int m_stores = 0;

    std::unique_ptr<Database> store(int orders)
    {
        return test::storeWithFinishedOrders(m_dir.filePath(QStringLiteral("journal%1.db").arg(++m_stores)), m_clock, QStringLiteral("JS-"),
                                             orders);
    }

private Q_SLOTS:
    void batchesCoverTheLocalJournalOnce_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("one batch") << 100000;
        QTest::newRow("batches of 10") << 10;
    }

    void batchesCoverTheLocalJournalOnce()
    {
        QFETCH(int, size);
        auto database = store(3);
        QVERIFY(database);
        OrderSnapshots snapshots(database->connection());
        SyncJournalStore journal(database->connection(), snapshots);
        const qint64 local
            = scalar(*database, QStringLiteral("SELECT COUNT(*) FROM journal WHERE origin = 'local' AND order_id IS NOT NULL"));
        const qint64 newest = scalar(*database, QStringLiteral("SELECT MAX(seq) FROM journal"));
        qint64 from = 0;
        qint64 events = 0;
        QSet<QString> snapshotted;
        for (int batch = 0; batch < 1000; ++batch) {
            const Result<LocalJournalBatch> read = journal.readPushBatch(QStringLiteral("ws-a"), size, from);
            QVERIFY2(read.ok(), qPrintable(read.message()));
            QCOMPARE(read->from, from);
            if (read->through == from)
                break;
            for (const SyncEvent& e : read->events) {
                QVERIFY(e.localSeq > from && e.localSeq <= read->through);
                QCOMPARE(e.workstation, QStringLiteral("ws-a"));
            }
            events += qint64(read->events.size());
            for (auto it = read->snapshots.cbegin(); it != read->snapshots.cend(); ++it) {
                // Only with the batch that holds the order's latest local entry: once per order.
                QVERIFY2(!snapshotted.contains(it.key()), qPrintable(it.key()));
                snapshotted.insert(it.key());
                QCOMPARE(it->state, QStringLiteral("completed"));
            }
            from = read->through;
        }
        QCOMPARE(events, local);
        QCOMPARE(from, newest);
        QCOMPARE(snapshotted.size(), 3);
    }

    void pulledEventsAreWrittenOnce()
    {
        auto database = store(0);
        QVERIFY(database);
        OrderSnapshots snapshots(database->connection());
        SyncJournalStore journal(database->connection(), snapshots);
        std::vector<SyncEvent> pulled;
        for (int i = 1; i <= 40; ++i) // a bulk statement of 32 rows and single rows after it
            pulled.push_back({ i, QStringLiteral("ws-b"), i, QStringLiteral("B-1"), 7, QStringLiteral("2026-12-07T10:00:00.000Z"),
                               i % 2 ? QStringLiteral("s%1").arg(i) : QString(), QStringLiteral("step.state"), QStringLiteral("engine"),
                               QStringLiteral("ready"), QStringLiteral("running"), QString() });
        QVERIFY(journal.recordPulled(pulled).ok());
        QVERIFY(journal.recordPulled(pulled).ok()); // pulled again (before a takeover): not copied twice
        QCOMPARE(scalar(*database, QStringLiteral("SELECT COUNT(*) FROM journal WHERE origin = 'ws-b'")), 40);
        QCOMPARE(scalar(*database, QStringLiteral("SELECT COUNT(*) FROM journal WHERE origin = 'ws-b' AND step_id IS NULL")), 20);
        QCOMPARE(scalar(*database, QStringLiteral("SELECT SUM(remote_seq) FROM journal WHERE origin = 'ws-b'")), 40 * 41 / 2);
    }

    void aJournalThatCannotBeReadIsAnError()
    {
        auto database = store(1);
        QVERIFY(database);
        OrderSnapshots snapshots(database->connection());
        SyncJournalStore journal(database->connection(), snapshots);
        QVERIFY(QSqlQuery(database->connection()).exec(QStringLiteral("ALTER TABLE journal RENAME TO journal_gone")));
        const Result<LocalJournalBatch> read = journal.readPushBatch(QStringLiteral("ws-a"), 10, 0);
        QVERIFY(!read.ok());
        QVERIFY2(read.message().startsWith(QStringLiteral("read the journal after entry 0 in the local store: no such table: journal")),
                 qPrintable(read.message()));
        const Status written = journal.recordPulled({ { 1,
                                                        QStringLiteral("ws-b"),
                                                        1,
                                                        QStringLiteral("B-1"),
                                                        7,
                                                        QStringLiteral("2026-12-07T10:00:00.000Z"),
                                                        {},
                                                        QStringLiteral("order.state"),
                                                        QStringLiteral("engine"),
                                                        {},
                                                        {},
                                                        {} } });
        QVERIFY(!written.ok());
        QVERIFY2(
            written.message().startsWith(QStringLiteral("record the pulled events of ws-b in the local store: no such table: journal")),
            qPrintable(written.message()));
    }
};

QTEST_GUILESS_MAIN(TestSyncJournalStore)
#include "tst_syncjournalstore.moc"
