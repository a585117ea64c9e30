// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: jeopardy on a store (issue 6: "jeopardy evaluation over 100,000 open steps well under
// a second"): read the open orders and their steps (SlaReader), evaluate them (JeopardyEvaluator)
// and run the monitor (which also records the changes: the first run writes every new flag, the
// next ones only what changed).
//   fw_bench_slastore [--orders N] [--runs R]     (N orders x 8 steps, 5 of them open)
//   fw_bench_slastore --orders N --make PATH     (only write the synthetic store, at 2026-11-25T12:00Z)
//   fw_bench_slastore --store PATH [--runs R] [--at TIME] [--chunk N]
//       (issue 18: the monitor on an existing store, e.g. fw_bench_engine's; the time of each run
//       and the process's peak RSS; a copy of the store is advisable: the monitor writes its flags)

#include "common/clock.h"
#include "sla/jeopardy.h"
#include "sla/jeopardymonitor.h"
#include "store/slareader.h"
#include "sla/stephistory.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "store/transactionguard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <sys/resource.h>

using namespace fw;

namespace {
double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// N open orders of the SLA test catalog, written with plain SQL: 8 steps each in a chain, the
// first three completed, the fourth waiting on a task (started up to 6 hours ago), the rest pending.
bool fillStore(Database& database, int orders, const QDateTime& now)
{
    QSqlDatabase db = database.connection();
    TransactionGuard transaction(db);
    QSqlQuery order(db);
    order.prepare(QStringLiteral("INSERT INTO orders (id, catalog_id, catalog_version, account_id, account_name, state, requested_date, "
                                 "ordered_at, document, created_at, updated_at) VALUES (?, 'sla-test', '1', 'A', 'Bench account', "
                                 "'in-progress', ?, ?, '{}', ?, ?)"));
    QSqlQuery step(db);
    step.prepare(
        QStringLiteral("INSERT INTO steps (order_id, seq, id, name, type, scope, lane, plan_definition, step_key, lines, "
                       "depends_on, depth, estimated_seconds, point_of_no_return, state, updated_at, first_attempt_at, completed_at) "
                       "VALUES (?, ?, ?, ?, ?, 'line', ?, 'PD_KIT', ?, '[]', ?, ?, ?, 0, ?, ?, ?, ?)"));
    QSqlQuery task(db);
    task.prepare(QStringLiteral(
        "INSERT INTO tasks (order_id, step_id, queue, state, created_at, updated_at) VALUES (?, ?, 'workshop', 'open', ?, ?)"));
    const QString keys[] = { QStringLiteral("accept"), QStringLiteral("check"), QStringLiteral("stage"), QStringLiteral("assemble"),
                             QStringLiteral("pack"),   QStringLiteral("label"), QStringLiteral("ship"),  QStringLiteral("done") };
    const QString lanes[]
        = { QStringLiteral("intake"),   QStringLiteral("intake"),   QStringLiteral("workshop"), QStringLiteral("workshop"),
            QStringLiteral("shipping"), QStringLiteral("shipping"), QStringLiteral("shipping"), QStringLiteral("shipping") };
    for (int i = 0; i < orders; ++i) {
        const QString id = QStringLiteral("B-%1").arg(i, 6, 10, QLatin1Char('0'));
        const QDateTime created = now.addSecs(-3600LL * (6 + i % 48));
        const QDateTime started = now.addSecs(-60LL * (i % 360)); // the waiting step: 0 to 6 hours
        for (const QVariant& v : { QVariant(id), QVariant(now.addDays(i % 5).date().toString(Qt::ISODate)), QVariant(toStoreTime(created)),
                                   QVariant(toStoreTime(created)), QVariant(toStoreTime(now)) })
            order.addBindValue(v);
        if (!order.exec())
            return false;
        for (int s = 0; s < 8; ++s) {
            const QString stepId = QStringLiteral("line:1.F_KIT/") + keys[s];
            const QString state = s < 3 ? QStringLiteral("completed") : s == 3 ? QStringLiteral("waiting") : QStringLiteral("pending");
            const QDateTime stepStart = s < 3 ? created.addSecs(600LL * s) : started;
            const QString depends = s == 0 ? QStringLiteral("[]") : QStringLiteral("[\"line:1.F_KIT/%1\"]").arg(keys[s - 1]);
            for (const QVariant& v : { QVariant(id), QVariant(s), QVariant(stepId), QVariant(keys[s]),
                                       QVariant(s == 3 ? QStringLiteral("manualTask") : QStringLiteral("autoTask")), QVariant(lanes[s]),
                                       QVariant(keys[s]), QVariant(depends), QVariant(s), QVariant(qint64(s == 3 ? 7200 : 1800)),
                                       QVariant(state), QVariant(toStoreTime(now)), s <= 3 ? QVariant(toStoreTime(stepStart)) : QVariant(),
                                       s < 3 ? QVariant(toStoreTime(stepStart.addSecs(600))) : QVariant() })
                step.addBindValue(v);
            if (!step.exec())
                return false;
            if (s == 3) {
                for (const QVariant& v : { QVariant(id), QVariant(stepId), QVariant(toStoreTime(started)), QVariant(toStoreTime(started)) })
                    task.addBindValue(v);
                if (!task.exec())
                    return false;
            }
        }
    }
    return transaction.commit();
}
long peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// The monitor (what the engine's SLA participant runs on its thread) on an existing store.
int monitorStore(QTextStream& out, const QString& path, int runs, const QString& at, int chunk)
{
    Database database(path);
    if (const Status opened = database.openStore(); !opened) {
        out << opened.message() << '\n';
        return 1;
    }
    const QDateTime now = at.isEmpty() ? QDateTime::currentDateTimeUtc() : QDateTime::fromString(at, Qt::ISODate).toUTC();
    ManualClock clock(now);
    out << "store " << path << ", at " << now.toString(Qt::ISODate) << ", peak RSS after opening: " << peakRssMiB() << " MiB\n";
    QElapsedTimer timer;
    {
        SlaReader reader(database.connection());
        if (chunk > 0)
            reader.setChunkSize(chunk);
        qint64 steps = 0;
        timer.start();
        const Status read = reader.forEachOpenChunk([&steps](std::vector<SlaOrder>& orders) {
            for (const SlaOrder& order : orders)
                steps += qint64(order.steps.size());
            return Status();
        });
        if (!read) {
            out << "read: " << read.message() << '\n';
            return 1;
        }
        out << "read the open orders alone (SlaReader::forEachOpenChunk): " << qRound(ms(timer)) << " ms, " << steps << " steps\n";
    }
    JeopardyMonitor monitor(database, clock);
    if (chunk > 0)
        monitor.setChunkSize(chunk);
    for (int run = 0; run < runs; ++run) {
        std::vector<JeopardyChange> changes;
        timer.restart();
        const auto report = monitor.run(&changes);
        if (!report) {
            out << "monitor: " << report.message() << '\n';
            return 1;
        }
        out << "monitor run " << run + 1 << ": " << qRound(ms(timer)) << " ms, " << report->ordersEvaluated << " orders, "
            << report->stepsEvaluated << " open steps, " << report->findings.size() << " findings, " << report->forecasts.size()
            << " forecasts kept, " << changes.size() << " changes; peak RSS " << peakRssMiB() << " MiB\n";
        clock.advance(5000);
    }
    // As the engine's SLA participant runs it: 100 ms of chunks per call (per tick).
    std::vector<JeopardyChange> changes;
    std::vector<double> calls;
    std::optional<JeopardyReport> report;
    while (!report) {
        timer.restart();
        auto step = monitor.advance(&changes, 100);
        calls.push_back(ms(timer));
        if (!step) {
            out << "monitor: " << step.message() << '\n';
            return 1;
        }
        report = std::move(*step);
    }
    out << "spread over calls of 100 ms (engine ticks): " << calls.size() << " calls, the longest "
        << qRound(*std::max_element(calls.begin(), calls.end())) << " ms, the last (with the recording) " << qRound(calls.back()) << " ms, "
        << report->findings.size() << " findings; peak RSS " << peakRssMiB() << " MiB\n";
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Open orders (5 open steps each)."), QStringLiteral("N"),
                                          QStringLiteral("20000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions (best and median printed)."),
                                        QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("Run the monitor on this existing store."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption atOption(QStringLiteral("at"), QStringLiteral("--store: evaluate at this instant (default: now)."),
                                      QStringLiteral("TIME"));
    const QCommandLineOption makeOption(QStringLiteral("make"), QStringLiteral("Write the synthetic store here and stop."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption chunkOption(QStringLiteral("chunk"), QStringLiteral("--store: open orders per chunk."), QStringLiteral("N"));
    parser.addOptions({ ordersOption, runsOption, storeOption, atOption, chunkOption, makeOption });
    parser.process(app);
    if (parser.isSet(storeOption))
        return monitorStore(out, parser.value(storeOption), std::max(1, parser.value(runsOption).toInt()), parser.value(atOption),
                            parser.value(chunkOption).toInt());
    const int orders = std::max(1, parser.value(ordersOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    Database database(parser.isSet(makeOption) ? parser.value(makeOption) : dir.filePath(QStringLiteral("sla.db")));
    if (const Status opened = database.openStore(); !opened) {
        out << opened.message() << '\n';
        return 1;
    }
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()));
    StoreImporter importer(database, clock);
    if (!importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/sla/catalog.json"), QStringLiteral("bench")).ok()) {
        out << "cannot import the SLA test catalog\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!fillStore(database, orders, clock.now())) {
        out << "cannot fill the store\n";
        return 1;
    }
    out << "store: " << orders << " open orders, " << orders * 5 << " open steps, written in " << qRound(ms(timer)) << " ms\n";
    if (parser.isSet(makeOption))
        return 0;

    StepHistory history;
    for (int i = 0; i < 5000; ++i)
        history.add(QStringLiteral("PD_KIT"), QStringLiteral("pack"), QStringLiteral("shipping"), 600 + (i % 100) * 60);
    history.finish();

    std::vector<double> reads;
    std::vector<double> evaluations;
    JeopardyReport report;
    SlaReader reader(database.connection());
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        auto read = reader.openOrders();
        reads.push_back(ms(timer));
        timer.restart();
        if (!read) {
            out << "cannot read the open orders: " << read.message() << '\n';
            return 1;
        }
        report = JeopardyEvaluator(&history).evaluate(*read, clock.now());
        evaluations.push_back(ms(timer));
    }
    std::sort(reads.begin(), reads.end());
    std::sort(evaluations.begin(), evaluations.end());
    out << "read open orders (SlaReader):      best " << reads.front() << " ms, median " << reads[reads.size() / 2] << " ms\n";
    out << "evaluate (JeopardyEvaluator):      best " << evaluations.front() << " ms, median " << evaluations[evaluations.size() / 2]
        << " ms  (" << report.stepsEvaluated << " open steps, " << report.findings.size() << " findings)\n";

    JeopardyMonitor monitor(database, clock);
    timer.restart();
    std::vector<JeopardyChange> changes;
    if (const auto first = monitor.run(&changes); !first) {
        out << "monitor: " << first.message() << '\n';
        return 1;
    }
    out << "monitor, first run (records " << changes.size() << " changes): " << ms(timer) << " ms\n";
    std::vector<double> steady;
    for (int run = 0; run < runs; ++run) {
        clock.advance(5000);
        changes.clear();
        timer.restart();
        if (const auto again = monitor.run(&changes); !again) {
            out << "monitor: " << again.message() << '\n';
            return 1;
        }
        steady.push_back(ms(timer));
    }
    std::sort(steady.begin(), steady.end());
    out << "monitor, every 5 s after that:     best " << steady.front() << " ms, median " << steady[steady.size() / 2] << " ms ("
        << changes.size() << " changes in the last run)\n";
    return 0;
}
