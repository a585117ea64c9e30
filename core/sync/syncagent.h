#pragma once

#include "pgconnection.h"
#include "remotestore.h"
#include "syncledger.h"
#include "synclink.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

namespace fw {

class Clock;
class Database;
class EnginePort;
class Executor;
class OrderSnapshots;
class PgConnection;
struct Command;

struct SyncSettings {
    QString conninfo; // libpq keyword/value string or URI; the password from ~/.pgpass or PGPASSFILE
    QString workstation; // empty: the store's own id, made once and kept in sync_state
    QString user; // who works at this workstation (shown to others)
    int leaseTtlSeconds = 60;
    int capacity = 500; // active orders this workstation's engine takes at most
    int batch = 20000; // events per push or pull
    int claimIdleSeconds = 0; // a claim untouched this long may be taken by another; 0: the store's claims.idleHours, else 8 h
    PgSessionSettings session; // keepalives and timeouts of the connection (docs/sync.md); its application_name is fw/<workstation>
};

struct SyncStatus {
    bool online = false;
    bool catchingUp = false; // the last pull left more to read
    QDateTime lastSync; // the last round that reached the remote store
    QDateTime offlineSince; // invalid while online
    qint64 queuedEvents = 0; // local events not yet in the shared journal
    int queuedCommands = 0; // commands for other workstations' orders, not yet answered
    int leasesHeld = 0;
    int openConflicts = 0;
    qint64 pushedEvents = 0; // since this agent started
    qint64 pulledEvents = 0;
    qint64 backlog = 0; // shared journal entries still to pull (approximate), while catching up
    QString workstation;
    QString lastError;
    bool refused = false; // the remote store refused this workstation id for the connected role (lastError says why)
    QString link; // online: the TLS protocol ("TLSv1.3"), "unencrypted" or "unencrypted, on this machine"; empty offline
    std::vector<SyncConflict> conflicts; // the open ones, newest last (at most 50)
};

// A workstation's side of the sync protocol (docs/sync.md), driven by round(): reconnect if due,
// renew leases (dropping lost orders from the engine), run commands addressed to this workstation's
// orders, push the journal, send queued commands (claims decided, claims freed), copy new catalogs,
// take free and expired leases up to capacity, pull other workstations' events and order states.
// Offline, rounds only retry the connection, with back-off, and the engine keeps running what it
// holds. An engine's agent runs on its own thread (SyncThread) with its own store connection and
// reaches the engine through an EnginePort; fwctl runs one on its own thread.
class SyncAgent final : public SyncLink {
public:
    SyncAgent(Database& database, const Clock& clock, SyncSettings settings);
    ~SyncAgent() override;
    SyncAgent(const SyncAgent&) = delete;
    SyncAgent& operator=(const SyncAgent&) = delete;

    // Prepares the local side (the workstation id) and tries to connect; being offline is not
    // an error. nullopt, or the local store's problem.
    std::optional<QString> open();
    // open() without connecting: the first round connects.
    std::optional<QString> prepare();
    // The workstation id of a store: `workstation` if given (and the store has none yet, or the
    // same), else the store's, else a new one, kept in sync_state. nullopt, or why not.
    static std::optional<QString> claimWorkstation(Database& database, QString& workstation);
    QString workstation() const override { return m_workstation; }
    bool isOnline() const { return m_online; }
    bool decidesClaims() const override { return m_online; }
    void wake() override { } // the caller runs the rounds
    // Who works at this workstation (shown to others): sent with the next round's heartbeat.
    void setUser(const QString& user)
    {
        m_settings.user = user;
        m_nextRenew.setRemainingTime(0);
    }
    // engine: the engine that runs this workstation's orders; null before it has loaded (or in a
    // process without one): commands for it and adoptions then wait for a later round.
    SyncStatus round(EnginePort* engine);
    SyncStatus round(std::nullptr_t) { return round(static_cast<EnginePort*>(nullptr)); }
    SyncStatus round(Executor* executor); // an engine on this thread (through a DirectEnginePort)
    SyncStatus status() const;
    // Waits up to timeoutMs for a notification from the remote store; true when one came.
    bool waitForWork(int timeoutMs);

    // Commands (syncagentcommands.cpp). An action on a replica is queued for its owner: the queued
    // id comes back, the outcome later through commandOutcome(). (An engine's commands go through
    // SyncedActions, which queues claims to be decided here.)
    bool isReplica(const QString& orderId) const;
    std::variant<qint64, QString> queueCommand(const Command& request);
    std::optional<QueuedCommand> commandOutcome(qint64 queuedId) const { return m_ledger.command(queuedId); }
    std::vector<QueuedCommand> pendingCommands() const; // queued or sent, not answered yet
    std::vector<SyncConflict> conflicts() const { return m_ledger.conflicts(); }
    std::optional<QString> acknowledgeConflict(qint64 id) { return m_ledger.acknowledgeConflict(id); }
    // The workstation that runs an order: this one, or the replica's owner.
    QString ownerOf(const QString& orderId) const;
    Database& database() const { return m_database; }
    // The remote store's connection socket (for a QSocketNotifier), -1 offline; and reading what
    // woke it: true when notifications came.
    int notificationSocket() const;
    int connections() const { return m_connections; } // successful connects so far: a new one means a new socket
    bool takeWakeUps();

    RemoteStore* remote() { return m_online ? m_remote.get() : nullptr; }

private:
    bool connectIfDue();
    void goOffline(const QString& error);
    void noteOffline(); // offline since now, unless already; kept in sync_state
    bool check(const std::optional<QString>& error); // false (and offline if the link broke) on error
    // syncagentleases.cpp
    bool renewLeases(EnginePort* engine);
    bool copyCatalogs();
    bool acquireLeases(EnginePort* engine);
    bool adopt(const Lease& lease, EnginePort* engine);
    // syncagentjournal.cpp
    bool pushEvents();
    bool pullEvents();
    SyncStatus recordStatus(const SyncStatus& status);
    // Other workstations' events into the local journal (the caller's transaction).
    static std::optional<QString> recordRemoteEvents(const QSqlDatabase& db, const std::vector<SyncEvent>& events);
    std::optional<QString> registerLocalOrder(const QString& orderId);
    // syncagentusers.cpp: users changed in the remote store since the last pull, into the local store.
    bool pullUsers();
    int claimIdleSeconds() const;
    // syncagentcommands.cpp
    bool runCommands(EnginePort* engine);
    bool sendCommands(EnginePort* engine);
    // A queued command done here (syncagentoutbox.cpp): for an order this engine runs, a claim to
    // decide or to assert, an action queued while the order was another's; a claim to free. False
    // when the round must stop (the link broke, the engine is stopping).
    enum class Settling { Settled, Waits, StopRound };
    bool settleOwnCommand(EnginePort* engine, const QueuedCommand& command, const Command& request);
    Settling decideClaim(EnginePort* engine, const QueuedCommand& command, const Command& request, std::optional<QString>& failure);
    Settling assertClaim(EnginePort* engine, const QueuedCommand& command, const Command& request, std::optional<QString>& failure);
    Settling freeClaim(const Command& request, std::optional<QString>& failure);
    Settling stopRound(const QString& error);
    Settling applyQueued(EnginePort* engine, const QueuedCommand& command, const Command& request, std::optional<QString>& failure);
    static QString claimedMessage(const ClaimOutcome& claim); // "claimed by USER at TIME (on WORKSTATION)"

    Database& m_database;
    const Clock& m_clock;
    SyncSettings m_settings;
    QString m_workstation;
    SyncLedger m_ledger;
    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<RemoteStore> m_remote;
    std::unique_ptr<OrderSnapshots> m_snapshots;
    bool m_online = false;
    bool m_catchingUp = false;
    QDateTime m_lastSync;
    QDateTime m_offlineSince;
    QString m_lastError;
    QString m_refusal; // bindingRefusal's answer at the last connect
    QDeadlineTimer m_nextConnect { 0 };
    QDeadlineTimer m_nextRenew { 0 }; // leases are renewed every third of their time, not every round
    QDeadlineTimer m_nextCatalogCheck { 0 };
    int m_backoffMs = 1000;
    int m_connections = 0;
    qint64 m_pushed = 0;
    qint64 m_pulled = 0;
    qint64 m_backlog = 0;
    QString m_recordedState; // the follower status last written to sync_state, and when
    QDateTime m_recordedAt;
};

} // namespace fw

Q_DECLARE_METATYPE(fw::SyncStatus)
