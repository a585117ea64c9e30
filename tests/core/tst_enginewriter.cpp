// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// EngineWriter's group commits: written at once (flush) or by the committer thread while the engine
// goes on (flushInBackground), in order, visible only once settled, and a failed one is final.

#include "common/clock.h"
#include "store/batchcommitter.h"
#include "store/database.h"
#include "store/enginewriter.h"
#include "store/storeimporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fw;

class TestEngineWriter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Database> m_database;

    bool openStoreWithOrder(const QString& name, const QString& orderId)
    {
        m_database = std::make_unique<Database>(name == QLatin1String(":memory:") ? name : m_dir.filePath(name));
        if (!m_database->openStore())
            return false;
        const QString ana = QStringLiteral("ana");
        StoreImporter importer(*m_database, m_clock);
        if (!importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/catalog.json"), ana).ok())
            return false;
        const QString path = m_dir.filePath(orderId + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(
            QStringLiteral("{\"formatVersion\":1,\"id\":\"%1\",\"account\":{\"id\":\"A1\"},\"items\":[{\"id\":\"1\",\"product\":\"KIT\"}]}")
                .arg(orderId)
                .toUtf8());
        file.close();
        return importer.importOrder(path, ana).ok();
    }
    // Read on a connection of its own, as the workbench's views and other workstations read.
    QString scalar(const QString& sql) const
    {
        Database reader(m_database->path());
        if (!reader.openForReading())
            return QStringLiteral("(unreadable)");
        QSqlQuery query(reader.connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }
    QString orderState(const QString& orderId) const
    {
        return scalar(QStringLiteral("SELECT state FROM orders WHERE id = '%1'").arg(orderId));
    }
    int journalRows(const QString& kind) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM journal WHERE kind = '%1'").arg(kind)).toInt();
    }

private Q_SLOTS:
    void cleanup() { BatchCommitter::setWriteDelayForTests(0); }

    // A batch handed to the background is not in the store until it is settled; meanwhile the
    // writer names the orders it writes (an order among them is read back only after settle()).
    void aBackgroundBatchIsInTheStoreOnceSettled()
    {
        QVERIFY(openStoreWithOrder(QStringLiteral("background.db"), QStringLiteral("O-1")));
        const QString before = orderState(QStringLiteral("O-1"));
        QVERIFY(!before.isEmpty() && before != QLatin1String("in-progress"));
        EngineWriter writer(m_database->connection());
        BatchCommitter::setWriteDelayForTests(300); // a slow disk
        writer.orderStateChanged(QStringLiteral("O-1"), OrderState::Pending, OrderState::InProgress, m_clock.now());
        writer.flushInBackground();
        QCOMPARE(writer.pending(), 0); // the engine's next batch starts empty
        QVERIFY(writer.writesPending(QStringLiteral("O-1")));
        QVERIFY(!writer.writesPending(QStringLiteral("O-2")));
        QCOMPARE(orderState(QStringLiteral("O-1")), before); // still being written

        QVERIFY(writer.settle());
        QVERIFY(!writer.writesPending(QStringLiteral("O-1")));
        QCOMPARE(orderState(QStringLiteral("O-1")), QStringLiteral("in-progress"));
        QCOMPARE(journalRows(QStringLiteral("order.state")), 1);
    }

    // Batches reach the store in the order they were handed over, also a synchronous flush after
    // background ones (it settles them first): the last write of a row wins, as it was made last.
    void batchesAreWrittenInTheirOrder()
    {
        QVERIFY(openStoreWithOrder(QStringLiteral("order.db"), QStringLiteral("O-1")));
        EngineWriter writer(m_database->connection());
        BatchCommitter::setWriteDelayForTests(50);
        writer.orderStateChanged(QStringLiteral("O-1"), OrderState::Pending, OrderState::InProgress, m_clock.now());
        writer.flushInBackground();
        writer.orderStateChanged(QStringLiteral("O-1"), OrderState::InProgress, OrderState::Fallout, m_clock.now());
        writer.flushInBackground();
        writer.orderStateChanged(QStringLiteral("O-1"), OrderState::Fallout, OrderState::Completed, m_clock.now());
        QVERIFY(writer.flush());
        QVERIFY(!writer.writesPending(QStringLiteral("O-1")));
        QCOMPARE(orderState(QStringLiteral("O-1")), QStringLiteral("completed"));
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(after_state, ',') FROM (SELECT after_state FROM journal "
                                       "WHERE kind = 'order.state' ORDER BY seq)")),
                 QStringLiteral("in-progress,fallout,completed"));
    }

    // A background write that fails is rolled back and final, as a failed flush is: the error is
    // latched, later batches are not written, and the store keeps what was committed before.
    void aFailedBackgroundWriteIsFinal()
    {
        QVERIFY(openStoreWithOrder(QStringLiteral("failed.db"), QStringLiteral("O-1")));
        const QString before = orderState(QStringLiteral("O-1"));
        EngineWriter writer(m_database->connection());
        writer.orderStateChanged(QStringLiteral("O-1"), OrderState::Pending, OrderState::InProgress, m_clock.now());
        writer.taskCreated(QStringLiteral("NO-SUCH-ORDER"), QStringLiteral("s1"), QStringLiteral("ops"), m_clock.now()); // a foreign key
        writer.flushInBackground();
        const Status settled = writer.settle();
        QVERIFY(!settled);
        QVERIFY2(settled.message().contains(QLatin1String("FOREIGN KEY")), qPrintable(settled.message()));
        QVERIFY(writer.failure());
        QCOMPARE(orderState(QStringLiteral("O-1")), before); // the whole batch rolled back

        writer.orderStateChanged(QStringLiteral("O-1"), OrderState::Pending, OrderState::Completed, m_clock.now());
        writer.flushInBackground();
        const Status flushed = writer.flush();
        QVERIFY(!flushed);
        QCOMPARE(flushed.message(), settled.message());
        QCOMPARE(orderState(QStringLiteral("O-1")), before);
        QCOMPARE(journalRows(QStringLiteral("order.state")), 0);
    }

    // A query on the engine's connection left open before a background commit reads the store as it
    // was; it cannot become a write (SQLITE_BUSY_SNAPSHOT), so the next synchronous flush resets it
    // instead of stopping the engine.
    void aQueryLeftOpenDoesNotStopTheNextFlush()
    {
        QVERIFY(openStoreWithOrder(QStringLiteral("stale.db"), QStringLiteral("O-1")));
        QSqlQuery open(m_database->connection());
        QVERIFY(open.exec(QStringLiteral("SELECT id FROM orders")) && open.next()); // not read to its end
        EngineWriter writer(m_database->connection());
        writer.orderStateChanged(QStringLiteral("O-1"), OrderState::Pending, OrderState::InProgress, m_clock.now());
        writer.flushInBackground();
        QVERIFY(writer.settle());
        writer.orderStateChanged(QStringLiteral("O-1"), OrderState::InProgress, OrderState::Completed, m_clock.now());
        const Status flushed = writer.flush();
        QVERIFY2(flushed, qPrintable(flushed.message()));
        QCOMPARE(orderState(QStringLiteral("O-1")), QStringLiteral("completed"));
    }

    // A memory store has no second connection to write through: the batch is written at once.
    void aMemoryStoreWritesAtOnce()
    {
        QVERIFY(openStoreWithOrder(QStringLiteral(":memory:"), QStringLiteral("O-1")));
        EngineWriter writer(m_database->connection());
        writer.orderStateChanged(QStringLiteral("O-1"), OrderState::Pending, OrderState::InProgress, m_clock.now());
        writer.flushInBackground();
        QVERIFY(!writer.writesPending(QStringLiteral("O-1")));
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT state FROM orders WHERE id = 'O-1'")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("in-progress"));
    }
};

QTEST_GUILESS_MAIN(TestEngineWriter)
#include "tst_enginewriter.moc"
