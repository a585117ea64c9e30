// Benchmark: the sync protocol over loopback (docs/sync.md). Push and pull throughput of journal
// events, as protocol calls (RemoteStore) and end to end (SyncAgent rounds between two SQLite
// stores), lease acquisition, and the latency of one event from workstation A's journal to
// workstation B's (LISTEN/NOTIFY fw_events).
//   fw_bench_sync [--events N] [--orders N] [--batch N] [--samples N] [--leases N] [--run-orders N]
//                 [--remote CONNINFO] [--only protocol,e2e,backlog,leases,latency]
//     Without --remote a private PostgreSQL 15 is started (ThrowawayPostgres, tests/support).
//     With it, use a scratch database: the bench publishes orders and takes their leases (ids
//     start with a run prefix, and their leases are marked done at the end).

#include "common/clock.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/journal.h"
#include "store/sqlitestatement.h"
#include "store/storeimporter.h"
#include "store/transactionguard.h"
#include "sync/ordersnapshot.h"
#include "sync/pgconnection.h"
#include "sync/remoteschema.h"
#include "sync/remotestore.h"
#include "sync/syncagent.h"
#include "sync/syncledger.h"
#ifdef FW_BENCH_THROWAWAY_POSTGRES
#include "throwawaypostgres.h"
#endif

#include <nlohmann/json.hpp>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <latch>
#include <mutex>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

using namespace fw;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void die(const QString& message)
{
    out() << "fw_bench_sync: " << message << Qt::endl;
    std::exit(1);
}

void need(const std::optional<QString>& error)
{
    if (error)
        die(*error);
}

template <typename T, typename Variant> T need(Variant&& result)
{
    if (const auto* error = std::get_if<QString>(&result))
        die(*error);
    return std::get<T>(std::forward<Variant>(result));
}

QString grouped(double value, int decimals = 0)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}
double secondsOf(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}
qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("?");
}

// CPU seconds used by this process and by the PostgreSQL server when it runs on this machine (the
// postmaster, its live children and those it has reaped, from /proc). On a shared machine wall time
// varies with the load; the CPU a measure takes varies much less.
struct Cpu {
    double client = 0;
    double server = -1; // unknown: the server runs elsewhere
    Cpu operator-(const Cpu& other) const { return { client - other.client, server < 0 ? -1 : server - other.server }; }
    Cpu& operator+=(const Cpu& other)
    {
        client += other.client;
        server = server < 0 || other.server < 0 ? -1 : server + other.server;
        return *this;
    }
};

class CpuMeter {
public:
    void watchServer(qint64 backendPid) { m_postmaster = statOf(backendPid).value(1, -1); }
    Cpu now() const
    {
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        Cpu cpu { double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6 };
        if (m_postmaster <= 0)
            return cpu;
        const QList<qint64> postmaster = statOf(m_postmaster);
        if (postmaster.size() < 15)
            return cpu;
        qint64 ticks = postmaster[11] + postmaster[12] + postmaster[13] + postmaster[14];
        for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            if (!isPid || pid == m_postmaster)
                continue;
            const QList<qint64> child = statOf(pid);
            if (child.size() >= 13 && child[1] == m_postmaster)
                ticks += child[11] + child[12];
        }
        cpu.server = double(ticks) / double(sysconf(_SC_CLK_TCK));
        return cpu;
    }

private:
    // The numeric fields of /proc/PID/stat after the command name: [1] parent, [11] utime, [12] stime,
    // [13] cutime, [14] cstime (clock ticks).
    static QList<qint64> statOf(qint64 pid)
    {
        QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray text = file.readAll();
        QList<qint64> fields;
        for (const QByteArray& field : text.mid(text.lastIndexOf(')') + 2).split(' '))
            fields << field.toLongLong();
        return fields;
    }

    qint64 m_postmaster = -1;
};
CpuMeter cpuMeter;

QString cpuText(const Cpu& cpu)
{
    return grouped(cpu.client, 2) + QStringLiteral(" + ")
        + (cpu.server < 0 ? QStringLiteral("?") : grouped(cpu.server, 2));
}

// One line of the final table; printed as soon as it is measured, too.
struct Figure {
    QString what;
    qint64 count = 0;
    double seconds = 0;
    QString unit;
    QString note;
    std::optional<Cpu> cpu;
};
std::vector<Figure> figures;

void report(Figure figure)
{
    out() << "  " << figure.what << ": " << grouped(double(figure.count)) << ' ' << figure.unit << " in "
          << grouped(figure.seconds, 2) << " s = " << grouped(double(figure.count) / figure.seconds) << ' '
          << figure.unit << "/s"
          << (figure.note.isEmpty() ? QString() : QStringLiteral(" (") + figure.note + QLatin1Char(')'))
          << (figure.cpu ? QStringLiteral(", CPU client + server ") + cpuText(*figure.cpu) + QStringLiteral(" s")
                         : QString())
          << Qt::endl;
    figures.push_back(std::move(figure));
}

// Journal events as the engine writes them: step.state transitions with ~100-byte payloads.
class EventFactory {
public:
    explicit EventFactory(QStringList stepIds)
        : m_stepIds(std::move(stepIds))
        , m_start(QDateTime::currentDateTimeUtc())
    {
        const char* lanes[] = { "intake", "warehouse", "shipping", "billing" };
        for (int i = 0; i < 8; ++i) {
            m_payloads << QStringLiteral("{\"attempt\":%1,\"lane\":\"%2\",\"worker\":\"engine-%3\",\"durationMs\":%4,"
                                         "\"reason\":\"dependencies met\"}")
                              .arg(i % 3 + 1)
                              .arg(QString::fromLatin1(lanes[i % 4]))
                              .arg(i)
                              .arg(100 + i * 37);
        }
    }
    const QStringList& stepIds() const { return m_stepIds; }
    SyncEvent make(const QString& orderId, qint64 localSeq, qint64 token) const
    {
        static const QString states[] = { QStringLiteral("pending"), QStringLiteral("ready"), QStringLiteral("running"),
            QStringLiteral("completed") };
        const int transition = int(localSeq % 3);
        return { 0, {}, localSeq, orderId, token, toStoreTime(m_start.addMSecs(localSeq)),
            m_stepIds[int(localSeq % m_stepIds.size())], QStringLiteral("step.state"), QStringLiteral("engine"),
            states[transition], states[transition + 1], m_payloads[int(localSeq % m_payloads.size())] };
    }

private:
    QStringList m_stepIds;
    QStringList m_payloads;
    QDateTime m_start;
};

QString orderDocument(const QString& id)
{
    return QStringLiteral("{\"formatVersion\":1,\"id\":\"%1\",\"account\":{\"id\":\"A\"},\"items\":[{\"id\":\"1\","
                          "\"product\":\"AUTO\"}]}")
        .arg(id);
}

PullCursor newest(PgConnection& connection) // past every row there is now (docs/sync.md, "Pull")
{
    auto result = need<PgResult>(connection.query(QStringLiteral(
        "SELECT COALESCE((SELECT tx FROM fw.events ORDER BY tx DESC, seq DESC LIMIT 1), '0'), "
        "COALESCE((SELECT seq FROM fw.events ORDER BY tx DESC, seq DESC LIMIT 1), 0), "
        "COALESCE((SELECT tx FROM fw.order_snapshots ORDER BY tx DESC, version DESC LIMIT 1), '0'), "
        "COALESCE((SELECT version FROM fw.order_snapshots ORDER BY tx DESC, version DESC LIMIT 1), 0)")));
    return { result.number(0, 0), result.number(0, 1), result.number(0, 2), result.number(0, 3) };
}

std::unique_ptr<PgConnection> connectTo(const QString& conninfo)
{
    auto connection = std::make_unique<PgConnection>(conninfo);
    need(connection->open());
    return connection;
}

// A workstation's local store with the bench catalog, and `orders` orders imported (not run).
struct LocalStore {
    QTemporaryDir directory;
    std::unique_ptr<Database> database;
    QStringList orderIds;
};

std::unique_ptr<LocalStore> makeStore(const Clock& clock, const QString& prefix, int orders)
{
    auto store = std::make_unique<LocalStore>();
    store->database = std::make_unique<Database>(store->directory.filePath(QStringLiteral("store.db")));
    need(store->database->open());
    StoreImporter importer(*store->database, clock);
    const ImportResult catalog
        = importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json"), QStringLiteral("bench"));
    if (!catalog.ok())
        die(catalog.problems.front().toString());
    for (int i = 0; i < orders; ++i) {
        const QString id = QStringLiteral("%1-%2").arg(prefix).arg(i);
        const auto document = nlohmann::json::parse(orderDocument(id).toStdString());
        const ImportResult result
            = importer.importOrderDocument(document, id, QStringLiteral("bench"), QStringLiteral("auto-flow"));
        if (!result.ok())
            die(result.problems.front().toString());
        store->orderIds << id;
    }
    return store;
}

QStringList stepIdsOf(Database& database, const QString& orderId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT id FROM steps WHERE order_id = ? ORDER BY seq"));
    query.addBindValue(orderId);
    QStringList ids;
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toString();
    }
    if (ids.isEmpty())
        die(QStringLiteral("order %1 has no steps").arg(orderId));
    return ids;
}

// Journal rows written straight into the store, as the engine would: origin local, round-robin
// over the store's orders.
void writeJournal(LocalStore& store, const EventFactory& factory, qint64 events)
{
    QSqlDatabase db = store.database->connection();
    TransactionGuard transaction(db);
    SqliteStatement insert(SqliteStatement::handleOf(db),
        "INSERT INTO journal (at, order_id, step_id, kind, actor, before_state, after_state, payload, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'local')");
    for (qint64 i = 0; i < events; ++i) {
        const SyncEvent e = factory.make(store.orderIds[int(i % store.orderIds.size())], i + 1, 0);
        const SqlValue values[] = { SqlValue::of(e.at), SqlValue::of(e.orderId), SqlValue::of(e.stepId),
            SqlValue::of(e.kind), SqlValue::of(e.actor), SqlValue::of(e.beforeState), SqlValue::of(e.afterState),
            SqlValue::of(e.payload) };
        if (!insert.run(values, 8))
            die(insert.error());
    }
    if (!transaction.commit())
        die(QStringLiteral("cannot commit the journal rows"));
}

qint64 countOf(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        die(QStringLiteral("local store: cannot run ") + sql);
    return query.value(0).toLongLong();
}

// An agent that joins the team now: its pull cursors start at what the remote store holds, so it
// pulls only what is pushed from here on.
std::unique_ptr<SyncAgent> makeAgent(Database& database, const Clock& clock, const QString& conninfo,
    const QString& workstation, int batch, PgConnection& admin)
{
    SyncLedger ledger(database.connection());
    const PullCursor now = newest(admin);
    need(ledger.setValue(QStringLiteral("pulled_events_tx"), QString::number(now.eventsTx)));
    need(ledger.setValue(QStringLiteral("pulled_events"), QString::number(now.eventsSeq)));
    need(ledger.setValue(QStringLiteral("pulled_snapshots_tx"), QString::number(now.snapshotsTx)));
    need(ledger.setValue(QStringLiteral("pulled_snapshots"), QString::number(now.snapshotsVersion)));
    SyncSettings settings;
    settings.conninfo = conninfo;
    settings.workstation = workstation;
    settings.user = QStringLiteral("bench");
    settings.leaseTtlSeconds = 3600;
    settings.capacity = 0; // never take inbound orders: the lease phase measures that on its own
    settings.batch = batch;
    auto agent = std::make_unique<SyncAgent>(database, clock, settings);
    need(agent->open());
    if (!agent->status().online)
        die(agent->status().lastError);
    return agent;
}

SyncStatus roundOk(SyncAgent& agent)
{
    const SyncStatus status = agent.round(nullptr);
    if (!status.online || !status.lastError.isEmpty())
        die(QStringLiteral("sync round of %1: %2").arg(status.workstation, status.lastError));
    return status;
}

// Rounds until nothing is queued; the seconds they took.
double pushAll(SyncAgent& agent, int* rounds = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    int n = 0;
    while (roundOk(agent).queuedEvents > 0)
        ++n;
    if (rounds)
        *rounds = n + 1;
    return secondsOf(timer);
}

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

void protocolPushAndPull(
    const Options& o, const EventFactory& factory, const QString& snapshotTemplate, const QString& templateId)
{
    out() << "\n1. Push and pull, protocol calls (RemoteStore), " << grouped(double(o.events)) << " events over "
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
        tokens.push_back(
            need<Lease>(store.registerOrder(orderIds.back(), orderDocument(orderIds.back()), 3600)).fencingToken);
    }
    report({ QStringLiteral("registerOrder (lease + inbound document, one transaction each)"), o.orders,
        secondsOf(timer), QStringLiteral("orders"), {}, cpuMeter.now() - cpuBefore });

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
                    snapshots.push_back(
                        { orderIds[order], {}, tokens[std::size_t(order)], 0, QStringLiteral("running"), json });
                }
            }
            snapshotCount += qint64(snapshots.size());
            cpuBefore = cpuMeter.now();
            timer.restart();
            const PushOutcome outcome = need<PushOutcome>(store.push(events, snapshots));
            seconds += secondsOf(timer);
            cpu += cpuMeter.now() - cpuBefore;
            accepted += outcome.accepted;
            if (!outcome.refusedOrders.isEmpty())
                die(QStringLiteral("push refused orders: ") + outcome.refusedOrders.join(QStringLiteral(", ")));
        }
        if (accepted != o.events)
            die(QStringLiteral("push accepted %1 of %2 events").arg(accepted).arg(o.events));
        report({ withSnapshots ? QStringLiteral("RemoteStore::push, with a snapshot per order and batch")
                               : QStringLiteral("RemoteStore::push, events only"),
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
        const PulledBatch batch = need<PulledBatch>(reader.pull(after, o.batch));
        events += qint64(batch.events.size());
        snapshots += qint64(batch.snapshots.size());
        after = batch.through;
        more = batch.more;
    }
    report({ QStringLiteral("RemoteStore::pull"), events, secondsOf(timer), QStringLiteral("events"),
        QStringLiteral("%1 pulls, %2 snapshots").arg(pulls).arg(snapshots), cpuMeter.now() - cpuBefore });
    if (events != 2 * o.events)
        die(QStringLiteral("pulled %1 events, expected %2").arg(events).arg(2 * o.events));
}

struct Workstations {
    std::unique_ptr<LocalStore> a, b;
};

Workstations endToEnd(const Options& o, const Clock& clock, const EventFactory& factory, std::unique_ptr<LocalStore> a,
    PgConnection& admin)
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
    report({ QStringLiteral("A's first rounds: register its orders, push their import events"), a->orderIds.size(),
        first, QStringLiteral("orders"), QStringLiteral("%1 round(s)").arg(rounds), cpuMeter.now() - cpuBefore });

    auto agentB = makeAgent(*ws.b->database, clock, o.conninfo, wsB, o.batch, admin);
    roundOk(*agentB); // copies the catalog
    const qint64 pushedBefore = agentA->status().pushedEvents;
    timer.restart();
    writeJournal(*a, factory, o.events);
    report({ QStringLiteral("A writes journal rows (one SQLite transaction)"), o.events, secondsOf(timer),
        QStringLiteral("events") });
    cpuBefore = cpuMeter.now();
    const double pushSeconds = pushAll(*agentA, &rounds);
    const Cpu pushCpu = cpuMeter.now() - cpuBefore;
    const SyncStatus afterPush = agentA->status();
    if (afterPush.pushedEvents - pushedBefore != o.events || afterPush.openConflicts != 0)
        die(QStringLiteral("A pushed %1 of %2 events, %3 conflicts")
                .arg(afterPush.pushedEvents - pushedBefore)
                .arg(o.events)
                .arg(afterPush.openConflicts));
    report({ QStringLiteral("SyncAgent rounds on A until nothing is queued (push)"), o.events, pushSeconds,
        QStringLiteral("events"), QStringLiteral("%1 rounds").arg(rounds), pushCpu });

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
    const qint64 arrived
        = countOf(*ws.b->database, QStringLiteral("SELECT COUNT(*) FROM journal WHERE origin = '%1'").arg(wsA));
    if (arrived != o.events)
        die(QStringLiteral("B has %1 of A's %2 events").arg(arrived).arg(o.events));
    report({ QStringLiteral("SyncAgent rounds on B until caught up (pull + apply)"), o.events, pullSeconds,
        QStringLiteral("events"),
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
    out() << "\n3. Push of an engine-run backlog: " << o.runOrders
          << " orders run to completion by fw::Executor, then synced" << Qt::endl;
    auto store = makeStore(clock, o.prefix + QStringLiteral("-X"), o.runOrders);
    {
        Executor executor(*store->database, clock);
        need(executor.load());
        need<int>(executor.runUntilIdle());
    }
    const qint64 local = countOf(*store->database,
        QStringLiteral("SELECT COUNT(*) FROM journal WHERE origin = 'local' AND order_id IS NOT NULL"));
    auto agent = makeAgent(*store->database, clock, o.conninfo, o.prefix + QStringLiteral("-x"), o.batch, admin);
    int rounds = 0;
    const Cpu cpuBefore = cpuMeter.now();
    const double seconds = pushAll(*agent, &rounds);
    const Cpu cpu = cpuMeter.now() - cpuBefore;
    const SyncStatus status = agent->status();
    report({ QStringLiteral("SyncAgent rounds, engine-run backlog (registration included)"), local, seconds,
        QStringLiteral("events"),
        QStringLiteral("%1 rounds; accepted %2, conflicts %3")
            .arg(rounds)
            .arg(status.pushedEvents)
            .arg(status.openConflicts),
        cpu });
    if (status.pushedEvents != local || status.openConflicts != 0)
        out() << "  WARNING: the shared journal accepted " << status.pushedEvents << " of " << local << " events; "
              << status.openConflicts << " conflicts (events refused)" << Qt::endl;
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
        report({ QStringLiteral("publishOrder (one transaction for all)"), orders, secondsOf(timer),
            QStringLiteral("orders") });
        qint64 taken = 0;
        int calls = 0;
        const Cpu cpuBefore = cpuMeter.now();
        timer.restart();
        for (;;) {
            const auto leases = need<std::vector<Lease>>(store.acquireFree(batch, 3600));
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
    out() << "\n5. Latency: one event written on A until it is in B's journal (" << o.samples << " samples)"
          << Qt::endl;
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
        need(Journal::append(db,
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
          << grouped(percentile(latencies, 0.95), 1) << " ms, max " << grouped(percentile(latencies, 1.0), 1)
          << " ms; A's round median " << grouped(percentile(roundMsA, 0.5), 1) << " ms, B's round median "
          << grouped(percentile(roundMsB, 0.5), 1) << " ms; " << wokenByNotification.load() << " of "
          << latencies.size() << " woken by NOTIFY" << Qt::endl;
    figures.push_back({ QStringLiteral("latency A -> B (median / p95 / max ms)"), qint64(latencies.size()), 0,
        QStringLiteral("samples"),
        QStringLiteral("%1 / %2 / %3")
            .arg(grouped(percentile(latencies, 0.5), 1), grouped(percentile(latencies, 0.95), 1),
                grouped(percentile(latencies, 1.0), 1)) });
}

void printTable()
{
    out() << "\n| measure | count | s | rate | CPU s, client + server |\n|---|---|---|---|---|\n";
    for (const Figure& f : figures) {
        const QString rate = f.seconds > 0
            ? grouped(double(f.count) / f.seconds) + QLatin1Char(' ') + f.unit + QStringLiteral("/s")
            : f.note;
        out() << "| " << f.what
              << (f.seconds > 0 && !f.note.isEmpty() ? QStringLiteral(" (") + f.note + QLatin1Char(')') : QString())
              << " | " << grouped(double(f.count)) << " | "
              << (f.seconds > 0 ? grouped(f.seconds, 2) : QStringLiteral("-")) << " | " << rate << " | "
              << (f.cpu ? cpuText(*f.cpu) : QStringLiteral("-")) << " |\n";
    }
    out().flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events pushed and pulled."),
        QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"),
        QStringLiteral("Orders the events are spread over."), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Events per push or pull."),
        QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption samplesOption(
        QStringLiteral("samples"), QStringLiteral("Latency samples."), QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption leasesOption(QStringLiteral("leases"),
        QStringLiteral("Inbound orders leased 100 at a time (a tenth of it one at a time)."), QStringLiteral("N"),
        QStringLiteral("10000"));
    const QCommandLineOption runOrdersOption(QStringLiteral("run-orders"),
        QStringLiteral("Orders run by the engine, then pushed as a backlog (0: skip)."), QStringLiteral("N"),
        QStringLiteral("1000"));
    const QCommandLineOption remoteOption(QStringLiteral("remote"),
        QStringLiteral("Use this PostgreSQL (a scratch database) instead of a private one."),
        QStringLiteral("CONNINFO"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        QStringLiteral("Run only these parts: protocol, e2e, backlog, leases, latency (needs e2e)."),
        QStringLiteral("LIST"));
    parser.addOptions({ eventsOption, ordersOption, batchOption, samplesOption, leasesOption, runOrdersOption,
        remoteOption, onlyOption });
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

    out() << "fw_bench_sync: " << QCoreApplication::arguments().join(QLatin1Char(' '))
          << "\n  load average before: " << loadAverage() << ", " << std::thread::hardware_concurrency() << " cores"
          << Qt::endl;
#ifdef FW_BENCH_THROWAWAY_POSTGRES
    ThrowawayPostgres server;
#endif
    if (parser.isSet(remoteOption)) {
        o.conninfo = parser.value(remoteOption);
    } else {
#ifdef FW_BENCH_THROWAWAY_POSTGRES
        need(server.start());
        o.conninfo = server.conninfo();
#else
        die(QStringLiteral("built without tests/support (FW_BUILD_TESTS=OFF): give --remote CONNINFO"));
#endif
    }
    auto admin = connectTo(o.conninfo);
    need(RemoteSchema::migrate(*admin));
    cpuMeter.watchServer(need<PgResult>(admin->query(QStringLiteral("SELECT pg_backend_pid()"))).number(0, 0));
    const PgResult settings = need<PgResult>(
        admin->query(QStringLiteral("SELECT current_setting('server_version'), current_setting('shared_buffers'), "
                                    "current_setting('synchronous_commit'), current_setting('fsync')")));
    out() << "  server " << PgConnection::masked(o.conninfo) << ": PostgreSQL " << settings.value(0, 0)
          << ", shared_buffers " << settings.value(0, 1) << ", synchronous_commit " << settings.value(0, 2)
          << ", fsync " << settings.value(0, 3) << Qt::endl;

    SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    auto storeA = makeStore(clock, o.prefix + QStringLiteral("-A"), o.runs("e2e") ? o.orders : 1);
    out() << "  workstation A's store: " << storeA->orderIds.size() << " orders imported in "
          << grouped(secondsOf(timer), 1) << " s" << Qt::endl;
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
        need(admin->execute(QStringLiteral("UPDATE fw.leases SET done = true WHERE order_id LIKE $1"),
            { o.prefix + QLatin1Char('%') }));
    printTable();
    out() << "  load average after: " << loadAverage() << Qt::endl;
    return 0;
}
