// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: the KPI figures (KpiCalculator) on a store of N finished orders' facts (default
// 1,000,000) over 180 days, and KpiLedger::catchUp of the journal of 10,000 newly finished orders.
//   fw_bench_kpi [--orders N] [--catch-up N] [--keep PATH]
// The facts are generated with SQL (recursive CTEs), not by running the engine: one order
// finishes every 180 days / N; 5% cancelled, 3% with one fallout case (6 lanes, 12 error
// signatures), 60% of the rest touchless; cycle times spread from minutes to about 6 days;
// one step fact per order in one of 6 lanes (10% late) and the per (day, lane) rollup for 8
// steps per order; 300,000 tasks (2,000 open) and 30,000 fallout cases (500 open).
// Then 10,000 orders with 6 steps each are written with their journal (imported, every step
// ready/running/completed, in-progress, completed; 3% fall out once first) for the ledger.

#include "kpi/kpicalculator.h"
#include "store/kpiledger.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace fw;

namespace {

QTextStream out(stdout);
const QDateTime now(QDate(2026, 11, 25), QTime(18, 0), Qt::UTC);
constexpr qint64 days = 180;

bool exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        out << "failed: " << sql.left(100) << ": " << query.lastError().text() << Qt::endl;
        return false;
    }
    return true;
}

const QString series = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) ");

bool generateFacts(QSqlDatabase db, qint64 orders)
{
    const qint64 start = now.toSecsSinceEpoch() - days * 86400 + 3600;
    const double spacing = double(days * 86400 - 7200) / double(orders);
    const QString finished
        = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', %1 + CAST(i * %2 AS INTEGER), 'unixepoch')").arg(start).arg(spacing, 0, 'f', 6);
    // cycle: minutes to ~6 days, skewed short
    const QString cycle = QStringLiteral("(60 + (i * 7919 % 1000) * (i * 104729 % 1000) * 45 / 100)");
    QElapsedTimer timer;
    timer.start();
    // Tasks and fallout cases of orders whose rows are not generated: no foreign keys (only outside a transaction).
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")) || !exec(db, QStringLiteral("BEGIN")))
        return false;
    if (!exec(db,
              series
                  + QStringLiteral(
                        "INSERT INTO kpi_orders (order_id, account, state, created_at, finished_at, finished_day, cycle_seconds, "
                        "fallout_cases, person_actions, touchless) SELECT printf('SO-%07d', i), 'Account ' || (i % 20000), "
                        "CASE WHEN i % 20 = 0 THEN 'cancelled' ELSE 'completed' END, "
                        "strftime('%Y-%m-%dT%H:%M:%fZ', %1 + CAST(i * %2 AS INTEGER) - %3, 'unixepoch'), %4, substr(%4, 1, 10), %3, "
                        "CASE WHEN i * 31 % 100 < 3 THEN 1 ELSE 0 END, CASE WHEN i * 17 % 100 < 60 THEN 0 ELSE 2 END, "
                        "CASE WHEN i % 20 <> 0 AND i * 31 % 100 >= 3 AND i * 17 % 100 < 60 THEN 1 ELSE 0 END FROM n")
                        .arg(start)
                        .arg(spacing, 0, 'f', 6)
                        .arg(cycle, finished),
              { orders }))
        return false;
    out << "  order facts: " << timer.restart() << " ms" << Qt::endl;
    if (!exec(
            db,
            series
                + QStringLiteral("INSERT INTO kpi_steps (order_id, step_id, plan_definition, step_key, lane, finished_at, finished_day, "
                                 "seconds, estimated_seconds, on_time) SELECT printf('SO-%07d', i), 'line:1.F/step' || (i % 6), 'PD', "
                                 "'step' || (i % 6), 'lane' || (i % 6), %1, substr(%1, 1, 10), "
                                 "CASE WHEN i * 13 % 100 < 10 THEN 7200 ELSE 1800 END, 3600, CASE WHEN i * 13 % 100 < 10 THEN 0 ELSE 1 END "
                                 "FROM n")
                      .arg(finished),
            { orders }))
        return false;
    out << "  step facts: " << timer.restart() << " ms" << Qt::endl;
    const qint64 perDay = orders / days;
    if (!exec(db,
              QStringLiteral("WITH RECURSIVE d(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM d WHERE k + 1 < %1), l(j) AS "
                             "(SELECT 0 UNION ALL SELECT j + 1 FROM l WHERE j + 1 < 6) "
                             "INSERT INTO kpi_lane_days (day, lane, done, on_time) SELECT date(%2 + k * 86400, 'unixepoch'), 'lane' || j, "
                             "%3 * 8 / 6, %3 * 8 / 6 * 9 / 10 FROM d, l")
                  .arg(days)
                  .arg(start)
                  .arg(perDay)))
        return false;
    if (!exec(db,
              series
                  + QStringLiteral("INSERT INTO kpi_fallout (order_id, step_id, opened_at, lane, queue, signature, error) "
                                   "SELECT printf('SO-%07d', i), 'line:1.F/step' || (i % 6), %1, 'lane' || (i % 6), 'fallout', "
                                   "'billing-api \u00b7 fatal \u00b7 HTTP 4' || (i % 12) || ' rejected', 'rejected' FROM n "
                                   "WHERE i * 31 % 100 < 3")
                        .arg(finished),
              { orders }))
        return false;
    out << "  lane rollup, fallout facts: " << timer.restart() << " ms" << Qt::endl;
    // Open work: tasks (most completed long ago) and fallout cases.
    if (!exec(
            db,
            series
                + QStringLiteral("INSERT INTO tasks (order_id, step_id, queue, state, created_at, updated_at) SELECT printf('SO-%07d', i), "
                                 "'s', 'queue' || (i % 5), CASE WHEN i < 2000 THEN 'open' ELSE 'completed' END, %1, %1 FROM n")
                      .arg(finished),
            { qint64(300000) }))
        return false;
    if (!exec(db,
              series
                  + QStringLiteral(
                        "INSERT INTO fallout_cases (order_id, step_id, queue, state, classification, error, attempts, opened_at) "
                        "SELECT printf('SO-%07d', i), 's', 'fallout' || (i % 3), CASE WHEN i < 500 THEN 'open' ELSE 'resolved' END, "
                        "'fatal', 'e', 1, %1 FROM n")
                        .arg(finished),
              { qint64(30000) }))
        return false;
    if (!exec(db, QStringLiteral("COMMIT")) || !exec(db, QStringLiteral("PRAGMA foreign_keys = ON")))
        return false;
    out << "  tasks, fallout cases: " << timer.restart() << " ms" << Qt::endl;
    return exec(db, QStringLiteral("ANALYZE"));
}

// n orders finished "now" with 6 steps each and their whole journal.
bool generateJournal(QSqlDatabase db, qint64 n)
{
    const QString created = QStringLiteral("'2026-11-25T10:00:00.000Z'");
    const QString done = QStringLiteral("'2026-11-25T16:00:00.000Z'");
    const QStringList statements {
        QStringLiteral("BEGIN"),
        series
            + QStringLiteral("INSERT INTO orders (id, catalog_id, catalog_version, account_id, account_name, state, document, created_at, "
                             "updated_at) SELECT printf('NEW-%06d', i), 'cat', '1', 'A', 'Account ' || i, 'completed', '{}', %1, %2 FROM n")
                  .arg(created, done),
        series
            + QStringLiteral("INSERT INTO steps (order_id, seq, id, name, type, scope, lane, plan_definition, step_key, lines, depends_on, "
                             "depth, estimated_seconds, point_of_no_return, state, updated_at, first_attempt_at, completed_at) "
                             "SELECT printf('NEW-%06d', i / 6), i % 6, 'line:1.F/step' || (i % 6), 'Step', 'autoTask', 'lineItem', "
                             "'lane' || (i % 6), 'PD', 'step' || (i % 6), '[\"1\"]', "
                             "CASE WHEN i % 6 = 0 THEN '[]' ELSE '[\"line:1.F/step' || (i % 6 - 1) || '\"]' END, i % 6, 3600, 0, "
                             "'completed', %1, CASE WHEN i % 2 = 0 THEN strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-25T10:00:00', "
                             "'+' || (i % 6) || ' hours') END, strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-25T10:00:00', '+' || (i % 6 + 1) || "
                             "' hours') FROM n")
                  .arg(done),
        series
            + QStringLiteral("INSERT INTO fallout_cases (order_id, step_id, queue, state, classification, error, attempts, opened_at, "
                             "resolved_at) SELECT printf('NEW-%06d', i), 'line:1.F/step2', 'fallout', 'resolved', 'fatal', "
                             "'HTTP 409 order ' || i || ' rejected', 1, '2026-11-25T12:30:00.000Z', '2026-11-25T12:40:00.000Z' "
                             "FROM n WHERE i * 31 % 100 < 3"),
        QStringLiteral(
            "INSERT INTO journal (at, order_id, kind, actor, after_state) SELECT %1, id, 'order.imported', 'importer', 'pending' "
            "FROM orders WHERE id LIKE 'NEW-%'")
            .arg(created),
        QStringLiteral("INSERT INTO journal (at, order_id, step_id, kind, actor, before_state, after_state) "
                       "SELECT s.completed_at, s.order_id, s.id, 'step.state', 'engine', x.b, x.a FROM steps s, "
                       "(SELECT 1 AS k, 'pending' AS b, 'ready' AS a UNION ALL SELECT 2, 'ready', 'running' UNION ALL "
                       "SELECT 3, 'running', 'completed') x WHERE s.order_id LIKE 'NEW-%' ORDER BY s.order_id, s.seq, x.k"),
        QStringLiteral("INSERT INTO journal (at, order_id, step_id, kind, actor, before_state, after_state) "
                       "SELECT opened_at, order_id, step_id, 'step.state', 'engine', 'running', 'fallout' FROM fallout_cases "
                       "WHERE order_id LIKE 'NEW-%'"),
        QStringLiteral("INSERT INTO journal (at, order_id, kind, actor, before_state, after_state) "
                       "SELECT %1, id, 'order.state', 'engine', 'in-progress', 'completed' FROM orders WHERE id LIKE 'NEW-%'")
            .arg(done),
        QStringLiteral("COMMIT"),
    };
    for (const QString& statement : statements) {
        if (!exec(db, statement,
                  statement.startsWith(QLatin1String("WITH")) ? QVariantList { statement.contains(QLatin1String("INTO steps")) ? n * 6 : n }
                                                              : QVariantList {}))
            return false;
    }
    return true;
}

template <typename F> qint64 bestOf(int runs, F&& f)
{
    qint64 best = -1;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!f())
            return -1;
        const qint64 ms = timer.elapsed();
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Finished orders' facts."), QStringLiteral("N"),
                                          QStringLiteral("1000000"));
    const QCommandLineOption catchUpOption(QStringLiteral("catch-up"), QStringLiteral("Orders the ledger catches up with."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Write the store to PATH and keep it."),
                                        QStringLiteral("PATH"));
    parser.addOptions({ ordersOption, catchUpOption, keepOption });
    parser.process(app);
    const qint64 orders = parser.value(ordersOption).toLongLong();
    const qint64 newOrders = parser.value(catchUpOption).toLongLong();
    QTemporaryDir dir;
    const QString path = parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(QStringLiteral("kpi.db"));
    Database database(path);
    if (const Status opened = database.openStore(); !opened) {
        out << opened.message() << Qt::endl;
        return 1;
    }
    QSqlDatabase db = database.connection();
    out << "generating the facts of " << orders << " finished orders over " << days << " days in " << path << Qt::endl;
    QElapsedTimer total;
    total.start();
    if (!generateFacts(db, orders))
        return 1;
    out << "store ready in " << total.elapsed() << " ms, " << QFileInfo(path).size() / (1024 * 1024) << " MB" << Qt::endl << Qt::endl;

    const auto report = [&](const KpiRange& range, const char* name) {
        KpiReport last;
        const qint64 ms = bestOf(3, [&] {
            auto computed = KpiCalculator::compute(db, range, now);
            if (!computed) {
                out << computed.message() << Qt::endl;
                return false;
            }
            last = *computed;
            return true;
        });
        out << qSetFieldWidth(36) << Qt::left << name << qSetFieldWidth(0)
            << QStringLiteral("best of 3 %1 ms  (%2 finished, median %3 s, p90 %4 s, fallout %5%, touchless %6%, SLA %7%)")
                   .arg(ms)
                   .arg(last.ordersFinished())
                   .arg(last.medianCycleSeconds)
                   .arg(last.p90CycleSeconds)
                   .arg(last.falloutRate() * 100, 0, 'f', 2)
                   .arg(last.touchlessRatio() * 100, 0, 'f', 1)
                   .arg(last.slaAdherence() * 100, 0, 'f', 1)
            << Qt::endl;
    };
    report(KpiCalculator::lastDays(30, now), "compute, last 30 days");
    report(KpiCalculator::lastDays(int(days), now), "compute, 180 days");

    const KpiRange month = KpiCalculator::lastDays(30, now);
    const QDate day = now.date().addDays(-3);
    using K = KpiDrill::Kind;
    const std::vector<std::pair<const char*, KpiDrill>> drills {
        { "drill CycleBucket 1-4h (30 d)", { K::CycleBucket, {}, {}, 1 } },
        { "drill CompletedOn", { K::CompletedOn, {}, day } },
        { "drill FalloutOn", { K::FalloutOn, {}, day } },
        { "drill TouchlessOn", { K::TouchlessOn, {}, day } },
        { "drill LaneLate lane3 (30 d)", { K::LaneLate, QStringLiteral("lane3") } },
        { "drill LaneLate lane3 on a day", { K::LaneLate, QStringLiteral("lane3"), day } },
        { "drill FalloutLane lane2 (30 d)", { K::FalloutLane, QStringLiteral("lane2") } },
        { "drill FalloutSignature (30 d)", { K::FalloutSignature, QStringLiteral("billing-api \u00b7 fatal \u00b7 HTTP 43 rejected") } },
        { "drill Queue queue1", { K::Queue, QStringLiteral("queue1") } },
    };
    for (const auto& [name, drill] : drills) {
        std::size_t rows = 0;
        const qint64 ms = bestOf(3, [&] {
            auto found = KpiCalculator::drillDown(db, month, drill, now, 500);
            if (!found) {
                out << found.message() << Qt::endl;
                return false;
            }
            rows = found->size();
            return true;
        });
        out << qSetFieldWidth(36) << Qt::left << name << qSetFieldWidth(0)
            << QStringLiteral("best of 3 %1 ms  (%2 orders)").arg(ms).arg(rows) << Qt::endl;
    }

    out << Qt::endl << "writing " << newOrders << " finished orders with their journal" << Qt::endl;
    if (!exec(db, QStringLiteral("UPDATE kpi_state SET value = (SELECT COALESCE(MAX(seq), 0) FROM journal) WHERE key = 'journal_seq'"))
        || !generateJournal(db, newOrders))
        return 1;
    QElapsedTimer timer;
    timer.start();
    const auto consumed = KpiLedger::catchUp(db);
    const qint64 ms = timer.elapsed();
    if (!consumed) {
        out << consumed.message() << Qt::endl;
        return 1;
    }
    out << qSetFieldWidth(36) << Qt::left << "KpiLedger::catchUp" << qSetFieldWidth(0)
        << QStringLiteral("%1 ms  (%2 journal events, %3 events/s)").arg(ms).arg(*consumed).arg(ms ? *consumed * 1000 / ms : 0) << Qt::endl;
    timer.restart();
    const auto again = KpiLedger::catchUp(db);
    out << qSetFieldWidth(36) << Qt::left << "KpiLedger::catchUp, up to date" << qSetFieldWidth(0)
        << QStringLiteral("%1 ms  (%2 events)").arg(timer.elapsed()).arg(again.valueOr(-1)) << Qt::endl;
    report(KpiCalculator::lastDays(30, now), "compute, last 30 days, after");
    return 0;
}
