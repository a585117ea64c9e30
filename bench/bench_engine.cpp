// Benchmark: durable execution of N orders of the 13-step fork/join plan (tests/data/engine/
// auto-catalog.json), every transition journalled in the store.
//   fw_bench_engine [--orders N] [--manual] [--store PATH] [--group N] [--one-commit-per-order]
//     --manual: PD_MANUAL, one manual task per line, claimed and completed through the API
//     --group:  orders per transaction of the bulk import (default BulkImporter::defaultGroupSize)
//     --one-commit-per-order: import each order on its own (StoreImporter, as before the bulk import)
//     --store:  use this store file; the import is skipped when it already holds orders, so a copy
//               of an imported store can be run again and again (profiling)

#include "common/clock.h"
#include "engine/executor.h"
#include "io/orderinputs.h"
#include "store/bulkimporter.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace fw;

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
    parser.addOptions({ ordersOption, manualOption, storeOption, importOnlyOption, groupOption, perOrderOption, throughEngineOption });
    parser.process(app);
    int orders = parser.value(ordersOption).toInt();
    const bool manual = parser.isSet(manualOption);

    QTemporaryDir dir;
    Database database(parser.isSet(storeOption) ? parser.value(storeOption) : dir.filePath(QStringLiteral("bench.db")));
    if (const Status opened = database.openStore(); !opened) {
        out << opened.message() << '\n';
        return 1;
    }
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
    const auto cpuSeconds = [] {
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    };
    const bool throughEngine = parser.isSet(throughEngineOption);
    Executor executor(database, clock);
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
    if (!throughEngine) {
        if (const Status loaded = executor.load(); !loaded) {
            out << loaded.message() << '\n';
            return 1;
        }
        loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    }
    timer.restart();
    const double cpuBefore = cpuSeconds();
    auto ran = executor.runUntilIdle();
    if (!ran) {
        out << ran.message() << '\n';
        return 1;
    }
    int transitions = *ran;
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
    const double runSeconds = double(timer.nsecsElapsed()) / 1e9;
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
        << "  load " << QString::number(loadSeconds, 'f', 2) << " s, run " << QString::number(runSeconds, 'f', 2)
        << " s = " << QString::number(orders / runSeconds, 'f', 0) << " orders/s, " << QString::number(orders * 13 / runSeconds, 'f', 0)
        << " steps/s (CPU " << QString::number(runCpuSeconds, 'f', 2) << " s), peak RSS " << usage.ru_maxrss / 1024 << " MiB\n";
    return completed == orders ? 0 : 1;
}
