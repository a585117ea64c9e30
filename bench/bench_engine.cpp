// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: durable execution of N orders of the 13-step fork/join plan (tests/data/engine/
// auto-catalog.json), every transition journalled in the store.
//   fw_bench_engine [--orders N] [--manual] [--store PATH] [--group N] [--one-commit-per-order] [--through-engine] [--slice N]
//     --manual: PD_MANUAL, one manual task per line, claimed and completed through the API
//     --group:  orders per transaction of the bulk import (default BulkImporter::defaultGroupSize)
//     --one-commit-per-order: import each order on its own (StoreImporter, as before the bulk import)
//     --store:  use this store file; the import is skipped when it already holds orders, so a copy
//               of an imported store can be run again and again (profiling)
//     --slice:  orders read from the store per run (as the workbench's engine does at start-up);
//               the time to the first transition is when the first run returns having moved one
//   fw_bench_engine --copies N --store PATH
//     makes a store of N orders of the automatic plan, never run, quickly (one imported order copied
//     by SQL, the bench-only generator): then run it with --store (a copy) as above
//   fw_bench_engine --waiting N [--fresh K] [--store PATH] [--import-only]
//     a cold start on a store of N orders waiting at the manual step (made once by a bench-only
//     generator: one imported order copied by SQL) and K orders imported, never run: load, time to
//     the first transition, peak RSS, then one waiting order's task completed (read back, moved)

#include "common/clock.h"
#include "engine/executor.h"
#include "io/orderinputs.h"
#include "store/bulkimporter.h"
#include "engine/runningorders.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace fw;

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

bool importOne(StoreImporter& importer, const QString& path, const QString& id, const QString& product)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(
        QStringLiteral("{\"formatVersion\":1,\"id\":\"%1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"1\",\"product\":\"%2\"}]}")
            .arg(id, product)
            .toUtf8());
    file.close();
    return importer.importOrder(path, QStringLiteral("bench"), QStringLiteral("auto-flow")).ok();
}

// Bench-only generator: TEMPLATE-0 imported and run to its manual task, then copied n - 1 times by
// SQL (every text column with the template's id replaced; ids of rowid tables left to SQLite).
bool copyTemplate(Database& database, int n)
{
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    if (!db.transaction())
        return false;
    const QString numbers = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ").arg(n - 1);
    for (const QString& table :
         { QStringLiteral("orders"), QStringLiteral("fulfillment_lines"), QStringLiteral("steps"), QStringLiteral("tasks") }) {
        QStringList columns;
        QStringList values;
        query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (query.next()) {
            const QString column = query.value(1).toString();
            const bool rowid
                = query.value(5).toInt() == 1 && query.value(2).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
            if (rowid)
                continue;
            columns << column;
            values << QStringLiteral("CASE WHEN typeof(t.%1) = 'text' THEN replace(t.%1, 'TEMPLATE-0', 'W-' || n.i) ELSE t.%1 END")
                          .arg(column);
        }
        const QString key = table == QLatin1String("orders") ? QStringLiteral("id") : QStringLiteral("order_id");
        if (!query.exec(numbers
                        + QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1 t, n WHERE t.%4 = 'TEMPLATE-0'")
                              .arg(table, columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')), key))) {
            QTextStream(stderr) << table << ": " << query.lastError().text() << '\n';
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

// A cold start on a store of orders waiting at the manual step, plus a few never run.
int waitingBench(QTextStream& out, Database& database, int waiting, int fresh, int slice, bool importOnly, const QString& scratch)
{
    SystemClock clock;
    QSqlQuery stored(database.connection());
    const int storedOrders = stored.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && stored.next() ? stored.value(0).toInt() : 0;
    QElapsedTimer timer;
    timer.start();
    if (storedOrders == 0) {
        StoreImporter importer(database, clock);
        if (!importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json"), QStringLiteral("bench")).ok()
            || !importOne(importer, scratch, QStringLiteral("TEMPLATE-0"), QStringLiteral("MANUAL")))
            return 1;
        {
            Executor executor(database, clock);
            if (!executor.load() || !executor.runUntilIdle())
                return 1;
        }
        if (!copyTemplate(database, waiting))
            return 1;
        for (int i = 0; i < fresh; ++i) {
            if (!importOne(importer, scratch, QStringLiteral("F-%1").arg(i), QStringLiteral("MANUAL")))
                return 1;
        }
        out << "store made: " << waiting << " orders waiting at the manual step, " << fresh << " never run, in "
            << QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 1) << " s\n";
        if (importOnly)
            return 0;
    }
    out << "before the engine: peak RSS " << peakRssMiB() << " MiB\n";
    timer.restart();
    Executor executor(database, clock);
    executor.setLoadSlice(slice);
    if (const Status loaded = executor.load(); !loaded) {
        out << loaded.message() << '\n';
        return 1;
    }
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    double firstTransition = -1;
    int transitions = 0;
    int runs = 0;
    do {
        const auto ran = executor.runUntilIdle();
        if (!ran) {
            out << ran.message() << '\n';
            return 1;
        }
        ++runs;
        transitions += *ran;
        if (*ran > 0 && firstTransition < 0)
            firstTransition = double(timer.nsecsElapsed()) / 1e9;
    } while (executor.moreDue());
    const double settledSeconds = double(timer.nsecsElapsed()) / 1e9;
    out << executor.orderIds().size() << " orders held, " << executor.orders().residentCount() << " in memory after " << runs
        << " run(s) of at most " << slice << " orders read\n"
        << "  load " << QString::number(loadSeconds * 1000, 'f', 0) << " ms, first transition "
        << QString::number(firstTransition * 1000, 'f', 0) << " ms after start, all due orders moved (" << transitions << " transitions) "
        << QString::number(settledSeconds * 1000, 'f', 0) << " ms after start; peak RSS " << peakRssMiB() << " MiB\n";
    // An order waiting at its task: the person completes it, the order is read back and moves on.
    QSqlQuery task(database.connection());
    task.exec(QStringLiteral("SELECT id FROM tasks WHERE state = 'open' AND order_id LIKE 'W-%' ORDER BY id DESC LIMIT 1"));
    const qint64 taskId = task.next() ? task.value(0).toLongLong() : 0;
    timer.restart();
    Status claimed = executor.tasks().claim(taskId, QStringLiteral("picker"));
    if (claimed)
        claimed = executor.tasks().complete(taskId, QStringLiteral("picker"), { { QStringLiteral("picker"), QStringLiteral("p1") } });
    if (!claimed) {
        out << "completing task " << taskId << " failed: " << claimed.message() << "\n";
        return 1;
    }
    const auto ran = executor.runUntilIdle();
    out << "  a waiting order's task claimed and completed, the order read back and run to its end: "
        << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1) << " ms (" << ran.valueOr(0) << " more transitions), "
        << executor.orders().residentCount() << " in memory, peak RSS " << peakRssMiB() << " MiB\n";
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Orders."), QStringLiteral("N"),
                                          QStringLiteral("10000"));
    const QCommandLineOption manualOption(QStringLiteral("manual"), QStringLiteral("Use the plan with one manual task per line."));
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("Store file (kept; import skipped if it has orders)."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption importOnlyOption(QStringLiteral("import-only"), QStringLiteral("Stop after the import (with --store)."));
    const QCommandLineOption groupOption(QStringLiteral("group"), QStringLiteral("Orders per import transaction."), QStringLiteral("N"),
                                         QString::number(BulkImporter::defaultGroupSize));
    const QCommandLineOption throughEngineOption(QStringLiteral("through-engine"),
                                                 QStringLiteral("Import into a running engine, which takes each group up as it is "
                                                                "committed (the workbench's case), instead of loading afterwards."));
    const QCommandLineOption perOrderOption(QStringLiteral("one-commit-per-order"), QStringLiteral("Import order by order."));
    const QCommandLineOption sliceOption(QStringLiteral("slice"), QStringLiteral("Orders read per run (0: all due)."), QStringLiteral("N"),
                                         QStringLiteral("250"));
    const QCommandLineOption waitingOption(QStringLiteral("waiting"), QStringLiteral("Cold start on N orders waiting at the manual step."),
                                           QStringLiteral("N"));
    const QCommandLineOption freshOption(QStringLiteral("fresh"), QStringLiteral("With --waiting: orders never run."), QStringLiteral("K"),
                                         QStringLiteral("10"));
    const QCommandLineOption copiesOption(QStringLiteral("copies"), QStringLiteral("With --store: make N automatic orders, never run."),
                                          QStringLiteral("N"));
    parser.addOptions({ ordersOption, manualOption, storeOption, importOnlyOption, sliceOption, waitingOption, freshOption, copiesOption,
                        groupOption, perOrderOption, throughEngineOption });
    parser.process(app);
    const int slice = parser.value(sliceOption).toInt();
    int orders = parser.value(ordersOption).toInt();
    const bool manual = parser.isSet(manualOption);

    QTemporaryDir dir;
    Database database(parser.isSet(storeOption) ? parser.value(storeOption) : dir.filePath(QStringLiteral("bench.db")));
    if (const Status opened = database.openStore(); !opened) {
        out << opened.message() << '\n';
        return 1;
    }
    if (parser.isSet(copiesOption)) {
        SystemClock clock;
        StoreImporter importer(database, clock);
        QElapsedTimer made;
        made.start();
        if (!importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json"), QStringLiteral("bench")).ok()
            || !importOne(importer, dir.filePath(QStringLiteral("order.json")), QStringLiteral("TEMPLATE-0"), QStringLiteral("AUTO"))
            || !copyTemplate(database, parser.value(copiesOption).toInt()))
            return 1;
        out << parser.value(copiesOption) << " orders made in " << QString::number(double(made.nsecsElapsed()) / 1e9, 'f', 1) << " s\n";
        return 0;
    }
    if (parser.isSet(waitingOption))
        return waitingBench(out, database, parser.value(waitingOption).toInt(), parser.value(freshOption).toInt(), slice,
                            parser.isSet(importOnlyOption), dir.filePath(QStringLiteral("order.json")));
    SystemClock clock;
    StoreImporter importer(database, clock);
    QSqlQuery stored(database.connection());
    const int storedOrders = stored.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && stored.next() ? stored.value(0).toInt() : 0;
    stored.finish(); // no read left open on the connection the import uses
    if (storedOrders > 0)
        orders = storedOrders;
    else if (!importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json"), QStringLiteral("bench")).ok())
        return 1;
    // The orders as NDJSON (what `fwctl import order -` reads), made before the clock starts.
    QByteArray ndjson;
    for (int i = 0; storedOrders == 0 && i < orders; ++i)
        ndjson += QStringLiteral(
                      "{\"formatVersion\":1,\"id\":\"B-%1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"1\",\"product\":\"%2\"}]}\n")
                      .arg(i)
                      .arg(manual ? QStringLiteral("MANUAL") : QStringLiteral("AUTO"))
                      .toUtf8();
    const bool throughEngine = parser.isSet(throughEngineOption);
    Executor executor(database, clock);
    executor.setLoadSlice(slice);
    QElapsedTimer timer;
    timer.start();
    if (throughEngine) {
        if (const Status loaded = executor.load(); !loaded) {
            out << loaded.message() << '\n';
            return 1;
        }
    }
    double loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double importCpuBefore = cpuSeconds();
    timer.restart();
    if (storedOrders == 0 && parser.isSet(perOrderOption)) {
        const QString orderFile = dir.filePath(QStringLiteral("order.json"));
        for (const QByteArray& line : ndjson.split('\n')) {
            QFile file(orderFile);
            if (line.isEmpty())
                continue;
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return 1;
            file.write(line);
            file.close();
            if (!importer.importOrder(orderFile, QStringLiteral("bench"), QStringLiteral("auto-flow")).ok())
                return 1;
        }
    } else if (storedOrders == 0) {
        QBuffer buffer(&ndjson);
        buffer.open(QIODevice::ReadOnly);
        OrderInputs inputs({ OrderInputs::stdinPath }, &buffer);
        const int group = parser.value(groupOption).toInt();
        const BulkImportReport report = throughEngine
            ? executor.imports().importOrders(inputs, QStringLiteral("bench"), QStringLiteral("auto-flow"), {}, group)
            : BulkImporter(database, clock, QStringLiteral("bench"), QStringLiteral("auto-flow"), group).run(inputs);
        if (int(report.imported.size()) != orders || !report.notes.isEmpty()) {
            out << report.summary() << '\n' << report.notes.join(QLatin1Char('\n')) << '\n';
            return 1;
        }
    }
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double importCpuSeconds = cpuSeconds() - importCpuBefore;
    if (parser.isSet(importOnlyOption)) {
        out << orders << " orders imported in " << QString::number(importSeconds, 'f', 2)
            << " s = " << QString::number(orders / importSeconds, 'f', 0) << " orders/s (CPU " << QString::number(importCpuSeconds, 'f', 2)
            << " s)\n";
        return 0;
    }

    timer.restart();
    double runLoadSeconds = 0; // the run's clock starts with load(), as the first transition's does
    if (!throughEngine) {
        if (const Status loaded = executor.load(); !loaded) {
            out << loaded.message() << '\n';
            return 1;
        }
        loadSeconds = double(timer.nsecsElapsed()) / 1e9;
        runLoadSeconds = loadSeconds;
    }
    const double cpuBefore = cpuSeconds();
    int transitions = 0;
    double firstTransition = -1;
    Result<int> ran = 0;
    do { // a slice of due orders per run, as the workbench's engine does
        ran = executor.runUntilIdle();
        if (!ran) {
            out << ran.message() << '\n';
            return 1;
        }
        transitions += *ran;
        if (*ran > 0 && firstTransition < 0)
            firstTransition = double(timer.nsecsElapsed()) / 1e9; // since the start of load()
    } while (executor.moreDue());
    if (manual) {
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("SELECT id FROM tasks WHERE state = 'open'"));
        std::vector<qint64> tasks;
        while (query.next())
            tasks.push_back(query.value(0).toLongLong());
        for (qint64 task : tasks) {
            if (!executor.tasks().claim(task, QStringLiteral("picker"))
                || !executor.tasks().complete(task, QStringLiteral("picker"), { { QStringLiteral("picker"), QStringLiteral("p1") } }))
                return 1;
        }
        ran = executor.runUntilIdle();
        if (!ran) {
            out << ran.message() << '\n';
            return 1;
        }
        transitions += *ran;
    }
    const double runSeconds = double(timer.nsecsElapsed()) / 1e9 - runLoadSeconds;
    const double runCpuSeconds = cpuSeconds() - cpuBefore;
    QSqlQuery check(database.connection());
    check.exec(QStringLiteral("SELECT COUNT(*), (SELECT COUNT(*) FROM journal) FROM orders WHERE state = 'completed'"));
    check.next();
    const int completed = check.value(0).toInt();
    const int journal = check.value(1).toInt();
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << orders << " orders x 13 steps" << (manual ? " (one manual task each, claimed and completed via the API)" : "") << ": "
        << completed << " completed, " << journal << " journal rows\n"
        << (storedOrders > 0 ? QStringLiteral("  import skipped: the store already held the orders\n")
                             : QStringLiteral("  import (validate, plan, store%3) %1 s = %2 orders/s (CPU %4 s)\n")
                                   .arg(QString::number(importSeconds, 'f', 2), QString::number(orders / importSeconds, 'f', 0),
                                        parser.isSet(perOrderOption) ? QStringLiteral(", one commit per order")
                                                                     : QStringLiteral(", groups of ") + parser.value(groupOption)
                                                + (throughEngine ? QStringLiteral(", taken up by the running engine") : QString()),
                                        QString::number(importCpuSeconds, 'f', 2)))
        << (storedOrders > 0 ? QString()
                             : QStringLiteral("  import + load + run end to end %1 s = %2 orders/s\n")
                                   .arg(QString::number(importSeconds + loadSeconds + runSeconds, 'f', 2),
                                        QString::number(orders / (importSeconds + loadSeconds + runSeconds), 'f', 0)))
        << "  load " << QString::number(loadSeconds, 'f', 2) << " s, first transition " << QString::number(firstTransition, 'f', 2)
        << " s after the start of load (slice " << slice << "), run " << QString::number(runSeconds, 'f', 2)
        << " s = " << QString::number(orders / runSeconds, 'f', 0) << " orders/s, " << QString::number(orders * 13 / runSeconds, 'f', 0)
        << " steps/s (CPU " << QString::number(runCpuSeconds, 'f', 2) << " s), peak RSS " << usage.ru_maxrss / 1024 << " MiB\n";
    return completed == orders ? 0 : 1;
}
