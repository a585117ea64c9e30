// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl sync status: what the running follower (sync --follow, the workbench's engine) recorded at
// its last round (FollowerStatus in sync_state), read from the local store; no connection is made
// unless --probe asks for one (docs/sync.md, "Status").
#include "synccommands.h"

#include "cli.h"

#include "common/clock.h"
#include "engine/executor.h"
#include "store/assetsyncstore.h"
#include "store/database.h"
#include "sync/followerstatus.h"
#include "store/syncledger.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <signal.h>

namespace fw::cli {

namespace {
    // A follower's rounds end within seconds (timeouts); a record older than this means a round hangs.
    constexpr qint64 staleSeconds = 30;

    QJsonValue jsonTime(const QDateTime& time)
    {
        return time.isValid() ? QJsonValue(toStoreTime(time)) : QJsonValue();
    }

    QString ageText(qint64 seconds)
    {
        if (seconds < 120)
            return Fwctl::tr("%1 s ago").arg(seconds);
        if (seconds < 7200)
            return Fwctl::tr("%1 min ago").arg(seconds / 60);
        return Fwctl::tr("%1 h ago").arg(seconds / 3600);
    }

    QString stateLine(const FollowerRecord& r)
    {
        if (r.state == QStringLiteral("online"))
            return Fwctl::tr("online");
        if (r.state == QStringLiteral("refused"))
            return Fwctl::tr("refused: %1").arg(r.lastError.simplified());
        QString line = Fwctl::tr("offline since %1").arg(shownTime(r.offlineSince));
        if (r.state == QStringLiteral("back-off"))
            line += Fwctl::tr(", back-off until %1").arg(shownTime(r.retryAt));
        return line + QStringLiteral(": ") + r.lastError.simplified();
    }
} // namespace

int syncStatusRecorded(const QString& command, Database& database, bool json)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SyncLedger ledger(database.connection());
    const Result<std::optional<FollowerRecord>> recorded = FollowerStatus::read(ledger);
    const Result<QString> workstationRead = ledger.value(QStringLiteral("workstation"));
    // Counted now in the local store: the backlog of what waits here to be sent.
    const Result<qint64> queuedEventsRead = ledger.unpushedEvents();
    const Result<int> queuedCommandsRead = ledger.queuedCommands();
    const Result<qint64> queuedAssetsRead = AssetSyncStore(database.connection()).queued();
    const Result<QHash<QString, qint64>> leasesRead = ledger.leases();
    for (const QString& failed : { recorded.message(), workstationRead.message(), queuedEventsRead.message(), queuedCommandsRead.message(),
                                   queuedAssetsRead.message(), leasesRead.message() }) {
        if (!failed.isEmpty()) {
            err() << command << ": " << failed << Qt::endl;
            return Failure;
        }
    }
    const std::optional<FollowerRecord>& record = *recorded;
    // Running: an engine holds the store (a follower, or `fwctl run`), and the process that recorded is alive.
    const bool running = record && record->pid > 0 && ::kill(pid_t(record->pid), 0) == 0 && Executor::engineRunningOn(database.path());
    const qint64 age = record && record->recordedAt.isValid() ? std::max<qint64>(0, record->recordedAt.secsTo(now)) : -1;
    const bool stale = running && age > staleSeconds;
    const qint64 lag = record && record->lastSync.isValid() ? std::max<qint64>(0, record->lastSync.secsTo(now)) : -1;
    const QString workstation = *workstationRead;
    const qint64 queuedEvents = *queuedEventsRead;
    const int queuedCommands = *queuedCommandsRead;
    const qint64 queuedAssets = *queuedAssetsRead;
    const int leases = int(leasesRead->size());
    const std::vector<SyncConflict> conflicts = ledger.conflicts();

    if (json) {
        QJsonObject object {
            { QStringLiteral("workstation"), workstation },
            { QStringLiteral("follower"), running ? QStringLiteral("running") : QStringLiteral("none") },
            { QStringLiteral("state"), record ? record->state : QStringLiteral("unknown") },
            { QStringLiteral("recordedAt"), record ? jsonTime(record->recordedAt) : QJsonValue() },
            { QStringLiteral("ageSeconds"), age >= 0 ? QJsonValue(double(age)) : QJsonValue() },
            { QStringLiteral("stale"), stale },
            { QStringLiteral("pid"), record ? QJsonValue(double(record->pid)) : QJsonValue() },
            { QStringLiteral("lastSync"), record ? jsonTime(record->lastSync) : QJsonValue() },
            { QStringLiteral("lagSeconds"), lag >= 0 ? QJsonValue(double(lag)) : QJsonValue() },
            { QStringLiteral("offlineSince"), record ? jsonTime(record->offlineSince) : QJsonValue() },
            { QStringLiteral("retryAt"), record ? jsonTime(record->retryAt) : QJsonValue() },
            { QStringLiteral("lastError"), record ? record->lastError : QString() },
            { QStringLiteral("link"), record ? record->link : QString() },
            { QStringLiteral("backlog"), record ? double(record->backlog) : 0.0 },
            { QStringLiteral("queuedEvents"), double(queuedEvents) },
            { QStringLiteral("queuedCommands"), queuedCommands },
            { QStringLiteral("queuedAssets"), double(queuedAssets) },
            { QStringLiteral("leasesHeld"), leases },
            { QStringLiteral("openConflicts"), int(conflicts.size()) },
        };
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        out().flush();
        return Ok;
    }
    out() << statusField(Fwctl::tr("workstation:")) << (workstation.isEmpty() ? Fwctl::tr("(none yet)") : workstation) << '\n';
    if (!record) {
        out() << statusField(Fwctl::tr("follower:")) << Fwctl::tr("no follower running (none has recorded a round in this store)") << '\n';
    } else {
        if (running)
            out() << statusField(Fwctl::tr("follower:"))
                  << Fwctl::tr("running (pid %1), last round recorded %2").arg(QString::number(record->pid), ageText(age))
                  << (stale ? Fwctl::tr(": stale, its round has not ended for over %1 s").arg(staleSeconds) : QString()) << '\n';
        else
            out() << statusField(Fwctl::tr("follower:"))
                  << Fwctl::tr("no follower running; the last one recorded at %1 (%2)").arg(shownTime(record->recordedAt), ageText(age))
                  << '\n';
        out() << statusField(Fwctl::tr("remote store:")) << stateLine(*record)
              << (running ? QString() : QLatin1Char(' ') + Fwctl::tr("(at that round)")) << '\n'
              << statusField(Fwctl::tr("last sync:")) << shownTime(record->lastSync) << '\n'
              << statusField(Fwctl::tr("lag:"))
              << (lag >= 0 ? Fwctl::tr("%1 s since the last completed round").arg(lag) : Fwctl::tr("no round completed yet")) << '\n'
              << statusField(Fwctl::tr("to pull:")) << Fwctl::tr("%1 events (approximate)").arg(record->backlog) << '\n';
        if (!record->lastError.isEmpty() && record->state == QStringLiteral("online"))
            out() << statusField(Fwctl::tr("last error:")) << record->lastError.simplified() << '\n';
        if (record->link == QStringLiteral("unencrypted"))
            out() << statusField(Fwctl::tr("link:"))
                  << Fwctl::tr("UNENCRYPTED: anyone on the network can read and change what is sent; connect with sslmode=verify-full "
                               "and the CA's file (docs/sync.md, \"TLS\")")
                  << '\n';
        else if (record->link.startsWith(QStringLiteral("unencrypted")))
            out() << statusField(Fwctl::tr("link:")) << record->link << '\n';
        else if (!record->link.isEmpty())
            out() << statusField(Fwctl::tr("link:")) << Fwctl::tr("encrypted (%1)").arg(record->link) << '\n';
    }
    out() << statusField(Fwctl::tr("queued:"))
          << Fwctl::tr("%1 events, %2 commands, %3 assets").arg(queuedEvents).arg(queuedCommands).arg(queuedAssets) << '\n'
          << statusField(Fwctl::tr("leases held:")) << leases << '\n'
          << statusField(Fwctl::tr("orders:")) << ordersLine(database) << '\n'
          << statusField(Fwctl::tr("conflicts:")) << Fwctl::tr("%1 open").arg(conflicts.size()) << '\n';
    for (const SyncConflict& conflict : conflicts)
        out() << "  " << shownTime(conflict.at) << "  " << conflict.kind << "  " << conflict.detail << '\n';
    out().flush();
    return Ok;
}

} // namespace fw::cli
