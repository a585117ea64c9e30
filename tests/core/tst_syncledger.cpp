// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SyncLedger (core/store/syncledger.h): the sync_* tables of a store. What it writes reads back, and
// a statement that fails comes back as an Error naming what was read or written and SQLite's reason.
#include "common/clock.h"
#include "store/database.h"
#include "store/syncledger.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestSyncLedger : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    int m_stores = 0;

    void drop(const QString& table)
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE %1").arg(table)));
    }

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("ledger%1.db").arg(++m_stores)));
        QCOMPARE(m_database->openStore().message(), QString());
    }

    void cleanup() { m_database.reset(); }

    void keepsValuesLeasesAndQueuedCommands()
    {
        SyncLedger ledger(m_database->connection());
        QCOMPARE(ledger.value(QStringLiteral("workstation"), QStringLiteral("none")).valueOr({}), QStringLiteral("none"));
        QVERIFY(ledger.setValue(QStringLiteral("pushed_through"), QStringLiteral("42")).ok());
        QCOMPARE(ledger.number(QStringLiteral("pushed_through")).valueOr(-1), 42);
        QCOMPARE(ledger.number(QStringLiteral("pulled_events")).valueOr(-1), 0);

        const QDateTime expires = QDateTime::fromString(QStringLiteral("2026-12-07T10:00:00Z"), Qt::ISODate);
        QVERIFY(ledger.holdLease(QStringLiteral("O-1"), 7, expires).ok());
        QVERIFY(ledger.holdLease(QStringLiteral("O-2"), 8, expires).ok());
        QVERIFY(ledger.dropLease(QStringLiteral("O-2")).ok());
        QCOMPARE(ledger.leases().valueOr({}), (QHash<QString, qint64> { { QStringLiteral("O-1"), 7 } }));

        const Result<qint64> queued = ledger.queueCommand(expires, QStringLiteral("O-1"), QStringLiteral("{}"), QStringLiteral("ana"));
        QVERIFY2(queued.ok(), qPrintable(queued.message()));
        QCOMPARE(ledger.queuedCommands().valueOr(-1), 1);
        QCOMPARE(ledger.supersede(*queued, expires).valueOr(false), true);
        QCOMPARE(ledger.supersede(*queued, expires).valueOr(true), false); // not queued any more
        QCOMPARE(ledger.readCommands(QStringLiteral("superseded")).valueOr({}).size(), std::size_t(1));
        QCOMPARE(ledger.queuedCommands().valueOr(-1), 0);
    }

    void aStoredCursorThatIsNoNumberIsAnError()
    {
        SyncLedger ledger(m_database->connection());
        QVERIFY(ledger.setValue(QStringLiteral("pulled_events"), QStringLiteral("many")).ok());
        const Result<qint64> cursor = ledger.number(QStringLiteral("pulled_events"));
        QVERIFY(!cursor.ok());
        QCOMPARE(cursor.message(), QStringLiteral("read sync_state pulled_events in the local store: 'many' is not a number"));
    }

    void aFailedStatementIsReportedWithWhatFailed_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("call");
        QTest::addColumn<QString>("message"); // how the error starts; SQLite's reason follows
        QTest::newRow("read a value") << "sync_state" << 0 << "read sync_state workstation in the local store: ";
        QTest::newRow("write a value") << "sync_state" << 1 << "write sync_state pushed_through in the local store: ";
        QTest::newRow("read the leases") << "sync_leases" << 2 << "read the leases held in the local store: ";
        QTest::newRow("keep a lease") << "sync_leases" << 3 << "keep the lease of order O-1 in the local store: ";
        QTest::newRow("record a conflict") << "sync_conflicts" << 4 << "record a lease-lost conflict of order O-1 in the local store: ";
        QTest::newRow("queue a command") << "sync_outbox" << 5 << "queue a command for order O-1 in the local store: ";
        QTest::newRow("count the queued commands") << "sync_outbox" << 6 << "count the queued commands in the local store: ";
        QTest::newRow("count the unpushed events") << "journal" << 7 << "count the journal entries not pushed yet in the local store: ";
    }

    void aFailedStatementIsReportedWithWhatFailed()
    {
        QFETCH(QString, table);
        QFETCH(int, call);
        QFETCH(QString, message);
        drop(table);
        SyncLedger ledger(m_database->connection());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        switch (call) {
        case 0:
            error = ledger.value(QStringLiteral("workstation")).message();
            break;
        case 1:
            error = ledger.setValue(QStringLiteral("pushed_through"), QStringLiteral("1")).message();
            break;
        case 2:
            error = ledger.leases().message();
            break;
        case 3:
            error = ledger.holdLease(QStringLiteral("O-1"), 1, now).message();
            break;
        case 4:
            error = ledger.addConflict(now, QStringLiteral("O-1"), QStringLiteral("lease-lost"), QStringLiteral("lost")).message();
            break;
        case 5:
            error = ledger.queueCommand(now, QStringLiteral("O-1"), QStringLiteral("{}"), QStringLiteral("ana")).message();
            break;
        case 6:
            error = ledger.queuedCommands().message();
            break;
        case 7:
            error = ledger.unpushedEvents().message();
            break;
        }
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("no such table")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSyncLedger)
#include "tst_syncledger.moc"
