// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// KPI facts and figures (docs/kpi.md) on a store the real engine fills in simulated time:
// every figure of the report against hand-computed values, the drill-downs, and the ledger being
// incremental and idempotent (run twice; an order rewritten as a replica with its events journalled
// again).
//
// The scenario (tests/data/kpi; AUTO = milestone + 1-minute auto task, MANUAL = milestone + a 1-hour
// manual task in queue desk, lane work; BROKEN = an auto task that falls out into intake-fallout):
//   2026-03-01 08:00 import A1, M1, B1; 08:30 run: A1 completes (cycle 30m), M1 waits for its task,
//                    B1 falls out; 10:00 ana completes M1's task (cycle 2h; the check took 1h30m > 1h:
//                    late); 11:00 bob cancels B1 (cycle 3h, with fallout); 12:00 import A2.
//   2026-03-02       nothing.
//   2026-03-03 11:00 import A3, M2, B2; 12:00 run: A2 (cycle 2d) and A3 (1h) complete, M2 waits,
//                    B2 falls out; 13:00 import M3; 15:00 run: M3 waits. Now: 18:00.

#include "common/clock.h"
#include "engine/enginesnapshot.h"
#include "engine/executor.h"
#include "engine/falloutsignature.h"
#include "kpi/kpicalculator.h"
#include "kpi/kpijson.h"
#include "store/kpiledger.h"
#include "store/database.h"
#include "store/journal.h"
#include "store/storeimporter.h"
#include "store/ordersnapshot.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC);
}
const KpiRange range { QDate(2026, 3, 1), QDate(2026, 3, 3) };
const QString signature = QStringLiteral("autoTask \u00b7 fatal \u00b7 parameters: /value: '\u2026' has no value");
} // namespace

Q_DECLARE_METATYPE(KpiDrill)

class TestKpi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { at(1, 8) };
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Executor> m_executor;

    QSqlDatabase db() { return m_database->connection(); }

    void import(const char* order)
    {
        StoreImporter importer(*m_database, m_clock);
        const auto result = importer.importOrder(QStringLiteral(FW_TEST_DATA_DIR "/kpi/order-%1.json").arg(QLatin1String(order)),
                                                 QStringLiteral("importer"));
        QVERIFY2(result.ok(), qPrintable(result.summary));
    }

    void runAt(const QDateTime& now)
    {
        m_clock.set(now);
        m_executor.reset();
        m_executor = std::make_unique<Executor>(*m_database, m_clock);
        QVERIFY(m_executor->load());
        const auto ran = m_executor->runUntilIdle();
        QVERIFY2(ran, qPrintable(ran.message()));
    }

    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(db());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    qint64 catchUp()
    {
        QSqlDatabase connection = db();
        const auto consumed = KpiLedger::catchUp(connection);
        if (!consumed)
            qFatal("catchUp: %s", qPrintable(consumed.message()));
        return *consumed;
    }

    KpiReport report(const QDateTime& now = at(3, 18))
    {
        auto computed = KpiCalculator::compute(db(), range, now);
        if (!computed)
            qFatal("compute: %s", qPrintable(computed.message()));
        return (*computed);
    }

    QStringList drill(const KpiDrill& drill)
    {
        auto orders = KpiCalculator::drillDown(db(), range, drill, at(3, 18));
        if (!orders)
            qFatal("drillDown: %s", qPrintable(orders.message()));
        QStringList ids;
        for (const DrillOrder& order : *orders)
            ids << order.orderId;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("kpi.db")));
        QCOMPARE(m_database->openStore().message(), QString());
        StoreImporter importer(*m_database, m_clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/kpi/catalog.json"), QStringLiteral("importer")).ok());
    }

    void emptyStoreGivesZeros()
    {
        QCOMPARE(catchUp(), 1); // the catalog import only
        const KpiReport r = report();
        QCOMPARE(r.ordersFinished(), 0);
        QCOMPARE(r.medianCycleSeconds, 0);
        QCOMPARE(r.falloutRate(), 0.0);
        QCOMPARE(r.slaAdherence(), 1.0);
        QCOMPARE(r.days.size(), std::size_t(3));
        QCOMPARE(r.days[1].day, QDate(2026, 3, 2));
        QCOMPARE(r.cycleTimeHistogram.size(), std::size_t(7));
        for (const auto& bucket : r.cycleTimeHistogram)
            QCOMPARE(bucket.orders, 0);
        QVERIFY(r.laneAdherence.empty() && r.falloutByLane.empty() && r.queues.empty());
    }

    void dayOne()
    {
        import("A1");
        import("M1");
        import("B1");
        runAt(at(1, 8).addSecs(1800));
        m_clock.set(at(1, 10));
        const qint64 task = scalar(QStringLiteral("SELECT id FROM tasks WHERE order_id = 'M1'"));
        QVERIFY(m_executor->tasks().claim(task, QStringLiteral("ana")));
        QVERIFY(m_executor->tasks().complete(task, QStringLiteral("ana"), { { QStringLiteral("ok"), true } }));
        m_clock.set(at(1, 11));
        const qint64 fallout = scalar(QStringLiteral("SELECT id FROM fallout_cases WHERE order_id = 'B1'"));
        QVERIFY(m_executor->fallout().cancel(fallout, QStringLiteral("bob"), QStringLiteral("customer withdrew")));
        m_clock.set(at(1, 12));
        import("A2");

        QVERIFY(catchUp() > 0);
        const KpiReport r = report(at(1, 12));
        QCOMPARE(r.ordersCompleted, 2);
        QCOMPARE(r.ordersCancelled, 1);
        QCOMPARE(r.days[0].medianCycleSeconds, 1800);
        QCOMPARE(r.days[0].p90CycleSeconds, 7200);
        QCOMPARE(r.stepsDone, 4);
        QCOMPARE(r.stepsOnTime, 3);
    }

    void dayThreeIsAddedIncrementally()
    {
        m_clock.set(at(3, 11));
        import("A3");
        import("M2");
        import("B2");
        runAt(at(3, 12));
        m_clock.set(at(3, 13));
        import("M3");
        runAt(at(3, 15));
        m_executor.reset();
        const qint64 before = scalar(QStringLiteral("SELECT value FROM kpi_state WHERE key = 'journal_seq'"));
        const qint64 newest = scalar(QStringLiteral("SELECT MAX(seq) FROM journal"));
        QCOMPARE(catchUp(), newest - before);
        QCOMPARE(report().ordersCompleted, 4);
    }

    void headlineFigures()
    {
        const KpiReport r = report();
        QCOMPARE(r.range.from, QDate(2026, 3, 1));
        QCOMPARE(r.computedAt, at(3, 18));
        QCOMPARE(r.ordersCompleted, 4); // A1, M1, A2, A3
        QCOMPARE(r.ordersCancelled, 1); // B1
        QCOMPARE(r.ordersWithFallout, 1); // B1 (B2 has not finished)
        QCOMPARE(r.falloutRate(), 0.2);
        QCOMPARE(r.touchlessOrders, 3); // A1, A2, A3; M1 had a task
        QCOMPARE(r.touchlessRatio(), 0.75);
        // cycles 1800, 3600, 7200, 172800: median rank 2, p90 rank ceil(3.6) = 4
        QCOMPARE(r.medianCycleSeconds, 3600);
        QCOMPARE(r.p90CycleSeconds, 172800);
        QCOMPARE(r.meanCycleSeconds, 46350);
        QCOMPARE(r.stepsDone, 10);
        QCOMPARE(r.stepsOnTime, 9);
        QCOMPARE(r.slaAdherence(), 0.9);
    }

    void cycleTimeHistogram()
    {
        const KpiReport r = report();
        QStringList labels;
        QList<int> counts;
        for (const auto& bucket : r.cycleTimeHistogram) {
            labels << bucket.label;
            counts << bucket.orders;
        }
        QCOMPARE(labels,
                 (QStringList { QStringLiteral("< 1h"), QStringLiteral("1-4h"), QStringLiteral("4-12h"), QStringLiteral("12-24h"),
                                QStringLiteral("1-2d"), QStringLiteral("2-5d"), QStringLiteral(">= 5d") }));
        QCOMPARE(counts, (QList<int> { 1, 2, 0, 0, 0, 1, 0 }));
        QCOMPARE(r.cycleTimeHistogram[5].fromSeconds, 172800);
        QCOMPARE(r.cycleTimeHistogram[6].toSeconds, -1);
    }

    void perDay_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QList<int>>("counts"); // completed, cancelled, withFallout, touchless
        QTest::addColumn<qint64>("median");
        QTest::addColumn<qint64>("p90");
        QTest::addRow("03-01") << 0 << QDate(2026, 3, 1) << QList<int> { 2, 1, 1, 1 } << qint64(1800) << qint64(7200);
        QTest::addRow("03-02 no orders") << 1 << QDate(2026, 3, 2) << QList<int> { 0, 0, 0, 0 } << qint64(0) << qint64(0);
        QTest::addRow("03-03") << 2 << QDate(2026, 3, 3) << QList<int> { 2, 0, 0, 2 } << qint64(3600) << qint64(172800);
    }

    void perDay()
    {
        QFETCH(int, index);
        QFETCH(QDate, day);
        QFETCH(QList<int>, counts);
        QFETCH(qint64, median);
        QFETCH(qint64, p90);
        const KpiReport r = report();
        QCOMPARE(r.days.size(), std::size_t(3));
        const KpiDay& d = r.days[std::size_t(index)];
        QCOMPARE(d.day, day);
        QCOMPARE((QList<int> { d.completed, d.cancelled, d.withFallout, d.touchless }), counts);
        QCOMPARE(d.medianCycleSeconds, median);
        QCOMPARE(d.p90CycleSeconds, p90);
    }

    void laneAdherence()
    {
        const KpiReport r = report();
        QCOMPARE(r.laneAdherence.size(), std::size_t(2));
        QCOMPARE(r.laneAdherence[0].lane, QStringLiteral("intake"));
        QCOMPARE(r.laneAdherence[0].label, QStringLiteral("Intake"));
        QCOMPARE(r.laneAdherence[0].stepsDone, 9);
        QCOMPARE(r.laneAdherence[0].stepsOnTime, 9);
        QCOMPARE(r.laneAdherence[1].label, QStringLiteral("Workshop"));
        QCOMPARE(r.laneAdherence[1].stepsDone, 1);
        QCOMPARE(r.laneAdherence[1].ratio(), 0.0);
        QStringList byDay;
        for (const auto& l : r.laneAdherenceByDay)
            byDay << QStringLiteral("%1 %2 %3/%4").arg(l.day.toString(Qt::ISODate), l.lane).arg(l.stepsOnTime).arg(l.stepsDone);
        QCOMPARE(byDay,
                 (QStringList { QStringLiteral("2026-03-01 intake 3/3"), QStringLiteral("2026-03-01 work 0/1"),
                                QStringLiteral("2026-03-03 intake 6/6") }));
        // The late step: ready when accept completed (08:30), done 10:00: 1h30m against 1h.
        QCOMPARE(scalar(QStringLiteral("SELECT seconds FROM kpi_steps WHERE order_id = 'M1' AND step_key = 'check'")), 5400);
        // A milestone without dependencies starts when the order was created (A2: two days earlier).
        QCOMPARE(scalar(QStringLiteral("SELECT seconds FROM kpi_steps WHERE order_id = 'A2' AND step_key = 'accept'")), 172800);
    }

    void falloutByLaneAndSignature()
    {
        const KpiReport r = report();
        QCOMPARE(r.falloutByLane.size(), std::size_t(1));
        QCOMPARE(r.falloutByLane[0].key, QStringLiteral("intake"));
        QCOMPARE(r.falloutByLane[0].label, QStringLiteral("Intake"));
        QCOMPARE(r.falloutByLane[0].count, 2); // B1 (03-01) and B2 (03-03)
        QCOMPARE(r.falloutBySignature.size(), std::size_t(1));
        QCOMPARE(r.falloutBySignature[0].key, signature);
        QCOMPARE(r.falloutBySignature[0].count, 2);
        // Outside the range: nothing.
        auto later = KpiCalculator::compute(db(), { QDate(2026, 3, 4), QDate(2026, 3, 5) }, at(5, 0));
        QVERIFY(later->falloutByLane.empty());
    }

    void queuesNow()
    {
        const KpiReport r = report();
        QCOMPARE(r.queues.size(), std::size_t(2));
        const QueueLoad& desk = r.queues[0];
        QCOMPARE(desk.queue, QStringLiteral("desk"));
        QCOMPARE(desk.kind, QStringLiteral("task"));
        QCOMPARE(desk.open, 2); // M2 since 12:00, M3 since 15:00
        QCOMPARE(desk.oldestSeconds, 21600);
        QCOMPARE(desk.medianAgeSeconds, 10800);
        const QueueLoad& fallout = r.queues[1];
        QCOMPARE(fallout.queue, QStringLiteral("intake-fallout"));
        QCOMPARE(fallout.kind, QStringLiteral("fallout"));
        QCOMPARE(fallout.open, 1); // B2; B1's case was resolved
        QCOMPARE(fallout.oldestSeconds, 21600);
        QCOMPARE(fallout.medianAgeSeconds, 21600);
    }

    void drillDown_data()
    {
        QTest::addColumn<KpiDrill>("drill");
        QTest::addColumn<QStringList>("orders");
        using K = KpiDrill::Kind;
        const auto ids = [](const char* text) { return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
        QTest::addRow("bucket < 1h") << KpiDrill { K::CycleBucket, {}, {}, 0 } << ids("A1");
        QTest::addRow("bucket 1-4h") << KpiDrill { K::CycleBucket, {}, {}, 1 } << ids("M1 A3");
        QTest::addRow("bucket 2-5d") << KpiDrill { K::CycleBucket, {}, {}, 5 } << ids("A2");
        QTest::addRow("bucket >= 5d") << KpiDrill { K::CycleBucket, {}, {}, 6 } << ids("");
        QTest::addRow("completed 03-01") << KpiDrill { K::CompletedOn, {}, QDate(2026, 3, 1) } << ids("A1 M1");
        QTest::addRow("completed 03-02") << KpiDrill { K::CompletedOn, {}, QDate(2026, 3, 2) } << ids("");
        QTest::addRow("fallout 03-01") << KpiDrill { K::FalloutOn, {}, QDate(2026, 3, 1) } << ids("B1");
        QTest::addRow("touchless 03-01") << KpiDrill { K::TouchlessOn, {}, QDate(2026, 3, 1) } << ids("A1");
        QTest::addRow("touchless 03-03") << KpiDrill { K::TouchlessOn, {}, QDate(2026, 3, 3) } << ids("A2 A3");
        QTest::addRow("late work") << KpiDrill { K::LaneLate, QStringLiteral("work") } << ids("M1");
        QTest::addRow("late work 03-03") << KpiDrill { K::LaneLate, QStringLiteral("work"), QDate(2026, 3, 3) } << ids("");
        QTest::addRow("late intake") << KpiDrill { K::LaneLate, QStringLiteral("intake") } << ids("");
        QTest::addRow("fallout lane") << KpiDrill { K::FalloutLane, QStringLiteral("intake") } << ids("B1 B2");
        QTest::addRow("fallout signature") << KpiDrill { K::FalloutSignature, signature } << ids("B1 B2");
        QTest::addRow("queue desk") << KpiDrill { K::Queue, QStringLiteral("desk") } << ids("M2 M3");
        QTest::addRow("queue fallout") << KpiDrill { K::Queue, QStringLiteral("intake-fallout") } << ids("B2");
    }

    void drillDown()
    {
        QFETCH(KpiDrill, drill);
        QFETCH(QStringList, orders);
        QCOMPARE(this->drill(drill), orders);
    }

    void drillDownDetails()
    {
        auto late = KpiCalculator::drillDown(db(), range, { KpiDrill::Kind::LaneLate, QStringLiteral("work") }, at(3, 18));
        const DrillOrder& m1 = late->at(0);
        QCOMPARE(m1.account, QStringLiteral("Customer M1"));
        QCOMPARE(m1.state, QStringLiteral("completed"));
        QCOMPARE(m1.finishedAt, at(1, 10));
        QCOMPARE(m1.cycleSeconds, 7200);
        QCOMPARE(m1.detail, QStringLiteral("line:1.F_MANUAL/check took 1h30m (estimate 1h)"));
        auto queue = KpiCalculator::drillDown(db(), range, { KpiDrill::Kind::Queue, QStringLiteral("desk") }, at(3, 18), 1);
        QCOMPARE(queue->size(), std::size_t(1)); // the limit
        QVERIFY(!(*queue)[0].finishedAt.isValid());
        auto noDay = KpiCalculator::drillDown(db(), range, { KpiDrill::Kind::CompletedOn }, at(3, 18));
        QCOMPARE(noDay.message(), QStringLiteral("KPI drill-down: this chart point needs a day"));
    }

    void ledgerIsIdempotent()
    {
        const auto before = kpiReportToJson(report());
        QCOMPARE(catchUp(), 0);
        QVERIFY2(kpiReportToJson(report()) == before, kpiReportToJson(report()).dump().c_str());
    }

    void replicaRewriteChangesNothing()
    {
        const auto before = kpiReportToJson(report());
        const qint64 rollup = scalar(QStringLiteral("SELECT SUM(done) FROM kpi_lane_days"));
        // A sync pull rewrites an order's rows as a replica and journals its events again.
        for (const char* id : { "A2", "M1", "B1" }) {
            OrderSnapshots snapshots(db());
            const auto captured = snapshots.capture(QLatin1String(id));
            QVERIFY(captured);
            QVERIFY(db().transaction());
            QVERIFY(snapshots.apply(captured->json, QStringLiteral("ws-b")).ok());
            QSqlDatabase connection = db();
            const auto events = Journal::forOrder(connection, QLatin1String(id));
            QVERIFY2(events, qPrintable(events.message()));
            for (JournalEvent event : *events) {
                event.origin = QStringLiteral("ws-b");
                QVERIFY(Journal::record(connection, event));
            }
            QVERIFY(db().commit());
        }
        QVERIFY(catchUp() > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(done) FROM kpi_lane_days")), rollup);
        QCOMPARE(scalar(QStringLiteral("SELECT person_actions FROM kpi_orders WHERE order_id = 'M1'")), 2); // claim, complete
        QVERIFY2(kpiReportToJson(report()) == before, kpiReportToJson(report()).dump().c_str());
    }

    void refinishedOrderReplacesItsFacts()
    {
        // A3 re-finished later (e.g. the owner's history won a conflict): moved to 03-02, not counted twice.
        QVERIFY(QSqlQuery(db()).exec(QStringLiteral("UPDATE steps SET completed_at = '2026-03-02T12:00:00.000Z' WHERE order_id = 'A3'")));
        QSqlDatabase connection = db();
        QVERIFY(Journal::record(connection,
                                { 0,
                                  at(2, 12),
                                  QStringLiteral("A3"),
                                  {},
                                  QStringLiteral("order.state"),
                                  QStringLiteral("engine"),
                                  QStringLiteral("in-progress"),
                                  QStringLiteral("completed") }));
        for (const char* step : { "line:1.F_AUTO/accept", "line:1.F_AUTO/stamp" })
            QVERIFY(Journal::record(connection,
                                    { 0, at(2, 12), QStringLiteral("A3"), QLatin1String(step), QStringLiteral("step.state"),
                                      QStringLiteral("engine"), QStringLiteral("running"), QStringLiteral("completed") }));
        QCOMPARE(catchUp(), 3);
        const KpiReport r = report();
        QCOMPARE(r.ordersCompleted, 4);
        QCOMPARE(r.days[1].completed, 1);
        QCOMPARE(r.days[2].completed, 1);
        QCOMPARE(r.stepsDone, 10);
        QCOMPARE(r.laneAdherenceByDay.size(), std::size_t(4)); // 03-02 intake 2/2 now
    }

    void nearestRank_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<int>("percent");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("empty") << QList<qint64> {} << 50 << qint64(0);
        QTest::addRow("one") << QList<qint64> { 7 } << 90 << qint64(7);
        QTest::addRow("median of 10 is rank 5") << QList<qint64> { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 } << 50 << qint64(5);
        QTest::addRow("p90 of 10 is rank 9") << QList<qint64> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 } << 90 << qint64(9);
        QTest::addRow("p90 of 11 is rank 10") << QList<qint64> { 11, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 } << 90 << qint64(10);
        QTest::addRow("median of 3 is rank 2") << QList<qint64> { 30, 10, 20 } << 50 << qint64(20);
    }

    void nearestRank()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(int, percent);
        QFETCH(qint64, expected);
        std::vector<qint64> v(values.begin(), values.end());
        QCOMPARE(KpiCalculator::nearestRank(v, percent), expected);
    }

    void lastDaysAndBadRanges()
    {
        const KpiRange last = KpiCalculator::lastDays(30, QDateTime(QDate(2026, 3, 31), QTime(23, 59), Qt::UTC));
        QCOMPARE(last.from, QDate(2026, 3, 2));
        QCOMPARE(last.to, QDate(2026, 3, 31));
        auto bad = KpiCalculator::compute(db(), { QDate(2026, 3, 5), QDate(2026, 3, 1) }, at(5, 0));
        QCOMPARE(bad.message(), QStringLiteral("KPI range: from 2026-03-05 is after to 2026-03-01"));
    }
};

QTEST_GUILESS_MAIN(TestKpi)
#include "tst_kpi.moc"
