// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// OrderArchiver and the store.archive command: finished orders move with all their rows into the
// archive store, active ones stay, a run that died between its two commits is finished by the
// next, the KPI figures, the timeline and the summary still see archived orders, and only a
// supervisor or an admin may archive.

#include "change/ordersummaryreader.h"
#include "commands/commandprocessor.h"
#include "common/clock.h"
#include "engine/executor.h"
#include "identity/userdirectory.h"
#include "kpi/kpicalculator.h"
#include "store/database.h"
#include "store/journal.h"
#include "store/orderarchive.h"
#include "store/orderarchiver.h"
#include "store/storeimporter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
const QDateTime nextDay(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
const QString admin = QStringLiteral("ada");

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}
} // namespace

class TestOrderArchiver : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    // A store where the A orders have finished on 2026-03-01 and M1 waits at a manual task.
    std::unique_ptr<Database> makeStore(ManualClock& clock)
    {
        auto database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("store%1.db").arg(++m_stores)));
        if (!database->openStore())
            return nullptr;
        UserDirectory users(database->connection());
        if (!users.add({ admin, admin, RoleSet { Role::Admin }, {}, true, {}, {} }, QStringLiteral("test"), start)
            || !users.add(
                { QStringLiteral("oscar"), QStringLiteral("oscar"), RoleSet { Role::Operator, Role::Resolver }, {}, true, {}, {} },
                QStringLiteral("test"), start))
            return nullptr;
        StoreImporter importer(*database, clock);
        if (!importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/kpi/catalog.json"), QStringLiteral("t")).ok())
            return nullptr;
        for (const char* order : { "A1", "A2", "A3", "M1", "B1" }) {
            if (!importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/kpi/order-%1.json").arg(QLatin1String(order)), QStringLiteral("t"))
                     .ok())
                return nullptr;
        }
        clock.advance(45 * 60 * 1000);
        Executor executor(*database, clock);
        if (!executor.load() || !executor.runUntilIdle().ok())
            return nullptr;
        clock.set(nextDay.addSecs(3600));
        return database;
    }

    QString archivePathOf(const Database& database) const { return OrderArchive::defaultPath(database.path()); }

    QStringList finishedIds(const QSqlDatabase& db)
    {
        QStringList ids;
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT id FROM orders WHERE state IN ('completed', 'cancelled') ORDER BY id"));
        while (query.next())
            ids << query.value(0).toString();
        return ids;
    }

private Q_SLOTS:
    void movesFinishedOrdersWithAllTheirRows()
    {
        ManualClock clock(start);
        const auto store = makeStore(clock);
        QVERIFY(store);
        const QSqlDatabase db = store->connection();
        const QStringList finished = finishedIds(db);
        QVERIFY2(finished.contains(QStringLiteral("A1")), qPrintable(finished.join(QLatin1Char(','))));
        const qint64 steps = scalar(db, QStringLiteral("SELECT COUNT(*) FROM steps WHERE order_id = 'A1'"));
        const qint64 events = scalar(db, QStringLiteral("SELECT COUNT(*) FROM journal WHERE order_id = 'A1'"));
        QVERIFY(steps > 0 && events > 0);
        const qint64 active = scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE state NOT IN ('completed', 'cancelled')"));
        QVERIFY(active > 0); // M1

        OrderArchiver archiver(*store, archivePathOf(*store), clock);
        const auto outcome = archiver.archive(nextDay, admin);
        QVERIFY2(outcome, qPrintable(outcome.message()));
        QCOMPARE(outcome->archived, qint64(finished.size()));
        QCOMPARE(outcome->keptActive, active); // refused: not finished
        QCOMPARE(outcome->healed, qint64(0));

        // Gone from the store, rows and search terms and counts alike; the active order stays.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders")), active);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM steps WHERE order_id = 'A1'")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM journal WHERE order_id = 'A1'")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM order_search")), active);
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(n) FROM order_counts")), active);
        // The store's journal says who archived how many.
        QSqlQuery entry(db);
        QVERIFY(entry.exec(QStringLiteral("SELECT actor, payload FROM journal WHERE kind = 'store.archived'")) && entry.next());
        QCOMPARE(entry.value(0).toString(), admin);
        QVERIFY2(entry.value(1).toString().contains(QStringLiteral("\"orders\":%1").arg(finished.size())),
                 qPrintable(entry.value(1).toString()));

        // In the archive, a store of its own: every row, the journal plus who archived it.
        const auto archive = OrderArchive::open(archivePathOf(*store));
        QVERIFY2(archive, qPrintable(archive.message()));
        const QSqlDatabase adb = (*archive)->connection();
        QCOMPARE(finishedIds(adb), finished);
        QCOMPARE(scalar(adb, QStringLiteral("SELECT COUNT(*) FROM steps WHERE order_id = 'A1'")), steps);
        QCOMPARE(scalar(adb, QStringLiteral("SELECT COUNT(*) FROM journal WHERE order_id = 'A1'")), events + 1);
        QCOMPARE(scalar(adb, QStringLiteral("SELECT COUNT(*) FROM catalogs")), 1);
        const auto timeline = Journal::forOrder(adb, QStringLiteral("A1"));
        QVERIFY(timeline && !timeline->empty());
        QCOMPARE(timeline->back().kind, QStringLiteral("order.archived"));
        QCOMPARE(timeline->back().actor, admin);
        QCOMPARE(timeline->front().kind, QStringLiteral("order.imported"));
        const auto summary = readOrderSummaryReport(adb, QStringLiteral("A1"));
        QVERIFY2(summary, qPrintable(summary.message()));
        QCOMPARE(summary->state, QStringLiteral("completed"));
        QVERIFY(!readOrderSummaryReport(db, QStringLiteral("A1"))); // not in the store any more
        const auto held = OrderArchive::holding(*store, QStringLiteral("A1"));
        QVERIFY(held && *held);

        // The KPI figures still count them (their facts stay in the store).
        const auto report = KpiCalculator::compute(db, { QDate(2026, 2, 28), QDate(2026, 3, 2) }, clock.now());
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report->ordersFinished(), int(finished.size()));
        // The dashboard's drill-down lists them with their account and state from the facts.
        KpiDrill drill;
        drill.kind = KpiDrill::Kind::CompletedOn;
        drill.day = QDate(2026, 3, 1);
        const auto drilled = KpiCalculator::drillDown(db, { QDate(2026, 2, 28), QDate(2026, 3, 2) }, drill, clock.now());
        QVERIFY2(drilled, qPrintable(drilled.message()));
        QVERIFY(!drilled->empty());
        for (const DrillOrder& order : *drilled) {
            QVERIFY(finished.contains(order.orderId));
            QVERIFY(!order.account.isEmpty());
            QCOMPARE(order.state, QStringLiteral("completed"));
        }
    }

    void aRunThatDiedBetweenItsCommitsIsFinishedByTheNext()
    {
        ManualClock clock(start);
        const auto store = makeStore(clock);
        QVERIFY(store);
        const QSqlDatabase db = store->connection();
        const QStringList finished = finishedIds(db);
        const qint64 events = scalar(db, QStringLiteral("SELECT COUNT(*) FROM journal WHERE order_id = 'A1'"));
        {
            // The first half only: the copies are committed in the archive, then the process dies.
            OrderArchiver dying(*store, archivePathOf(*store), clock);
            const auto copied = dying.copy(nextDay, admin, OrderArchiver::batchSize);
            QVERIFY2(copied, qPrintable(copied.message()));
            QCOMPARE(*copied, qint64(finished.size()));
        }
        QCOMPARE(finishedIds(db), finished); // in both files now, never in neither
        {
            const auto archive = OrderArchive::open(archivePathOf(*store));
            QVERIFY(archive);
            QCOMPARE(finishedIds((*archive)->connection()), finished);
        }
        // The rerun (any date) removes from the store what the archive holds as the store has it.
        OrderArchiver rerun(*store, archivePathOf(*store), clock);
        const auto outcome = rerun.archive(start.addDays(-30), admin);
        QVERIFY2(outcome, qPrintable(outcome.message()));
        QCOMPARE(outcome->healed, qint64(finished.size()));
        QCOMPARE(outcome->archived, qint64(0));
        QVERIFY(finishedIds(db).isEmpty());
        const auto archive = OrderArchive::open(archivePathOf(*store));
        QVERIFY(archive);
        const QSqlDatabase adb = (*archive)->connection();
        QCOMPARE(finishedIds(adb), finished);
        QCOMPARE(scalar(adb, QStringLiteral("SELECT COUNT(*) FROM journal WHERE order_id = 'A1'")), events + 1); // once, not twice
    }

    void aCopyLeftBehindIsReplacedWhenTheRunIsRepeated()
    {
        ManualClock clock(start);
        const auto store = makeStore(clock);
        QVERIFY(store);
        {
            OrderArchiver first(*store, archivePathOf(*store), clock); // dies after its copy
            QVERIFY(first.copy(nextDay, admin, OrderArchiver::batchSize));
        }
        // The order changed after its copy was written: the store's is the one that counts.
        QSqlQuery touch(store->connection());
        QVERIFY(touch.exec(QStringLiteral("UPDATE orders SET updated_at = '2026-03-01T09:00:00.000Z' WHERE id = 'A1'")));
        OrderArchiver again(*store, archivePathOf(*store), clock);
        const auto outcome = again.archive(nextDay, admin);
        QVERIFY2(outcome, qPrintable(outcome.message()));
        QVERIFY(finishedIds(store->connection()).isEmpty());
        const auto archive = OrderArchive::open(archivePathOf(*store));
        QVERIFY(archive);
        QCOMPARE(scalar((*archive)->connection(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE id = 'A1'")), 1);
        QCOMPARE(
            scalar((*archive)->connection(), QStringLiteral("SELECT updated_at = '2026-03-01T09:00:00.000Z' FROM orders WHERE id = 'A1'")),
            1);
        QCOMPARE(scalar((*archive)->connection(),
                        QStringLiteral("SELECT COUNT(*) FROM journal WHERE order_id = 'A1' AND kind = 'order.archived'")),
                 1);
    }

    void ordersFinishedOnOrAfterTheDateStay()
    {
        ManualClock clock(start);
        const auto store = makeStore(clock);
        QVERIFY(store);
        const QStringList finished = finishedIds(store->connection());
        OrderArchiver archiver(*store, archivePathOf(*store), clock);
        const auto outcome = archiver.archive(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC), admin);
        QVERIFY2(outcome, qPrintable(outcome.message()));
        QCOMPARE(outcome->archived, qint64(0));
        QCOMPARE(finishedIds(store->connection()), finished);
    }

    void aSecondRunAddsToTheArchive()
    {
        ManualClock clock(start);
        const auto store = makeStore(clock);
        QVERIFY(store);
        const QStringList finished = finishedIds(store->connection());
        QVERIFY(finished.size() >= 2);
        QSqlQuery later(store->connection()); // the last finished order finished later
        QVERIFY(
            later.exec(QStringLiteral("UPDATE orders SET updated_at = '2026-03-05T00:00:00.000Z' WHERE id = '%1'").arg(finished.last())));
        OrderArchiver archiver(*store, archivePathOf(*store), clock);
        QCOMPARE(archiver.archive(nextDay, admin)->archived, qint64(finished.size() - 1));
        QCOMPARE(archiver.archive(QDateTime(QDate(2026, 3, 6), QTime(0, 0), Qt::UTC), admin)->archived, qint64(1));
        const auto archive = OrderArchive::open(archivePathOf(*store));
        QVERIFY(archive);
        QCOMPARE(finishedIds((*archive)->connection()), finished);
    }

    void onlySupervisorsAndAdminsArchive_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("operator and resolver") << QStringLiteral("oscar") << false;
        QTest::addRow("unknown user") << QStringLiteral("mallory") << false;
        QTest::addRow("admin") << admin << true;
    }

    void onlySupervisorsAndAdminsArchive()
    {
        QFETCH(QString, actor);
        QFETCH(bool, allowed);
        ManualClock clock(start);
        const auto store = makeStore(clock);
        QVERIFY(store);
        const QStringList finished = finishedIds(store->connection());
        const QString archivePath = m_dir.filePath(QStringLiteral("chosen-%1.db").arg(m_stores));
        const CommandResult result = CommandProcessor(*store, clock)
                                         .process(Command::make(actor, QStringLiteral("store.archive"),
                                                                { { QStringLiteral("before"), QStringLiteral("2026-03-02") },
                                                                  { QStringLiteral("archive"), archivePath } }));
        if (!allowed) {
            QCOMPARE(result.status, CommandResult::Status::Refused);
            QVERIFY2(result.message.startsWith(actor + QStringLiteral(" may not archive finished orders")), qPrintable(result.message));
            QCOMPARE(finishedIds(store->connection()), finished);
            QVERIFY(!QFile::exists(archivePath));
            QCOMPARE(scalar(store->connection(), QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'command.refused'")), 1);
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY2(result.message.startsWith(
                     QStringLiteral("archived %1 order(s) finished before 2026-03-02 to %2").arg(finished.size()).arg(archivePath)),
                 qPrintable(result.message));
        QVERIFY(finishedIds(store->connection()).isEmpty());
        QCOMPARE(*OrderArchive::pathOf(*store), archivePath); // remembered: the readers find it
    }

    void theStoreIsNotItsOwnArchive()
    {
        ManualClock clock(start);
        const auto store = makeStore(clock);
        QVERIFY(store);
        const QStringList finished = finishedIds(store->connection());
        OrderArchiver archiver(*store, store->path(), clock);
        const auto outcome = archiver.archive(nextDay, admin);
        QVERIFY(!outcome);
        QCOMPARE(outcome.message(),
                 QStringLiteral("open the archive %1: the archive must be another file than the store").arg(store->path()));
        QCOMPARE(finishedIds(store->connection()), finished);
    }

    void aBadDateIsInvalid()
    {
        ManualClock clock(start);
        Database store(m_dir.filePath(QStringLiteral("empty.db")));
        QVERIFY(store.openStore());
        UserDirectory users(store.connection());
        QVERIFY(users.add({ admin, admin, RoleSet { Role::Admin }, {}, true, {}, {} }, QStringLiteral("test"), start));
        const CommandResult result = CommandProcessor(store, clock)
                                         .process(Command::make(admin, QStringLiteral("store.archive"),
                                                                { { QStringLiteral("before"), QStringLiteral("2026-02-30") } }));
        QCOMPARE(result.status, CommandResult::Status::Invalid);
        QCOMPARE(result.message, QStringLiteral("archive: '2026-02-30' is not a date (YYYY-MM-DD)"));
    }
};

QTEST_GUILESS_MAIN(TestOrderArchiver)
#include "tst_orderarchiver.moc"
