// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: the sync protocol over loopback (docs/sync.md). Push and pull throughput of journal
// events, as protocol calls (RemoteJournal, RemoteLeases) and end to end (SyncAgent rounds between two SQLite
// stores), lease acquisition, and the latency of one event from workstation A's journal to
// workstation B's (LISTEN/NOTIFY fw_events).
//   fw_bench_sync [--events N] [--orders N] [--batch N] [--samples N] [--leases N] [--run-orders N]
//                 [--remote CONNINFO | --durable] [--only protocol,e2e,backlog,leases,latency]
//     Without --remote a private PostgreSQL 15 is started (ThrowawayPostgres, tests/support).
//     With it, use a scratch database: the bench publishes orders and takes their leases (ids
//     start with a run prefix, and their leases are marked done at the end).

#include "common/clock.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/journal.h"
#include "store/ordersnapshot.h"
#include "sync/pgconnection.h"
#include "sync/remoteschema.h"
#include "sync/remotestore.h"
#include "sync/syncagent.h"
#include "syncbenchreport.h"
#include "syncbenchstores.h"
#ifdef FW_BENCH_THROWAWAY_POSTGRES
#include "throwawaypostgres.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <latch>
#include <mutex>
#include <thread>

#include <unistd.h>

using namespace fw;
using namespace fw::bench;

namespace {

struct Options {
    qint64 events = 200000;
    int orders = 2000;
    int batch = 20000;
    int samples = 200;
    int leases = 10000;
    int runOrders = 1000;
    QString conninfo;
    QString prefix; // of every id this run makes
    QStringList only; // the parts to run; empty: all
    bool runs(const char* part) const { return only.isEmpty() || only.contains(QLatin1String(part)); }
};

void protocolPushAndPull(const Options& o, const EventFactory& factory, const QString& snapshotTemplate, const QString& templateId)
{
    out() << "\n1. Push and pull, protocol calls (RemoteJournal, RemoteLeases), " << grouped(double(o.events)) << " events over "
          << o.orders << " orders, batches of " << o.batch << Qt::endl;
    auto connection = connectTo(o.conninfo);
    RemoteStore store(*connection, o.prefix + QStringLiteral("-p"));
    const PullCursor before = newest(*connection);
    QStringList orderIds;
    std::vector<qint64> tokens;
    QElapsedTimer timer;
    timer.start();
    Cpu cpuBefore = cpuMeter.now();
    for (int i = 0; i < o.orders; ++i) {
        orderIds << QStringLiteral("%1-P-%2").arg(o.prefix).arg(i);
        tokens.push_back(need<Lease>(store.leases().registerOrder(orderIds.back(), orderDocument(orderIds.back()), 3600)).fencingToken);
    }
    report({ QStringLiteral("registerOrder (lease + inbound document, one transaction each)"),
             o.orders,
             secondsOf(timer),
             QStringLiteral("orders"),
             {},
             cpuMeter.now() - cpuBefore });

    for (const bool withSnapshots : { false, true }) {
        const qint64 seqBase = withSnapshots ? o.events : 0;
        double seconds = 0;
        Cpu cpu { 0, 0 };
        qint64 accepted = 0, snapshotBytes = 0, snapshotCount = 0;
        for (qint64 start = 0; start < o.events; start += o.batch) {
            std::vector<SyncEvent> events;
            std::vector<SyncSnapshot> snapshots;
            std::vector<bool> touched(std::size_t(o.orders), false);
            for (qint64 i = start; i < std::min(o.events, start + o.batch); ++i) {
                const int order = int(i % o.orders);
                events.push_back(factory.make(orderIds[order], seqBase + i + 1, tokens[std::size_t(order)]));
                if (withSnapshots && !touched[std::size_t(order)]) {
                    touched[std::size_t(order)] = true;
                    QString json = snapshotTemplate;
                    json.replace(templateId, orderIds[order]);
                    snapshotBytes += json.size();
                    snapshots.push_back({ orderIds[order], {}, tokens[std::size_t(order)], 0, QStringLiteral("running"), json });
                }
            }
            snapshotCount += qint64(snapshots.size());
            cpuBefore = cpuMeter.now();
            timer.restart();
            const PushOutcome outcome = need<PushOutcome>(store.journal().push(events, snapshots));
            seconds += secondsOf(timer);
            cpu += cpuMeter.now() - cpuBefore;
            accepted += outcome.accepted;
            if (!outcome.refusedOrders.isEmpty())
                die(QStringLiteral("push refused orders: ") + outcome.refusedOrders.join(QStringLiteral(", ")));
        }
        if (accepted != o.events)
            die(QStringLiteral("push accepted %1 of %2 events").arg(accepted).arg(o.events));
        report({ withSnapshots ? QStringLiteral("RemoteJournal::push, with a snapshot per order and batch")
                               : QStringLiteral("RemoteJournal::push, events only"),
                 o.events, seconds, QStringLiteral("events"),
                 withSnapshots ? QStringLiteral("%1 snapshots of %2 bytes")
                                     .arg(grouped(double(snapshotCount)))
                                     .arg(snapshotBytes / std::max<qint64>(1, snapshotCount))
                               : QString(),
                 cpu });
    }

    auto readerConnection = connectTo(o.conninfo);
    RemoteStore reader(*readerConnection, o.prefix + QStringLiteral("-q"));
    qint64 events = 0, snapshots = 0;
    PullCursor after = before;
    int pulls = 0;
    cpuBefore = cpuMeter.now();
    timer.restart();
    for (bool more = true; more; ++pulls) {
        const PulledBatch batch = need<PulledBatch>(reader.journal().pull(after, o.batch));
        events += qint64(batch.events.size());
        snapshots += qint64(batch.snapshots.size());
        after = batch.through;
        more = batch.more;
    }
    report({ QStringLiteral("RemoteJournal::pull"), events, secondsOf(timer), QStringLiteral("events"),
             QStringLiteral("%1 pulls, %2 snapshots").arg(pulls).arg(snapshots), cpuMeter.now() - cpuBefore });
    if (events != 2 * o.events)
        die(QStringLiteral("pulled %1 events, expected %2").arg(events).arg(2 * o.events));
}

struct Workstations {
    std::unique_ptr<LocalStore> a, b;
};

Workstations endToEnd(const Options& o, const Clock& clock, const EventFactory& factory, std::unique_ptr<LocalStore> a, PgConnection& admin)
{
    out() << "\n2. Push and pull end to end (SyncAgent rounds, SQLite store to SQLite store)" << Qt::endl;
    Workstations ws;
    ws.b = makeStore(clock, o.prefix + QStringLiteral("-Bown"), 0);
    const QString wsA = o.prefix + QStringLiteral("-a"), wsB = o.prefix + QStringLiteral("-b");
    auto agentA = makeAgent(*a->database, clock, o.conninfo, wsA, o.batch, admin);
    QElapsedTimer timer;
    timer.start();
    int rounds = 0;
    Cpu cpuBefore = cpuMeter.now();
    const double first = pushAll(*agentA, &rounds);
    report({ QStringLiteral("A's first rounds: register its orders, push their import events"), a->orderIds.size(), first,
             QStringLiteral("orders"), QStringLiteral("%1 round(s)").arg(rounds), cpuMeter.now() - cpuBefore });

    auto agentB = makeAgent(*ws.b->database, clock, o.conninfo, wsB, o.batch, admin);
    roundOk(*agentB); // copies the catalog
    const qint64 pushedBefore = agentA->status().pushedEvents;
    timer.restart();
    writeJournal(*a, factory, o.events);
    report({ QStringLiteral("A writes journal rows (one SQLite transaction)"), o.events, secondsOf(timer), QStringLiteral("events") });
    cpuBefore = cpuMeter.now();
    const double pushSeconds = pushAll(*agentA, &rounds);
    const Cpu pushCpu = cpuMeter.now() - cpuBefore;
    const SyncStatus afterPush = agentA->status();
    if (afterPush.pushedEvents - pushedBefore != o.events || afterPush.openConflicts != 0)
        die(QStringLiteral("A pushed %1 of %2 events, %3 conflicts")
                .arg(afterPush.pushedEvents - pushedBefore)
                .arg(o.events)
                .arg(afterPush.openConflicts));
    report({ QStringLiteral("SyncAgent rounds on A until nothing is queued (push)"), o.events, pushSeconds, QStringLiteral("events"),
             QStringLiteral("%1 rounds").arg(rounds), pushCpu });

    cpuBefore = cpuMeter.now();
    timer.restart();
    rounds = 0;
    SyncStatus status;
    do {
        status = roundOk(*agentB);
        ++rounds;
    } while (status.catchingUp);
    const double pullSeconds = secondsOf(timer);
    const Cpu pullCpu = cpuMeter.now() - cpuBefore;
    const qint64 arrived = countOf(*ws.b->database, QStringLiteral("SELECT COUNT(*) FROM journal WHERE origin = '%1'").arg(wsA));
    if (arrived != o.events)
        die(QStringLiteral("B has %1 of A's %2 events").arg(arrived).arg(o.events));
    report({ QStringLiteral("SyncAgent rounds on B until caught up (pull + apply)"), o.events, pullSeconds, QStringLiteral("events"),
             QStringLiteral("%1 rounds, %2 replicas")
                 .arg(rounds)
                 .arg(countOf(*ws.b->database, QStringLiteral("SELECT COUNT(*) FROM orders WHERE replica_of IS NOT NULL"))),
             pullCpu });
    ws.a = std::move(a);
    return ws;
}

// Orders run by the engine (47 journal rows each), then pushed as one backlog.
void executorBacklog(const Options& o, const Clock& clock, PgConnection& admin)
{
    if (o.runOrders <= 0)
        return;
    out() << "\n3. Push of an engine-run backlog: " << o.runOrders << " orders run to completion by fw::Executor, then synced" << Qt::endl;
    auto store = makeStore(clock, o.prefix + QStringLiteral("-X"), o.runOrders);
    {
        Executor executor(*store->database, clock);
        need(executor.load());
        if (const Result<int> ran = executor.runUntilIdle(); !ran)
            die(ran.message());
    }
    const qint64 local
        = countOf(*store->database, QStringLiteral("SELECT COUNT(*) FROM journal WHERE origin = 'local' AND order_id IS NOT NULL"));
    auto agent = makeAgent(*store->database, clock, o.conninfo, o.prefix + QStringLiteral("-x"), o.batch, admin);
    int rounds = 0;
    const Cpu cpuBefore = cpuMeter.now();
    const double seconds = pushAll(*agent, &rounds);
    const Cpu cpu = cpuMeter.now() - cpuBefore;
    const SyncStatus status = agent->status();
    report({ QStringLiteral("SyncAgent rounds, engine-run backlog (registration included)"), local, seconds, QStringLiteral("events"),
             QStringLiteral("%1 rounds; accepted %2, conflicts %3").arg(rounds).arg(status.pushedEvents).arg(status.openConflicts), cpu });
    if (status.pushedEvents != local || status.openConflicts != 0)
        out() << "  WARNING: the shared journal accepted " << status.pushedEvents << " of " << local << " events; " << status.openConflicts
              << " conflicts (events refused)" << Qt::endl;
}

void leaseAcquisition(const Options& o)
{
    out() << "\n4. Lease acquisition (acquireFree) of published inbound orders" << Qt::endl;
    auto connection = connectTo(o.conninfo);
    RemoteStore store(*connection, o.prefix + QStringLiteral("-l"));
    for (const int batch : { 100, 1 }) {
        const int orders = batch == 1 ? std::max(1, o.leases / 10) : o.leases;
        QElapsedTimer timer;
        timer.start();
        need(connection->begin());
        for (int i = 0; i < orders; ++i) {
            const QString id = QStringLiteral("%1-I%2-%3").arg(o.prefix).arg(batch).arg(i);
            need(store.publishOrder(id, orderDocument(id)));
        }
        need(connection->commit());
        report({ QStringLiteral("publishOrder (one transaction for all)"), orders, secondsOf(timer), QStringLiteral("orders") });
        qint64 taken = 0;
        int calls = 0;
        const Cpu cpuBefore = cpuMeter.now();
        timer.restart();
        for (;;) {
            const auto leases = need<std::vector<Lease>>(store.leases().acquireFree(batch, 3600));
            ++calls;
            taken += qint64(leases.size());
            if (int(leases.size()) < batch)
                break;
        }
        report({ QStringLiteral("acquireFree(%1)").arg(batch), taken, secondsOf(timer), QStringLiteral("leases"),
                 QStringLiteral("%1 calls").arg(calls), cpuMeter.now() - cpuBefore });
    }
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5))];
}

void latency(const Options& o, const Clock& clock, Workstations& ws, PgConnection& admin)
{
    out() << "\n5. Latency: one event written on A until it is in B's journal (" << o.samples << " samples)" << Qt::endl;
    // Both join anew: what other phases pushed meanwhile is not part of this measure.
    auto agentA = makeAgent(*ws.a->database, clock, o.conninfo, o.prefix + QStringLiteral("-a"), o.batch, admin);
    std::atomic<bool> stop = false;
    std::atomic<qint64> arrivals = 0, arrivalNs = 0, wokenByNotification = 0, roundsB = 0;
    std::mutex mutex;
    std::condition_variable arrived;
    std::latch ready(1);
    std::vector<double> roundMsB;
    std::thread threadB([&] {
        Database& database = *ws.b->database;
        {
            auto agent = makeAgent(database, clock, o.conninfo, o.prefix + QStringLiteral("-b"), o.batch, admin);
            qint64 seen = agent->status().pulledEvents;
            ready.count_down();
            while (!stop) {
                const bool woken = agent->waitForWork(1000);
                const qint64 start = nowNs();
                const SyncStatus status = roundOk(*agent);
                const qint64 end = nowNs();
                ++roundsB;
                if (status.pulledEvents > seen) {
                    seen = status.pulledEvents;
                    wokenByNotification += woken;
                    std::lock_guard lock(mutex);
                    roundMsB.push_back(double(end - start) / 1e6);
                    arrivalNs = end;
                    arrivals = seen;
                    arrived.notify_all();
                }
            }
        }
        const QString name = database.connection().connectionName();
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    });
    ready.wait();
    std::vector<double> latencies, roundMsA;
    QSqlDatabase db = ws.a->database->connection();
    const QStringList& steps = stepIdsOf(*ws.a->database, ws.a->orderIds.front());
    int lost = 0;
    for (int i = 0; i < o.samples; ++i) {
        const QString orderId = ws.a->orderIds[i % ws.a->orderIds.size()];
        const qint64 written = nowNs();
        need(Journal::record(db,
                             { 0, clock.now(), orderId, steps[i % steps.size()], QStringLiteral("step.state"), QStringLiteral("engine"),
                               QStringLiteral("ready"), QStringLiteral("running"), QStringLiteral("{\"sample\":%1}").arg(i) }));
        const qint64 start = nowNs();
        roundOk(*agentA);
        roundMsA.push_back(double(nowNs() - start) / 1e6);
        std::unique_lock lock(mutex);
        if (!arrived.wait_for(lock, std::chrono::seconds(5), [&] { return arrivals.load() >= i + 1; })) {
            ++lost;
            break;
        }
        latencies.push_back(double(arrivalNs - written) / 1e6);
        lock.unlock();
        std::this_thread::sleep_for(std::chrono::milliseconds(20 + i % 7)); // B idles in waitForWork again
    }
    stop = true;
    threadB.join();
    if (lost)
        die(QStringLiteral("sample %1 did not arrive on B within 5 s").arg(latencies.size() + 1));
    out() << "  A event -> B journal: median " << grouped(percentile(latencies, 0.5), 1) << " ms, p95 "
          << grouped(percentile(latencies, 0.95), 1) << " ms, max " << grouped(percentile(latencies, 1.0), 1) << " ms; A's round median "
          << grouped(percentile(roundMsA, 0.5), 1) << " ms, B's round median " << grouped(percentile(roundMsB, 0.5), 1) << " ms; "
          << wokenByNotification.load() << " of " << latencies.size() << " woken by NOTIFY" << Qt::endl;
    figures.push_back({ QStringLiteral("latency A -> B (median / p95 / max ms)"), qint64(latencies.size()), 0, QStringLiteral("samples"),
                        QStringLiteral("%1 / %2 / %3")
                            .arg(grouped(percentile(latencies, 0.5), 1), grouped(percentile(latencies, 0.95), 1),
                                 grouped(percentile(latencies, 1.0), 1)) });
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events pushed and pulled."), QStringLiteral("N"),
                                          QStringLiteral("200000"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Orders the events are spread over."),
                                          QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Events per push or pull."), QStringLiteral("N"),
                                         QStringLiteral("20000"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("Latency samples."), QStringLiteral("N"),
                                           QStringLiteral("200"));
    const QCommandLineOption leasesOption(QStringLiteral("leases"),
                                          QStringLiteral("Inbound orders leased 100 at a time (a tenth of it one at a time)."),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runOrdersOption(QStringLiteral("run-orders"),
                                             QStringLiteral("Orders run by the engine, then pushed as a backlog (0: skip)."),
                                             QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption remoteOption(QStringLiteral("remote"),
                                          QStringLiteral("Use this PostgreSQL (a scratch database) instead of a private one."),
                                          QStringLiteral("CONNINFO"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Run only these parts: protocol, e2e, backlog, leases, latency (needs e2e)."),
                                        QStringLiteral("LIST"));
    const QCommandLineOption durableOption(
        QStringLiteral("durable"), QStringLiteral("The private server keeps fsync and full_page_writes on, as a production server does."));
    parser.addOptions(
        { eventsOption, ordersOption, batchOption, samplesOption, leasesOption, runOrdersOption, remoteOption, onlyOption, durableOption });
    parser.process(app);
    Options o;
    o.events = parser.value(eventsOption).toLongLong();
    o.orders = parser.value(ordersOption).toInt();
    o.batch = parser.value(batchOption).toInt();
    o.samples = parser.value(samplesOption).toInt();
    o.leases = parser.value(leasesOption).toInt();
    o.runOrders = parser.value(runOrdersOption).toInt();
    o.only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (o.runs("latency") && !o.only.isEmpty() && !o.runs("e2e"))
        o.only << QStringLiteral("e2e");
    if (o.events <= 0 || o.orders <= 0 || o.batch <= 0 || o.samples < 0 || o.leases <= 0)
        die(QStringLiteral("--events, --orders, --batch and --leases must be positive"));
    o.prefix = QStringLiteral("bench%1").arg(QString::number(QDateTime::currentMSecsSinceEpoch(), 36));

    out() << "fw_bench_sync: " << QCoreApplication::arguments().join(QLatin1Char(' ')) << "\n  load average before: " << loadAverage()
          << ", " << std::thread::hardware_concurrency() << " cores" << Qt::endl;
#ifdef FW_BENCH_THROWAWAY_POSTGRES
    ThrowawayPostgres server;
#endif
    if (parser.isSet(remoteOption)) {
        o.conninfo = parser.value(remoteOption);
    } else {
#ifdef FW_BENCH_THROWAWAY_POSTGRES
        server.setDurable(parser.isSet(durableOption));
        need(server.start());
        o.conninfo = server.conninfo();
#else
        die(QStringLiteral("built without tests/support (FW_BUILD_TESTS=OFF): give --remote CONNINFO"));
#endif
    }
    auto admin = connectTo(o.conninfo);
    need(RemoteSchema::migrate(*admin));
    cpuMeter.watchServer(need<PgResult>(admin->query(QStringLiteral("SELECT pg_backend_pid()"))).number(0, 0));
    const PgResult settings
        = need<PgResult>(admin->query(QStringLiteral("SELECT current_setting('server_version'), current_setting('shared_buffers'), "
                                                     "current_setting('synchronous_commit'), current_setting('fsync')")));
    out() << "  server " << PgConnection::masked(o.conninfo) << ": PostgreSQL " << settings.value(0, 0) << ", shared_buffers "
          << settings.value(0, 1) << ", synchronous_commit " << settings.value(0, 2) << ", fsync " << settings.value(0, 3) << Qt::endl;

    SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    auto storeA = makeStore(clock, o.prefix + QStringLiteral("-A"), o.runs("e2e") ? o.orders : 1);
    out() << "  workstation A's store: " << storeA->orderIds.size() << " orders imported in " << grouped(secondsOf(timer), 1) << " s"
          << Qt::endl;
    QFile catalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json"));
    if (!catalog.open(QIODevice::ReadOnly))
        die(catalog.fileName() + QStringLiteral(": cannot read"));
    need(RemoteStore(*admin, o.prefix + QStringLiteral("-pub"))
             .publishCatalog(QStringLiteral("auto-flow"), QStringLiteral("1"), QStringLiteral("Automatic 13-step flow"),
                             QString::fromUtf8(catalog.readAll())));
    const QString templateId = storeA->orderIds.front();
    const auto captured = OrderSnapshots(storeA->database->connection()).capture(templateId);
    if (!captured)
        die(QStringLiteral("cannot capture order ") + templateId);
    const EventFactory factory(stepIdsOf(*storeA->database, templateId));

    if (o.runs("protocol"))
        protocolPushAndPull(o, factory, captured->json, templateId);
    Workstations ws;
    if (o.runs("e2e"))
        ws = endToEnd(o, clock, factory, std::move(storeA), *admin);
    if (o.runs("backlog"))
        executorBacklog(o, clock, *admin);
    if (o.runs("leases"))
        leaseAcquisition(o);
    if (o.runs("latency") && o.samples > 0)
        latency(o, clock, ws, *admin);
    if (parser.isSet(remoteOption))
        need(admin->execute(QStringLiteral("UPDATE fw.leases SET done = true WHERE order_id LIKE $1"), { o.prefix + QLatin1Char('%') }));
    printTable();
    out() << "  load average after: " << loadAverage() << Qt::endl;
    return 0;
}
