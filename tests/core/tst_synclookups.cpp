// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SyncLookups (core/store/synclookups.h): what the sync looks up in the local store besides its
// ledger and journal. Each answer names the record when there is none, and a failed statement is
// an Error naming what was looked up.
#include "common/clock.h"
#include "finishedorders.h"
#include "store/database.h"
#include "store/synclookups.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestSyncLookups : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;

    void run(const QString& sql)
    {
        QSqlQuery query(m_database->connection());
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }

private Q_SLOTS:
    void init()
    {
        static int stores = 0;
        m_database = test::storeWithFinishedOrders(m_dir.filePath(QStringLiteral("lookups%1.db").arg(++stores)), m_clock,
                                                   QStringLiteral("LK-"), 2);
        QVERIFY(m_database);
    }

    void cleanup() { m_database.reset(); }

    void anOrdersDocumentIsOnlyItsOwners()
    {
        const SyncLookups lookups(m_database->connection());
        const Result<QString> own = lookups.ownOrderDocument(QStringLiteral("LK-0"));
        QVERIFY2(own.ok(), qPrintable(own.message()));
        QVERIFY(own->contains(QStringLiteral("\"LK-0\"")));
        run(QStringLiteral("UPDATE orders SET replica_of = 'ws-b' WHERE id = 'LK-1'"));
        QCOMPARE(lookups.ownOrderDocument(QStringLiteral("LK-1")).message(), QStringLiteral("order LK-1 is not this workstation's"));
        QCOMPARE(lookups.ownOrderDocument(QStringLiteral("LK-9")).message(), QStringLiteral("order LK-9 is not this workstation's"));
    }

    void catalogsAndSettings()
    {
        const SyncLookups lookups(m_database->connection());
        QSqlQuery catalog(m_database->connection());
        QVERIFY(catalog.exec(QStringLiteral("SELECT id, version FROM catalogs LIMIT 1")) && catalog.next());
        QCOMPARE(lookups.hasCatalog(catalog.value(0).toString(), catalog.value(1).toString()).valueOr(false), true);
        QCOMPARE(lookups.hasCatalog(catalog.value(0).toString(), QStringLiteral("no-such-version")).valueOr(true), false);
        QCOMPARE(lookups.setting(QStringLiteral("claims.idleHours"), QStringLiteral("8")).valueOr({}), QStringLiteral("8"));
        run(QStringLiteral("INSERT INTO store_settings (name, value) VALUES ('claims.idleHours', '2')"));
        QCOMPARE(lookups.setting(QStringLiteral("claims.idleHours"), QStringLiteral("8")).valueOr({}), QStringLiteral("2"));
    }

    void tasksByIdAndByOrderAndStep()
    {
        const SyncLookups lookups(m_database->connection());
        run(QStringLiteral("INSERT INTO tasks (order_id, step_id, queue, state, claimed_by, created_at, updated_at) "
                           "SELECT order_id, id, 'ops', 'claimed', 'ana', '2026-12-07T10:00:00.000Z', '2026-12-07T10:00:00.000Z' "
                           "FROM steps WHERE order_id = 'LK-0' LIMIT 1"));
        QSqlQuery task(m_database->connection());
        QVERIFY(task.exec(QStringLiteral("SELECT id, order_id, step_id FROM tasks WHERE claimed_by = 'ana'")) && task.next());
        const qint64 id = task.value(0).toLongLong();
        const Result<StepAddress> address = lookups.taskAddress(id);
        QVERIFY2(address.ok(), qPrintable(address.message()));
        QCOMPARE(address->orderId, QStringLiteral("LK-0"));
        QCOMPARE(address->stepId, task.value(2).toString());
        QCOMPARE(lookups.taskAt(*address).valueOr(-1), id);
        QCOMPARE(lookups.holdsClaim(id, QStringLiteral("ana")).valueOr(false), true);
        QCOMPARE(lookups.holdsClaim(id, QStringLiteral("bob")).valueOr(true), false);
        QCOMPARE(lookups.taskAddress(9999).message(), QStringLiteral("task 9999: no such task"));
        QCOMPARE(lookups.caseAddress(9999).message(), QStringLiteral("fallout case 9999: no such case"));
        QCOMPARE(lookups.openCaseAt(*address).message(), QStringLiteral("order LK-0 step %1: no open fallout case").arg(address->stepId));
    }

    void aFailedLookupNamesWhatWasLookedUp()
    {
        run(QStringLiteral("ALTER TABLE store_settings RENAME TO store_settings_gone"));
        const Result<QString> setting = SyncLookups(m_database->connection()).setting(QStringLiteral("claims.idleHours"));
        QVERIFY(!setting.ok());
        QVERIFY2(setting.message().startsWith(QStringLiteral("read store setting claims.idleHours in the local store: no such table")),
                 qPrintable(setting.message()));
    }
};

QTEST_GUILESS_MAIN(TestSyncLookups)
#include "tst_synclookups.moc"
