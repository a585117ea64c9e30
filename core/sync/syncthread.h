// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "syncagent.h"
#include "synclink.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace fw {

class Database;
class EnginePort;
class PgInterrupt;
class QueuedEnginePort;
class SyncRounds;

// What the engine's thread reads of the sync thread without waiting for it.
struct SyncHealth {
    std::atomic<bool> online { false };
    std::atomic<qint64> roundStartedMs { 0 }; // steady_clock ms; 0 between rounds
    // steady_clock ms of the remote store's last sign of life (PgSessionSettings::lastProgressMs)
    std::shared_ptr<std::atomic<qint64>> lastProgressMs = std::make_shared<std::atomic<qint64>>(0);
    std::atomic<bool> wakePending { false }; // a wake() the sync thread has not taken up yet
};

// A workstation's sync on a thread of its own, beside the engine on the caller's thread
// (docs/sync.md, "Threads"): its own store connection, its own PostgreSQL connection, rounds on a
// timer, on wake() and on the remote store's notifications. The engine never waits on the network:
// what a round needs of it (drop or adopt an order, run a command) is queued to the engine's
// thread through the EnginePort while the round waits. decidesClaims() is false while offline and
// while a round has had no sign of life from the remote store for a second, so claims are then
// granted locally at once.
class SyncThread final : public QObject, public SyncLink {
    Q_OBJECT

public:
    SyncThread(QString storePath, SyncSettings settings, int roundIntervalMs);
    ~SyncThread() override; // stop()

    // On the engine's thread, on its store connection: the workstation id (made once and kept).
    // nullopt, or the local store's problem. No network.
    Status prepare(Database& database);
    // Starts the rounds; `engine` (on this thread, e.g. DirectEnginePort) must outlive stop().
    void start(EnginePort& engine);
    // Ends the rounds: a hanging network wait is interrupted, the engine port closed. Returns when
    // the thread has finished (at once, or after the local write under way).
    void stop();

    QString workstation() const override { return m_workstation; }
    bool decidesClaims() const override;
    void wake() override;
    // Who works at this workstation (shown to others): sent with the next round's heartbeat.
    void setUser(const QString& user);
    const SyncStatus& status() const { return m_status; } // the last round's

Q_SIGNALS:
    void statusChanged(const fw::SyncStatus& status); // after every round, on this object's thread

private:
    QString m_storePath;
    SyncSettings m_settings;
    int m_roundIntervalMs;
    QString m_workstation;
    SyncStatus m_status;
    std::shared_ptr<SyncHealth> m_health;
    std::shared_ptr<PgInterrupt> m_interrupt;
    std::unique_ptr<QueuedEnginePort> m_port;
    QThread* m_thread = nullptr;
    SyncRounds* m_rounds = nullptr; // lives on m_thread
};

} // namespace fw
