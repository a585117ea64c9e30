// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "pgconnection.h"
#include "remotestore.h"
#include "store/syncledger.h"
#include "synclink.h"
#include "syncsettings.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

namespace fw {

class AssetSync;
class CatalogCopier;
class Clock;
class CommandRelay;
class Database;
class EnginePort;
class Executor;
class JournalPuller;
class JournalPusher;
class LeaseKeeper;
class OrderSnapshots;
class PgConnection;
class UserDirectorySync;
struct Command;
struct SyncSession;

// A workstation's side of the sync protocol (docs/sync.md), driven by round(): reconnect if due,
// renew leases (dropping lost orders from the engine), run commands addressed to this workstation's
// orders, push the journal, send queued commands (claims decided, claims freed), copy new catalogs,
// take free and expired leases up to capacity, pull other workstations' events and order states,
// then assets and their history both ways (AssetSync).
// Offline, rounds only retry the connection, with back-off, and the engine keeps running what it
// holds. An engine's agent runs on its own thread (SyncThread) with its own store connection and
// reaches the engine through an EnginePort; fwctl runs one on its own thread. The agent keeps the
// connection and the round; the steps are its parts (UserDirectorySync, CommandRelay, JournalPusher,
// CatalogCopier, LeaseKeeper, JournalPuller, AssetSync), which share a SyncSession.
class SyncAgent final : public SyncLink {
public:
    SyncAgent(Database& database, const Clock& clock, SyncSettings settings);
    ~SyncAgent() override;
    SyncAgent(const SyncAgent&) = delete;
    SyncAgent& operator=(const SyncAgent&) = delete;

    // Prepares the local side (the workstation id) and tries to connect; being offline is not
    // an error, only the local store's problem is.
    Status open();
    // open() without connecting: the first round connects.
    Status prepare();
    // The workstation id of a store: `wanted` if given (and the store has none yet, or the same),
    // else the store's, else a new one, kept in sync_state; or why not ("STORE: this store belongs
    // to workstation 'a', not 'b'; one store per workstation").
    static Result<QString> claimWorkstation(Database& database, const QString& wanted);
    QString workstation() const override { return m_workstation; }
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

    // Commands. An action on a replica is queued for its owner: the queued
    // id comes back, the outcome later through commandOutcome(). (An engine's commands go through
    // SyncedActions, which queues claims to be decided here.)
    bool isReplica(const QString& orderId) const;
    Result<qint64> queueCommand(const Command& request); // the queued id
    std::optional<QueuedCommand> commandOutcome(qint64 queuedId) const { return m_ledger.command(queuedId); }
    std::vector<SyncConflict> conflicts() const { return m_ledger.conflicts(); }
    // The remote store's connection socket (for a QSocketNotifier), -1 offline; and reading what
    // woke it: true when notifications came.
    int notificationSocket() const;
    int connections() const { return m_connections; } // successful connects so far: a new one means a new socket
    bool takeWakeUps();

private:
    bool connectIfDue();
    Status establish();
    void goOffline(const QString& error);
    void noteOffline(); // offline since now, unless already; kept in sync_state
    bool check(const Status& step); // false (and offline if the link broke) when a step failed
    SyncStatus recordStatus(const SyncStatus& status);

    Database& m_database;
    const Clock& m_clock;
    SyncSettings m_settings;
    QString m_workstation;
    SyncLedger m_ledger;
    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<RemoteStore> m_remote;
    std::unique_ptr<OrderSnapshots> m_snapshots;
    std::unique_ptr<SyncSession> m_session;
    std::unique_ptr<UserDirectorySync> m_users;
    std::unique_ptr<CommandRelay> m_commands;
    std::unique_ptr<JournalPusher> m_pusher;
    std::unique_ptr<CatalogCopier> m_catalogs;
    std::unique_ptr<LeaseKeeper> m_leases;
    std::unique_ptr<JournalPuller> m_puller;
    std::unique_ptr<AssetSync> m_assets;
    bool m_online = false;
    QDateTime m_lastSync;
    QDateTime m_offlineSince;
    QString m_lastError;
    QString m_refusal; // bindingRefusal's answer at the last connect
    QDeadlineTimer m_nextConnect { 0 };
    QDeadlineTimer m_nextRenew { 0 }; // leases are renewed every third of their time, not every round
    QDeadlineTimer m_nextCatalogCheck { 0 };
    int m_backoffMs = 1000;
    int m_connections = 0;
    QString m_recordedState; // the follower status last written to sync_state, and when
    QDateTime m_recordedAt;
};

} // namespace fw
