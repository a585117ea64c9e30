// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl sync (--once, status; --follow is syncfollow.cpp), leases and sync-admin: a workstation's
// side of the remote store (docs/sync.md).
#include "synccommands.h"

#include "cli.h"

#include "common/clock.h"
#include "common/duration.h"
#include "engine/executor.h"
#include "store/database.h"
#include "sync/pgconnection.h"
#include "sync/remoteprune.h"
#include "sync/remoteschema.h"
#include "sync/remotestore.h"
#include "sync/syncagent.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QMap>
#include "store/storelistings.h"

namespace fw::cli {

QString shownTime(const QDateTime& time)
{
    return time.isValid() ? QLocale::c().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : Fwctl::tr("never");
}

QString statusField(const QString& label)
{
    return label.leftJustified(13) + QLatin1Char(' ');
}

QString connectionLine(const SyncStatus& status)
{
    if (status.online)
        return Fwctl::tr("online (%1)").arg(PgConnection::masked(remoteOptions().conninfo));
    return Fwctl::tr("offline since %1").arg(shownTime(status.offlineSince)) + QStringLiteral(": ") + status.lastError.simplified();
}

QString ordersLine(Database& database)
{
    QMap<QString, QStringList> states; // owner ("" = here) -> "completed 3" ...
    QMap<QString, int> counts;
    int total = 0;
    const auto read = StoreListings(database.connection()).orderCounts();
    if (!read)
        return read.message();
    for (const OrderCount& count : *read) {
        states[count.owner] << QStringLiteral("%1 %2").arg(count.state).arg(count.count);
        counts[count.owner] += count.count;
        total += count.count;
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        parts << QStringLiteral("%1 %2 (%3)")
                     .arg(it.key().isEmpty() ? Fwctl::tr("here") : Fwctl::tr("replicas of %1").arg(it.key()))
                     .arg(it.value())
                     .arg(states[it.key()].join(QStringLiteral(", ")));
    }
    return QString::number(total) + (parts.isEmpty() ? QString() : QStringLiteral(": ") + parts.join(QStringLiteral("; ")));
}

namespace {

    void printStatus(const SyncStatus& status, const std::vector<SyncConflict>& conflicts, Database& database)
    {
        out() << statusField(Fwctl::tr("workstation:")) << status.workstation << '\n'
              << statusField(Fwctl::tr("remote store:")) << connectionLine(status) << '\n'
              << statusField(Fwctl::tr("last sync:")) << shownTime(status.lastSync) << '\n'
              << statusField(Fwctl::tr("queued:"))
              << Fwctl::tr("%1 events, %2 commands").arg(status.queuedEvents).arg(status.queuedCommands) << '\n'
              << statusField(Fwctl::tr("leases held:")) << status.leasesHeld << '\n'
              << statusField(Fwctl::tr("orders:")) << ordersLine(database) << '\n'
              << statusField(Fwctl::tr("conflicts:")) << Fwctl::tr("%1 open").arg(status.openConflicts) << '\n';
        if (status.link == QStringLiteral("unencrypted"))
            out() << statusField(Fwctl::tr("link:"))
                  << Fwctl::tr("UNENCRYPTED: anyone on the network can read and change what is sent; connect with sslmode=verify-full "
                               "and the CA's file (docs/sync.md, \"TLS\")")
                  << '\n';
        else if (!status.link.isEmpty())
            out() << statusField(Fwctl::tr("link:"))
                  << (status.link.startsWith(QStringLiteral("unencrypted")) ? status.link : Fwctl::tr("encrypted (%1)").arg(status.link))
                  << '\n';
        for (const SyncConflict& conflict : conflicts)
            out() << "  " << shownTime(conflict.at) << "  " << conflict.kind << "  " << conflict.detail << '\n';
        out().flush();
    }

    // One round with the store's executor loaded, so commands for this workstation's orders run.
    int syncOnce(const QString& command, Database& database)
    {
        if (Executor::engineRunningOn(database.path())) {
            err() << command << ": "
                  << Fwctl::tr("an engine runs on %1 (fwctl sync --follow or the workbench) and syncs it already; 'fwctl sync status' "
                               "shows how it goes")
                         .arg(database.path())
                  << '\n';
            return Failure;
        }
        SystemClock clock;
        Executor executor(database, clock);
        if (const Status loaded = executor.load(); !loaded)
            err() << command << ": " << loaded.message() << '\n';
        SyncAgent agent(database, clock, syncSettings());
        if (const Status opened = agent.open(); !opened) {
            err() << command << ": " << opened.message() << '\n';
            return Failure;
        }
        if (const SyncStatus opened = agent.status(); opened.refused) {
            err() << command << ": " << Fwctl::tr("refused: %1").arg(opened.lastError) << '\n';
            return BadInput;
        }
        SyncStatus status = agent.round(&executor);
        if (status.online && status.lastError.isEmpty() && status.queuedEvents > 0)
            status = agent.round(&executor); // what the first round changed here (commands run, orders taken)
        printStatus(status, agent.conflicts(), database);
        if (!status.online) {
            err() << command << ": " << Fwctl::tr("offline: %1").arg(status.lastError.simplified()) << '\n';
            return Offline;
        }
        if (!status.lastError.isEmpty()) {
            err() << command << ": " << Fwctl::tr("the round stopped: %1").arg(status.lastError) << '\n';
            return Failure;
        }
        return Ok;
    }

    int syncStatus(const QString& command, Database& database)
    {
        SystemClock clock;
        SyncSettings settings = syncSettings();
        settings.capacity = 0;
        SyncAgent agent(database, clock, settings); // connects to tell online from offline; no round
        if (const Status opened = agent.open(); !opened) {
            err() << command << ": " << opened.message() << '\n';
            return Failure;
        }
        const SyncStatus status = agent.status();
        printStatus(status, agent.conflicts(), database);
        return Ok;
    }

} // namespace

int runSync(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("[status]"), Fwctl::tr("Show the store's sync state instead."));
    const QCommandLineOption once(QStringLiteral("once"), Fwctl::tr("One sync round, then a summary. Exit 3 when offline."));
    const QCommandLineOption follow(QStringLiteral("follow"),
                                    Fwctl::tr("A workstation without GUI: run the engine and a sync round every tick, "
                                              "until Ctrl+C."));
    const QCommandLineOption runFor(QStringLiteral("for"), Fwctl::tr("--follow: stop after DURATION (e.g. 30s, 2h)."),
                                    QStringLiteral("DURATION"));
    const QCommandLineOption tickMs(QStringLiteral("tick-ms"),
                                    Fwctl::tr("--follow: the longest wait between rounds; the remote store's "
                                              "notifications wake it sooner."),
                                    QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      Fwctl::tr("--follow: send an endpoint's callouts elsewhere, e.g. "
                                                "carrier=http://127.0.0.1:9000/carrier (repeatable)."),
                                      QStringLiteral("ID=URL"));
    const QCommandLineOption json(QStringLiteral("json"), Fwctl::tr("status: as a JSON object."));
    const QCommandLineOption probe(QStringLiteral("probe"),
                                   Fwctl::tr("status: connect now (--remote) and report that, instead of what the running "
                                             "follower recorded."));
    parser.addOptions({ once, follow, runFor, tickMs, endpoint, json, probe });
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Syncs the store (--db) with the remote store (--remote): takes free "
                                                   "orders, pushes this store's journal, pulls the others' orders as "
                                                   "replicas, answers commands for its orders (docs/sync.md)."),
                                         -1))
        return *stop;
    const QString command = arguments.value(0);
    const QStringList positional = parser.positionalArguments();
    const bool status = positional == QStringList { QStringLiteral("status") };
    if ((!positional.isEmpty() && !status) || int(status) + int(parser.isSet(once)) + int(parser.isSet(follow)) != 1) {
        err() << command << ": " << Fwctl::tr("expected one of --once, --follow or status") << "\n\n"
              << commandHelp(parser, arguments.value(0));
        return BadInput;
    }
    std::optional<qint64> forSeconds = qint64(0);
    if (parser.isSet(runFor)) {
        forSeconds = parseDurationSeconds(parser.value(runFor));
        if (!forSeconds || !parser.isSet(follow)) {
            err() << command << ": " << Fwctl::tr("--for needs --follow and a duration such as 30s or 2h") << '\n';
            return BadInput;
        }
    }
    if ((parser.isSet(json) || parser.isSet(probe)) && !status) {
        err() << command << ": " << Fwctl::tr("--json and --probe go with status") << '\n';
        return BadInput;
    }
    if (status && !parser.isSet(probe)) { // what the follower recorded: the local store alone
        const auto database = openStore();
        return database ? syncStatusRecorded(command, *database, parser.isSet(json)) : int(Failure);
    }
    if (!requireRemote(command))
        return BadInput;
    const auto database = openStore();
    if (!database)
        return Failure;
    if (status)
        return syncStatus(command, *database);
    if (parser.isSet(once))
        return syncOnce(command, *database);
    return syncFollow(command, *database, endpointOverrides(), std::max(10, parser.value(tickMs).toInt()), *forSeconds);
}

int runLeases(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption active(QStringLiteral("active"), Fwctl::tr("Leave out the orders that are done."));
    parser.addOption(active);
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Lists the remote store's leases: which workstation runs which order, "
                                                   "its fencing token and when the lease expires (or done)."),
                                         0))
        return *stop;
    const QString command = arguments.value(0);
    if (!requireRemote(command))
        return BadInput;
    PgConnection connection(remoteOptions().conninfo);
    if (const auto stop = openRemote(command, connection))
        return *stop;
    const Result<std::vector<RemoteLeases::Row>> leases = RemoteLeases(connection, remoteOptions().workstation).list(!parser.isSet(active));
    if (!leases) {
        err() << command << ": " << leases.message() << '\n';
        return Failure;
    }
    QList<QStringList> rows { { QStringLiteral("ORDER"), QStringLiteral("OWNER"), QStringLiteral("TOKEN"), QStringLiteral("EXPIRES") } };
    int held = 0, free = 0, done = 0;
    for (const auto& lease : *leases) {
        (lease.done ? done : lease.owner.isEmpty() ? free : held) += 1;
        rows.append({ lease.orderId, lease.owner.isEmpty() ? QStringLiteral("-") : lease.owner, QString::number(lease.fencingToken),
                      lease.done                      ? QStringLiteral("done")
                          : lease.expiresAt.isValid() ? shownTime(lease.expiresAt)
                                                      : QStringLiteral("-") });
    }
    QList<qsizetype> widths(4, 0);
    for (const QStringList& row : rows) {
        for (int c = 0; c < 4; ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    for (const QStringList& row : rows) {
        out() << row[0].leftJustified(widths[0]) << "  " << row[1].leftJustified(widths[1]) << "  " << row[2].rightJustified(widths[2])
              << "  " << row[3] << '\n';
    }
    out() << Fwctl::tr("%1 leases: %2 held, %3 free, %4 done").arg(rows.size() - 1).arg(held).arg(free).arg(done) << '\n';
    return Ok;
}

namespace {
    // fwctl sync-admin prune --before DATE [--dry-run] (docs/sync.md, "Pruning the shared journal").
    int pruneEvents(const QString& command, const QString& beforeText, bool dryRun)
    {
        const QDateTime before = QDateTime::fromString(beforeText, Qt::ISODate);
        if (!before.isValid()) {
            err() << command << ": "
                  << Fwctl::tr("--before expects a date (2026-11-01) or a time (2026-11-01T00:00:00Z), got '%1'").arg(beforeText) << '\n';
            return BadInput;
        }
        if (!requireRemote(command,
                           QStringLiteral("prune --before %1%2").arg(beforeText, dryRun ? QStringLiteral(" --dry-run") : QString())))
            return BadInput;
        PgConnection connection(remoteOptions().conninfo);
        if (const auto stop = openRemote(command, connection))
            return *stop;
        const Result<RemotePrune::Report> pruned = RemotePrune::prune(connection, before.toUTC(), dryRun);
        if (!pruned) {
            err() << command << ": " << pruned.message() << "; " << Fwctl::tr("nothing was deleted") << '\n';
            return Failure;
        }
        const RemotePrune::Report& report = *pruned;
        out() << (dryRun ? Fwctl::tr("would delete %1 events of %2 finished orders older than %3; kept %4 older events of orders still "
                                     "running")
                         : Fwctl::tr("deleted %1 events of %2 finished orders older than %3; kept %4 older events of orders still running"))
                     .arg(report.events)
                     .arg(report.orders)
                     .arg(beforeText)
                     .arg(report.kept)
              << '\n';
        for (const QString& workstation : report.behind)
            err() << command << ": "
                  << Fwctl::tr("workstation %1 was last seen before %2: if it is behind, it gets those finished orders from their "
                               "snapshots, without the pruned timeline entries")
                         .arg(workstation, beforeText)
                  << '\n';
        return Ok;
    }
} // namespace

int runSyncAdmin(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("roles|prune"),
                                 Fwctl::tr("roles: print the roles and GRANTs of the remote store; prune: delete old events "
                                           "of finished orders from the shared journal (--before)."));
    const QCommandLineOption before(QStringLiteral("before"), Fwctl::tr("prune: the events older than this date or time."),
                                    QStringLiteral("DATE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Fwctl::tr("prune: count, delete nothing."));
    parser.addOptions({ before, dryRun });
    if (const auto stop = parseArguments(parser, arguments,
                                         Fwctl::tr("Administration of the remote store. 'roles' prints the SQL that creates "
                                                   "the fw_workstation, fw_publisher and fw_user_admin roles and gives them "
                                                   "their rights (safe to run again, e.g. after an upgrade); run it as the "
                                                   "owner of schema fw with CREATEROLE. With --remote it also says whether "
                                                   "the connected role can. 'prune --before DATE' keeps fw.events bounded: "
                                                   "it deletes the events older than DATE of finished orders (as the "
                                                   "schema's owner); running orders keep theirs."),
                                         1))
        return *stop;
    const QString command = arguments.value(0);
    const QString action = parser.positionalArguments().constFirst();
    if (action == QStringLiteral("prune")) {
        if (!parser.isSet(before)) {
            err() << command << ": " << Fwctl::tr("prune needs --before DATE") << '\n';
            return BadInput;
        }
        return pruneEvents(command, parser.value(before), parser.isSet(dryRun));
    }
    if (action != QStringLiteral("roles")) {
        err() << command << ": " << Fwctl::tr("unknown action '%1' (roles or prune)").arg(action) << '\n';
        return BadInput;
    }
    for (const QString& statement : RemoteSchema::roleGrants())
        out() << statement << (statement.startsWith(QStringLiteral("--")) ? "" : ";") << '\n';
    out().flush();
    if (remoteOptions().conninfo.isEmpty())
        return Ok;
    // Whether the connected role can run them: the schema's owner (it grants) with CREATEROLE.
    PgConnection connection(remoteOptions().conninfo);
    if (const auto stop = openRemote(command, connection))
        return *stop;
    auto rights = connection.query(QStringLiteral("SELECT r.rolname, r.rolcreaterole OR r.rolsuper, "
                                                  "pg_get_userbyid(n.nspowner), pg_has_role(n.nspowner, 'USAGE') "
                                                  "FROM pg_roles r, pg_namespace n WHERE r.rolname = current_user AND n.nspname = 'fw'"));
    if (!rights) {
        err() << command << ": " << rights.message() << '\n';
        return Failure;
    }
    const PgResult& row = rights.value();
    const QString role = row.value(0, 0);
    bool able = true;
    if (row.value(0, 1) != QStringLiteral("t")) {
        err() << command << ": "
              << Fwctl::tr("the connected role %1 lacks CREATEROLE: it cannot create the roles above; run them as a role that has it "
                           "(ALTER ROLE %1 CREATEROLE, as a superuser)")
                     .arg(role)
              << '\n';
        able = false;
    }
    if (row.value(0, 3) != QStringLiteral("t")) {
        err() << command << ": "
              << Fwctl::tr("the connected role %1 does not own schema fw (%2 does): only the owner can give these rights")
                     .arg(role, row.value(0, 2))
              << '\n';
        able = false;
    }
    if (able)
        err() << command << ": " << Fwctl::tr("the connected role %1 can run these statements").arg(role) << '\n';
    return able ? Ok : Failure;
}

} // namespace fw::cli
