// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SyncAgent: connection, rounds and status. The protocol is docs/sync.md.
#include "syncagent.h"

#include "common/logging.h"
#include "assetsync.h"
#include "catalogcopier.h"
#include "commandrelay.h"
#include "common/clock.h"
#include "engineport.h"
#include "followerstatus.h"
#include "journalpuller.h"
#include "journalpusher.h"
#include "leasekeeper.h"
#include "pglistener.h"
#include "pgconnection.h"
#include "portablerequest.h"
#include "remoteschema.h"
#include "store/database.h"
#include "store/ordersnapshot.h"
#include "syncsession.h"
#include "userdirectorysync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QRandomGenerator>

namespace fw {

namespace {
    constexpr int maxBackoffMs = 30000;

    QString newWorkstationId()
    {
        return QStringLiteral("%1-%2").arg(QHostInfo::localHostName(), QString::number(QRandomGenerator::global()->generate() % 100000));
    }
} // namespace

SyncAgent::SyncAgent(Database& database, const Clock& clock, SyncSettings settings)
    : m_database(database)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_ledger(database.connection())
{
}

SyncAgent::~SyncAgent() = default;

Result<QString> SyncAgent::claimWorkstation(Database& database, const QString& wanted)
{
    SyncLedger ledger(database.connection());
    const Result<QString> read = ledger.value(QStringLiteral("workstation"));
    if (!read)
        return read.error();
    const QString& stored = *read;
    const QString workstation = !wanted.isEmpty() ? wanted : !stored.isEmpty() ? stored : newWorkstationId();
    if (stored == workstation)
        return workstation;
    if (!stored.isEmpty())
        return failure(
            QStringLiteral("this store belongs to workstation '%1', not '%2'; one store per workstation").arg(stored, workstation),
            database.path());
    if (const Status kept = ledger.setValue(QStringLiteral("workstation"), workstation); !kept)
        return kept.error();
    return workstation;
}

Status SyncAgent::open()
{
    if (Status prepared = prepare(); !prepared)
        return prepared;
    connectIfDue();
    return {};
}

Status SyncAgent::prepare()
{
    const Result<QString> claimed = claimWorkstation(m_database, m_settings.workstation);
    if (!claimed)
        return claimed.error();
    m_workstation = *claimed;
    m_snapshots = std::make_unique<OrderSnapshots>(m_database.connection());
    PgSessionSettings session = m_settings.session;
    session.applicationName = QStringLiteral("fw/") + m_workstation;
    m_connection = std::make_unique<PgConnection>(m_settings.conninfo, session);
    m_remote = std::make_unique<RemoteStore>(*m_connection, m_workstation);
    m_session = std::make_unique<SyncSession>(
        SyncSession { m_database, m_clock, m_settings, m_workstation, m_ledger, *m_snapshots, *m_connection, *m_remote, m_lastError });
    m_users = std::make_unique<UserDirectorySync>(*m_session);
    m_commands = std::make_unique<CommandRelay>(*m_session);
    m_pusher = std::make_unique<JournalPusher>(*m_session);
    m_catalogs = std::make_unique<CatalogCopier>(*m_session);
    m_leases = std::make_unique<LeaseKeeper>(*m_session, *m_catalogs);
    m_puller = std::make_unique<JournalPuller>(*m_session);
    m_assets = std::make_unique<AssetSync>(*m_session);
    // Kept in sync_state, so another process on the store (fwctl sync status) sees them too.
    const Result<QString> lastSync = m_ledger.value(QStringLiteral("last_sync"));
    const Result<QString> offlineSince = m_ledger.value(QStringLiteral("offline_since"));
    if (!lastSync || !offlineSince)
        return (lastSync ? offlineSince : lastSync).error();
    m_lastSync = fromStoreTimeText(*lastSync);
    m_offlineSince = offlineSince->isEmpty() ? m_clock.now() : fromStoreTimeText(*offlineSince);
    return {};
}

// Opens the link and makes it this workstation's: schema, notifications, the binding of the
// workstation id to its role (another role is refused, and stays offline), the heartbeat.
Status SyncAgent::establish()
{
    if (Status opened = m_connection->open(); !opened)
        return opened;
    if (Status migrated = RemoteSchema::migrate(*m_connection); !migrated)
        return migrated;
    for (const char* channel : { "LISTEN fw_events", "LISTEN fw_inbound", "LISTEN fw_commands" }) {
        if (Status listening = m_connection->execute(QString::fromLatin1(channel)); !listening)
            return listening;
    }
    const Result<QString> refusal = m_remote->bindingRefusal();
    m_refusal = refusal.valueOr(QString());
    if (!refusal)
        return refusal.error();
    if (!m_refusal.isEmpty())
        return failure(m_refusal);
    return m_remote->heartbeat(m_settings.user, QHostInfo::localHostName());
}

bool SyncAgent::connectIfDue()
{
    if (m_online && m_connection->isOpen())
        return true;
    if (!m_nextConnect.hasExpired())
        return false;
    if (Status established = establish(); !established) {
        m_connection->close();
        m_online = false;
        m_lastError = established.message();
        // The first failure of a streak at info, the retries (every 1 s to 30 s) at debug.
        if (m_backoffMs == 1000)
            qCInfo(lcSync, "sync: cannot connect (retrying): %s", qPrintable(m_lastError));
        else
            qCDebug(lcSync, "sync: cannot connect, next try in %d ms: %s", m_backoffMs, qPrintable(m_lastError));
        noteOffline();
        m_nextConnect.setRemainingTime(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, maxBackoffMs);
        return false;
    }
    m_online = true;
    ++m_connections;
    qCInfo(lcSync, "sync: connected to %s as workstation %s (%s)", qPrintable(PgConnection::masked(m_connection->conninfo())),
           qPrintable(m_workstation), m_connection->isEncrypted() ? qPrintable(m_connection->tlsProtocol()) : "unencrypted");
    m_offlineSince = QDateTime();
    m_nextRenew.setRemainingTime(0);
    m_nextCatalogCheck.setRemainingTime(0);
    m_backoffMs = 1000;
    m_lastError.clear();
    if (const Status kept = m_ledger.setValue(QStringLiteral("offline_since"), QString()); !kept)
        m_lastError = kept.message(); // online all the same; fwctl sync status may show it offline
    return true;
}

void SyncAgent::goOffline(const QString& error)
{
    m_lastError = error;
    if (m_connection->isOpen()) {
        qCInfo(lcSync, "sync: round failed: %s", qPrintable(error));
        return; // the statement failed, the link is fine
    }
    qCInfo(lcSync, "sync: link lost, working offline: %s", qPrintable(error));
    m_connection->close();
    m_online = false;
    noteOffline();
    m_nextConnect.setRemainingTime(m_backoffMs);
}

void SyncAgent::noteOffline()
{
    if (!m_offlineSince.isValid())
        m_offlineSince = m_clock.now();
    const Result<QString> recorded = m_ledger.value(QStringLiteral("offline_since"));
    Status kept = recorded ? Status() : Status(recorded.error());
    if (recorded && recorded->isEmpty())
        kept = m_ledger.setValue(QStringLiteral("offline_since"), toStoreTime(m_offlineSince));
    if (!kept)
        m_lastError += QStringLiteral("; ") + kept.message();
}

bool SyncAgent::check(const Status& step)
{
    if (step)
        return true;
    if (!step.message().isEmpty()) // roundStopped(): the engine is stopping, nothing to report
        goOffline(step.message());
    return false;
}

SyncStatus SyncAgent::round(Executor* executor)
{
    if (!executor)
        return round(nullptr);
    DirectEnginePort engine(m_database, m_clock, *executor);
    return round(&engine);
}

SyncStatus SyncAgent::round(EnginePort* engine)
{
    const bool wasOnline = m_online && m_connection && m_connection->isOpen();
    if (!m_connection || !connectIfDue())
        return recordStatus(status());
    // Each step stops the round on a failure; the next round starts again from the top.
    // Heartbeat and lease renewal every third of the lease time (a new connection has just sent its
    // heartbeat); catalogs every 10 s.
    QElapsedTimer roundTimer;
    roundTimer.start();
    const qint64 pushedBefore = m_pusher->pushed();
    const qint64 pulledBefore = m_puller->pulled();
    const bool renewDue = m_nextRenew.hasExpired();
    const bool catalogsDue = m_nextCatalogCheck.hasExpired();
    const auto heartbeat = [this] { return m_remote->heartbeat(m_settings.user, QHostInfo::localHostName()); };
    const bool ok = (!renewDue || ((!wasOnline || check(heartbeat())) && check(m_leases->renew(engine)))) && check(m_users->pull())
        && check(m_commands->runIncoming(engine)) && check(m_pusher->push()) && check(m_commands->send(engine))
        && (!catalogsDue || check(m_catalogs->copy())) && check(m_leases->acquire(engine)) && check(m_puller->pull())
        && check(m_assets->push()) && check(m_assets->pull());
    if (ok && renewDue)
        m_nextRenew.setRemainingTime(std::max(100, m_settings.leaseTtlSeconds * 1000 / 3));
    if (ok && catalogsDue)
        m_nextCatalogCheck.setRemainingTime(10000);
    if (m_pusher->pushed() != pushedBefore || m_puller->pulled() != pulledBefore)
        qCDebug(lcSync, "sync: round %s in %lld ms: pushed %lld events, pulled %lld", ok ? "done" : "stopped", qint64(roundTimer.elapsed()),
                m_pusher->pushed() - pushedBefore, m_puller->pulled() - pulledBefore);
    if (ok) {
        m_lastSync = m_clock.now();
        m_lastError.clear();
        check(m_ledger.setValue(QStringLiteral("last_sync"), toStoreTime(m_lastSync)));
    }
    return recordStatus(status());
}

SyncStatus SyncAgent::recordStatus(const SyncStatus& s)
{
    // What `fwctl sync status` reports (docs/sync.md, "Status"): on every change of state, else at
    // most once a second, so the journal's writer is not slowed by it.
    const QDateTime now = m_clock.now();
    FollowerRecord record;
    record.state = s.refused         ? QStringLiteral("refused")
        : s.online                   ? QStringLiteral("online")
        : m_nextConnect.hasExpired() ? QStringLiteral("offline")
                                     : QStringLiteral("back-off");
    if (record.state == m_recordedState && m_recordedAt.isValid() && m_recordedAt.msecsTo(now) < 1000)
        return s;
    record.recordedAt = now;
    record.lastSync = s.lastSync;
    record.offlineSince = s.offlineSince;
    if (record.state == QStringLiteral("back-off"))
        record.retryAt = now.addMSecs(m_nextConnect.remainingTime());
    record.lastError = s.lastError;
    record.backlog = s.backlog;
    record.queuedEvents = s.queuedEvents;
    record.queuedCommands = s.queuedCommands;
    record.pid = QCoreApplication::applicationPid();
    record.link = s.link;
    if (FollowerStatus::write(m_ledger, record)) {
        m_recordedState = record.state;
        m_recordedAt = now;
    }
    return s;
}

SyncStatus SyncAgent::status() const
{
    SyncStatus s;
    s.online = m_online;
    s.catchingUp = m_puller && m_puller->catchingUp();
    s.lastSync = m_lastSync;
    s.offlineSince = m_online ? QDateTime() : m_offlineSince;
    // Counted in the local store; one that cannot be read is reported as the last error.
    const Result<qint64> queuedEvents = m_ledger.unpushedEvents();
    const Result<int> queuedCommands = m_ledger.queuedCommands();
    const Result<QHash<QString, qint64>> leases = m_ledger.leases();
    s.queuedEvents = queuedEvents.valueOr(0);
    s.queuedCommands = queuedCommands.valueOr(0);
    const Result<qint64> queuedAssets = m_assets ? m_assets->queued() : Result<qint64>(qint64(0));
    s.queuedAssets = queuedAssets.valueOr(0);
    s.leasesHeld = leases ? int(leases->size()) : 0;
    s.openConflicts = m_ledger.openConflicts();
    s.pushedEvents = m_pusher ? m_pusher->pushed() : 0;
    s.pulledEvents = m_puller ? m_puller->pulled() : 0;
    s.backlog = s.catchingUp ? m_puller->backlog() : 0;
    s.workstation = m_workstation;
    s.lastError = m_lastError;
    for (const QString& failed : { queuedEvents.message(), queuedCommands.message(), leases.message(), queuedAssets.message() }) {
        if (!failed.isEmpty())
            s.lastError = failed;
    }
    s.refused = !m_refusal.isEmpty();
    if (m_online && m_connection && m_connection->isOpen())
        s.link = m_connection->isEncrypted() ? m_connection->tlsProtocol()
            : m_connection->isLocal()        ? QStringLiteral("unencrypted, on this machine")
                                             : QStringLiteral("unencrypted");
    s.conflicts = m_ledger.conflicts();
    if (s.conflicts.size() > 50)
        s.conflicts.erase(s.conflicts.begin(), s.conflicts.end() - 50);
    return s;
}

int SyncAgent::notificationSocket() const
{
    return m_online && m_connection ? m_connection->socket() : -1;
}

bool SyncAgent::takeWakeUps()
{
    return m_online && !PgListener(*m_connection).take().empty();
}

bool SyncAgent::waitForWork(int timeoutMs)
{
    if (!m_online)
        return false;
    PgListener listener(*m_connection);
    if (!listener.take().empty())
        return true;
    return listener.wait(timeoutMs) && !listener.take().empty();
}

bool SyncAgent::isReplica(const QString& orderId) const
{
    return !m_ledger.replicaOwner(orderId).isEmpty();
}

Result<qint64> SyncAgent::queueCommand(const Command& request)
{
    const Result<PortableRequest::Portable> portable = PortableRequest::fromLocal(m_database.connection(), request);
    if (!portable)
        return failure(portable.message());
    const PortableRequest::Portable& p = *portable;
    if (p.orderId.isEmpty())
        return failure(QStringLiteral("names no order"), QString(), request.action);
    const Result<qint64> queued = m_ledger.queueCommand(m_clock.now(), p.orderId, p.request.toJson(), request.actor);
    if (!queued)
        return failure(queued.message());
    return *queued;
}

} // namespace fw
