// fw_sync_scenario: fills a remote store and a workstation's store with a day of shared work, for
// screenshots of the workbench's sync views (docs/screenshots/sync-*.png):
//
//   fw_sync_scenario --conninfo CONNINFO --store ws-a.db
//   fulfillment-workbench --db ws-a.db --remote CONNINFO --workstation ws-a --screenshot shot.png
//
// It publishes the laptop and telecom samples, lets ws-b and ws-c (stores in a temporary
// directory) and ws-a (the store given) take and run orders, with their people's work done by
// ScriptedOperator, and leaves ws-a with conflicts of three kinds: an order taken over while ws-a
// was silent past its lease (lease-lost, its refused work: events-refused) and a claim ws-b could
// not apply because bob held the task (command-failed). With --leave-queued, ws-a ends with work
// not yet pushed and a claim not yet sent, as if the remote store had just gone away.

#include "engine/executor.h"
#include "engine/operatorrequest.h"
#include "engine/scriptedoperator.h"
#include "stubserver.h"
#include "sync/pgconnection.h"
#include "syncworkstation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

#include <tuple>

using namespace fw;

namespace {
QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Their people's work: a few passes of ScriptedOperator over the orders this workstation runs.
void peopleWork(SyncWorkstation& ws, const QString& user, int passes, const QStringList& skip = {})
{
    for (int pass = 0; pass < passes; ++pass) {
        for (const QString& orderId : ws.executor().orderIds()) {
            if (!skip.contains(orderId))
                ScriptedOperator(user).actOn(ws.executor(), ws.database(), orderId);
        }
        ws.executor().runUntilSettled(10000);
    }
}

SyncSettings settings(const QString& conninfo, const QString& id, const QString& user, int capacity, int ttl = 60)
{
    SyncSettings s;
    s.conninfo = conninfo;
    s.workstation = id;
    s.user = user;
    s.capacity = capacity;
    s.leaseTtlSeconds = ttl;
    return s;
}

int fail(const QString& what)
{
    QTextStream(stderr) << "fw_sync_scenario: " << what << '\n';
    return 1;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption conninfoOption(
        QStringLiteral("conninfo"), QStringLiteral("The remote store."), QStringLiteral("CONNINFO"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"), QStringLiteral("ws-a's store (the workbench opens it)."), QStringLiteral("FILE"));
    const QCommandLineOption queuedOption(
        QStringLiteral("leave-queued"), QStringLiteral("End with ws-a's work not yet pushed."));
    parser.addOptions({ conninfoOption, storeOption, queuedOption });
    parser.process(app);
    const QString conninfo = parser.value(conninfoOption);
    if (conninfo.isEmpty() || parser.value(storeOption).isEmpty())
        return fail(QStringLiteral("--conninfo and --store are needed"));

    StubServer stubs(11);
    const quint16 port = stubs.listenLocal(0);
    PgConnection admin(conninfo);
    if (auto error = admin.open())
        return fail(*error);
    const QString samples = QStringLiteral(FW_SAMPLES_DIR);
    for (const auto& [sample, prefix, count] :
        { std::tuple(QStringLiteral("/laptop-bundle"), QStringLiteral("LAPTOP"), 14),
            std::tuple(QStringLiteral("/telecom-fiber"), QStringLiteral("FIBRE"), 8) }) {
        auto published = publishSample(admin, samples + sample, prefix, count);
        if (auto* error = std::get_if<QString>(&published))
            return fail(*error);
    }

    // ws-a takes a few orders first, on a short lease; then ws-b and ws-c take the rest.
    SyncWorkstation a(
        settings(conninfo, QStringLiteral("ws-a"), QStringLiteral("alice"), 5, 3), port, parser.value(storeOption));
    SyncWorkstation b(settings(conninfo, QStringLiteral("ws-b"), QStringLiteral("bob"), 9), port);
    SyncWorkstation c(settings(conninfo, QStringLiteral("ws-c"), QStringLiteral("carla"), 8), port);
    for (SyncWorkstation* ws : { &a, &b, &c }) {
        if (auto error = ws->start())
            return fail(ws->settings().workstation + QStringLiteral(": ") + *error);
    }
    for (int round = 0; round < 4; ++round) {
        for (SyncWorkstation* ws : { &a, &b, &c })
            ws->round();
    }
    peopleWork(b, QStringLiteral("bob"), 2, { QStringLiteral("LAPTOP-6"), QStringLiteral("LAPTOP-7") });
    peopleWork(c, QStringLiteral("carla"), 1);
    for (SyncWorkstation* ws : { &b, &c, &a })
        ws->round();

    // ws-a works without reaching the remote store past its lease: ws-b takes one of its orders over.
    const std::vector<QString> own = a.executor().orderIds();
    peopleWork(a, QStringLiteral("alice"), 1);
    QThread::sleep(4);
    b.round();
    a.round(); // back: lease-lost and events-refused for the order ws-b took
    b.round();

    // Bob claims a task on ws-b; alice's claim of it, queued while she was offline, reaches ws-b later.
    QString contested;
    for (const QString& orderId : { QStringLiteral("LAPTOP-6"), QStringLiteral("LAPTOP-7") }) {
        if (b.taskId(orderId, QStringLiteral("admin-handover")) > 0 && contested.isEmpty())
            contested = orderId;
    }
    if (!contested.isEmpty()) {
        b.act(QStringLiteral("task.claim"),
            { { QStringLiteral("task"), b.taskId(contested, QStringLiteral("admin-handover")) } });
        a.agent().queueCommand({ QStringLiteral("task.claim"),
            { { QStringLiteral("task"), a.taskId(contested, QStringLiteral("admin-handover")) } },
            QStringLiteral("alice") });
        a.round(); // sends
        b.round(); // refuses: bob holds it
        a.round(); // the answer: a conflict
    }
    for (int round = 0; round < 2; ++round) {
        for (SyncWorkstation* ws : { &b, &c, &a })
            ws->round();
    }
    if (parser.isSet(queuedOption)) {
        peopleWork(a, QStringLiteral("alice"), 1); // not pushed
        const QString other
            = contested == QStringLiteral("LAPTOP-7") ? QStringLiteral("LAPTOP-6") : QStringLiteral("LAPTOP-7");
        if (const qint64 task = a.taskId(other, QStringLiteral("admin-handover")))
            a.agent().queueCommand(
                { QStringLiteral("task.claim"), { { QStringLiteral("task"), task } }, QStringLiteral("alice") });
    }
    const SyncStatus status = a.agent().status();
    out() << "ws-a: " << status.leasesHeld << " orders held (of " << own.size() << " taken), " << status.openConflicts
          << " open conflicts, " << status.queuedEvents << " events and " << status.queuedCommands
          << " commands queued\n";
    out().flush();
    return 0;
}
