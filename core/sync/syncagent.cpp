// SyncAgent: connection, rounds and status. The protocol is docs/sync.md.
#include "syncagent.h"

#include "engineport.h"
#include "followerstatus.h"

#include "common/clock.h"
#include "ordersnapshot.h"
#include "pgconnection.h"
#include "remoteschema.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

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

std::optional<QString> SyncAgent::claimWorkstation(Database& database, QString& workstation)
{
    SyncLedger ledger(database.connection());
    const QString stored = ledger.value(QStringLiteral("workstation"));
    if (workstation.isEmpty())
        workstation = stored.isEmpty() ? newWorkstationId() : stored;
    if (stored == workstation)
        return std::nullopt;
    if (!stored.isEmpty())
        return QStringLiteral("%1: this store belongs to workstation '%2', not '%3'; one store per workstation")
            .arg(database.path(), stored, workstation);
    return ledger.setValue(QStringLiteral("workstation"), workstation);
}

std::optional<QString> SyncAgent::open()
{
    if (auto error = prepare())
        return error;
    connectIfDue();
    return std::nullopt;
}

std::optional<QString> SyncAgent::prepare()
{
    m_workstation = m_settings.workstation;
    if (auto error = claimWorkstation(m_database, m_workstation))
        return error;
    m_snapshots = std::make_unique<OrderSnapshots>(m_database.connection());
    PgSessionSettings session = m_settings.session;
    session.applicationName = QStringLiteral("fw/") + m_workstation;
    m_connection = std::make_unique<PgConnection>(m_settings.conninfo, session);
    m_remote = std::make_unique<RemoteStore>(*m_connection, m_workstation);
    // Kept in sync_state, so another process on the store (fwctl sync status) sees them too.
    m_lastSync = fromStoreTimeText(m_ledger.value(QStringLiteral("last_sync")));
    const QString offlineSince = m_ledger.value(QStringLiteral("offline_since"));
    m_offlineSince = offlineSince.isEmpty() ? m_clock.now() : fromStoreTimeText(offlineSince);
    return std::nullopt;
}

bool SyncAgent::connectIfDue()
{
    if (m_online && m_connection->isOpen())
        return true;
    if (!m_nextConnect.hasExpired())
        return false;
    auto error = m_connection->open();
    if (!error)
        error = RemoteSchema::migrate(*m_connection);
    if (!error) {
        for (const char* channel : { "LISTEN fw_events", "LISTEN fw_inbound", "LISTEN fw_commands" }) {
            if ((error = m_connection->execute(QString::fromLatin1(channel))))
                break;
        }
    }
    if (!error) {
        // A workstation id is its registering role's: another role is refused, and stays offline.
        QString failed;
        m_refusal = m_remote->bindingRefusal(failed).value_or(QString());
        if (!failed.isEmpty())
            error = failed;
        else if (!m_refusal.isEmpty())
            error = m_refusal;
    }
    if (!error)
        error = m_remote->heartbeat(m_settings.user, QHostInfo::localHostName());
    if (error) {
        m_connection->close();
        m_online = false;
        m_lastError = *error;
        noteOffline();
        m_nextConnect.setRemainingTime(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, maxBackoffMs);
        return false;
    }
    m_online = true;
    ++m_connections;
    m_offlineSince = QDateTime();
    m_nextRenew.setRemainingTime(0);
    m_nextCatalogCheck.setRemainingTime(0);
    m_ledger.setValue(QStringLiteral("offline_since"), QString());
    m_backoffMs = 1000;
    m_lastError.clear();
    return true;
}

void SyncAgent::goOffline(const QString& error)
{
    m_lastError = error;
    if (m_connection->isOpen())
        return; // the statement failed, the link is fine
    m_connection->close();
    m_online = false;
    noteOffline();
    m_nextConnect.setRemainingTime(m_backoffMs);
}

void SyncAgent::noteOffline()
{
    if (!m_offlineSince.isValid())
        m_offlineSince = m_clock.now();
    if (m_ledger.value(QStringLiteral("offline_since")).isEmpty())
        m_ledger.setValue(QStringLiteral("offline_since"), toStoreTime(m_offlineSince));
}

bool SyncAgent::check(const std::optional<QString>& error)
{
    if (!error)
        return true;
    goOffline(*error);
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
    if (!m_connection || !connectIfDue())
        return recordStatus(status());
    // Each step stops the round on a failure; the next round starts again from the top.
    // Heartbeat and lease renewal every third of the lease time; catalogs every 10 s.
    const bool renewDue = m_nextRenew.hasExpired();
    const bool catalogsDue = m_nextCatalogCheck.hasExpired();
    const bool ok = (!renewDue || (check(m_remote->heartbeat(m_settings.user, QHostInfo::localHostName())) && renewLeases(engine)))
        && pullUsers() && runCommands(engine) && pushEvents() && sendCommands(engine) && (!catalogsDue || copyCatalogs())
        && acquireLeases(engine) && pullEvents();
    if (ok && renewDue)
        m_nextRenew.setRemainingTime(std::max(100, m_settings.leaseTtlSeconds * 1000 / 3));
    if (ok && catalogsDue)
        m_nextCatalogCheck.setRemainingTime(10000);
    if (ok) {
        m_lastSync = m_clock.now();
        m_ledger.setValue(QStringLiteral("last_sync"), toStoreTime(m_lastSync));
        m_lastError.clear();
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
    if (!FollowerStatus::write(m_ledger, record)) {
        m_recordedState = record.state;
        m_recordedAt = now;
    }
    return s;
}

SyncStatus SyncAgent::status() const
{
    SyncStatus s;
    s.online = m_online;
    s.catchingUp = m_catchingUp;
    s.lastSync = m_lastSync;
    s.offlineSince = m_online ? QDateTime() : m_offlineSince;
    s.queuedEvents = m_ledger.unpushedEvents();
    s.queuedCommands = m_ledger.queuedCommands();
    s.leasesHeld = int(m_ledger.leases().size());
    s.openConflicts = m_ledger.openConflicts();
    s.pushedEvents = m_pushed;
    s.pulledEvents = m_pulled;
    s.backlog = m_catchingUp ? m_backlog : 0;
    s.workstation = m_workstation;
    s.lastError = m_lastError;
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

QString SyncAgent::ownerOf(const QString& orderId) const
{
    const QString owner = m_ledger.replicaOwner(orderId);
    return owner.isEmpty() ? m_workstation : owner;
}

int SyncAgent::notificationSocket() const
{
    return m_online && m_connection ? m_connection->socket() : -1;
}

bool SyncAgent::takeWakeUps()
{
    return m_online && !m_connection->takeNotifications().empty();
}

bool SyncAgent::waitForWork(int timeoutMs)
{
    if (!m_online)
        return false;
    if (!m_connection->takeNotifications().empty())
        return true;
    return m_connection->waitForNotification(timeoutMs) && !m_connection->takeNotifications().empty();
}

} // namespace fw
