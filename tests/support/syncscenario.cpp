// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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
// not yet pushed and a claim not yet sent, as if the remote store had just gone away. With --serve
// SECONDS, ws-b and ws-c keep working (sync rounds) meanwhile, so their orders are not taken over.

#include "engine/executor.h"
#include "commands/command.h"
#include "demo/scriptedoperator.h"
#include "stubserver.h"
#include "sync/pgconnection.h"
#include "syncworkstation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace fw;

namespace {
QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Their people's work: a few passes of ScriptedOperator over the orders this workstation runs, a
// sync round after each (a claim goes to the remote store first; the task is completed in the next pass).
void peopleWork(SyncWorkstation& ws, const QString& user, int passes, const QStringList& skip = {})
{
    for (int pass = 0; pass < passes; ++pass) {
        for (const QString& orderId : ws.executor().orderIds()) {
            if (skip.contains(orderId))
                continue;
            const ScriptedOperator::Round round = ScriptedOperator(user).actOn(ws.executor(), ws.database(), orderId, &ws.agent());
            if (!round.error.isEmpty())
                qWarning("%s on %s: %s", qPrintable(user), qPrintable(orderId), qPrintable(round.error));
        }
        if (const auto ran = ws.executor().runUntilSettled(10000); !ran)
            qWarning("runUntilSettled: %s", qPrintable(ran.message()));
        ws.round(); // the remote store grants the claims queued in this pass: the next pass completes their tasks
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
    const QCommandLineOption conninfoOption(QStringLiteral("conninfo"), QStringLiteral("The remote store."), QStringLiteral("CONNINFO"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("ws-a's store (the workbench opens it)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption queuedOption(QStringLiteral("leave-queued"), QStringLiteral("End with ws-a's work not yet pushed."));
    const QCommandLineOption serveOption(QStringLiteral("serve"), QStringLiteral("Then keep ws-b and ws-c working for SECONDS."),
                                         QStringLiteral("SECONDS"));
    parser.addOptions({ conninfoOption, storeOption, queuedOption, serveOption });
    parser.process(app);
    const QString conninfo = parser.value(conninfoOption);
    if (conninfo.isEmpty() || parser.value(storeOption).isEmpty())
        return fail(QStringLiteral("--conninfo and --store are needed"));

    const QTemporaryDir others; // ws-b's and ws-c's stores
    const QString bStore = others.filePath(QStringLiteral("ws-b.db"));
    const QString cStore = others.filePath(QStringLiteral("ws-c.db"));
    StubServer stubs(11);
    const quint16 port = stubs.listenLocal(0);
    PgConnection admin(conninfo);
    if (const Status opened = admin.open(); !opened)
        return fail(opened.message());
    const QString samples = QStringLiteral(FW_SAMPLES_DIR);
    const auto publish = [&](const QString& sample, const QString& prefix, int count, int first) {
        auto published = publishSample(admin, samples + sample, prefix, count, first);
        if (!published)
            return fail(published.message());
        return 0;
    };
    if (publish(QStringLiteral("/laptop-bundle"), QStringLiteral("LAPTOP"), 10, 1)
        || publish(QStringLiteral("/telecom-fiber"), QStringLiteral("FIBRE"), 6, 1))
        return 1;
    const QString storePath = parser.value(storeOption);
    // ws-a takes one order on a short lease, ws-b and ws-c the rest; then ws-a works without reaching
    // the remote store past its lease and ws-b takes that order over.
    SyncWorkstation b(settings(conninfo, QStringLiteral("ws-b"), QStringLiteral("bob"), 10), port, bStore);
    SyncWorkstation c(settings(conninfo, QStringLiteral("ws-c"), QStringLiteral("carla"), 6), port, cStore);
    auto a = std::make_unique<SyncWorkstation>(settings(conninfo, QStringLiteral("ws-a"), QStringLiteral("alice"), 1, 3), port, storePath);
    for (SyncWorkstation* ws : { a.get(), &b, &c }) {
        if (const Status started = ws->start(); !started)
            return fail(ws->settings().workstation + QStringLiteral(": ") + started.message());
    }
    for (int round = 0; round < 3; ++round) {
        for (SyncWorkstation* ws : { a.get(), &b, &c })
            ws->round();
    }
    const std::vector<QString> taken = a->executor().orderIds();
    peopleWork(b, QStringLiteral("bob"), 2, { QStringLiteral("LAPTOP-6"), QStringLiteral("LAPTOP-7") });
    peopleWork(c, QStringLiteral("carla"), 1);
    b.round();
    c.round();
    peopleWork(*a, QStringLiteral("alice"), 1); // never pushed
    QThread::sleep(4);
    b.round(); // takes ws-a's order over
    a->round(); // back: lease-lost, and its work refused
    b.round();
    c.round();

    // ws-a again, on the usual lease: it runs new orders; bob claims a task on ws-b that alice's
    // claim, queued while she was offline, reaches later.
    a.reset();
    if (publish(QStringLiteral("/laptop-bundle"), QStringLiteral("LAPTOP"), 4, 11))
        return 1;
    a = std::make_unique<SyncWorkstation>(settings(conninfo, QStringLiteral("ws-a"), QStringLiteral("alice"), 4), port, storePath);
    if (const Status started = a->start(); !started)
        return fail(QStringLiteral("ws-a: ") + started.message());
    for (int round = 0; round < 3; ++round) {
        for (SyncWorkstation* ws : { a.get(), &b, &c })
            ws->round();
    }
    peopleWork(*a, QStringLiteral("alice"), 1, { QStringLiteral("LAPTOP-13"), QStringLiteral("LAPTOP-14") });
    QString contested;
    for (const QString& orderId : { QStringLiteral("LAPTOP-6"), QStringLiteral("LAPTOP-7") }) {
        if (b.taskId(orderId, QStringLiteral("admin-handover")) > 0 && contested.isEmpty())
            contested = orderId;
    }
    if (!contested.isEmpty()) {
        b.act(QStringLiteral("task.claim"), { { QStringLiteral("task"), b.taskId(contested, QStringLiteral("admin-handover")) } });
        // a command that cannot be queued shows as fewer queued commands in the summary below
        (void)a->agent().queueCommand(
            Command::make(QStringLiteral("alice"), QStringLiteral("task.claim"),
                          { { QStringLiteral("task"), a->taskId(contested, QStringLiteral("admin-handover")) } }));
        a->round(); // sends
        b.round(); // refuses: bob holds it
        a->round(); // the answer: a conflict
    }
    for (int round = 0; round < 2; ++round) {
        for (SyncWorkstation* ws : { &b, &c, a.get() })
            ws->round();
    }
    if (parser.isSet(queuedOption)) {
        peopleWork(*a, QStringLiteral("alice"), 1, { QStringLiteral("LAPTOP-14") }); // not pushed
        const QString other = contested == QStringLiteral("LAPTOP-7") ? QStringLiteral("LAPTOP-6") : QStringLiteral("LAPTOP-7");
        if (const qint64 task = a->taskId(other, QStringLiteral("admin-handover")))
            (void)a->agent().queueCommand( // as above: the summary shows what was queued
                Command::make(QStringLiteral("alice"), QStringLiteral("task.claim"), { { QStringLiteral("task"), task } }));
    }
    const SyncStatus status = a->agent().status();
    out() << "ws-a: " << status.leasesHeld << " orders held (" << (taken.empty() ? QString() : taken.front()) << " taken over), "
          << status.openConflicts << " open conflicts, " << status.queuedEvents << " events and " << status.queuedCommands
          << " commands queued\n";
    out().flush();
    a.reset(); // the workbench opens ws-a's store next

    // --serve: ws-b and ws-c stay at work (rounds, no people) while the workbench is looked at.
    const int serveSeconds = parser.value(serveOption).toInt();
    if (serveSeconds > 0) {
        out() << "serving for " << serveSeconds << " s\n";
        out().flush();
        const QDeadlineTimer until(qint64(serveSeconds) * 1000);
        while (!until.hasExpired()) {
            b.round();
            c.round();
            QCoreApplication::processEvents();
            QThread::msleep(500);
        }
    }
    return 0;
}
