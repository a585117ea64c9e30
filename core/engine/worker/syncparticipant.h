// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engineparticipant.h"
#include "sync/syncagent.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace fw {

class DirectEnginePort;
class SyncThread;

// The engine's side of the remote store (docs/sync.md): the sync rounds run on a thread of their
// own (SyncThread), and the engine hears of them through their status and never waits for them.
// It stamps the workstation on the client's commands, tells the client how a command queued for
// the remote store or another workstation was answered, and grants claims here that a silent link
// left undecided.
class SyncParticipant final : public QObject, public EngineParticipant {
    Q_OBJECT

public:
    explicit SyncParticipant(SyncSettings settings);
    ~SyncParticipant() override;

    QString name() const override { return QStringLiteral("sync"); }
    Status prepare(EngineHost& host) override; // the workstation id, no network
    void start(EngineHost& host) override; // the sync thread's rounds begin
    bool delaysFirstTick() const override { return true; } // the first round drops orders taken over meanwhile
    void tick(EngineHost& host) override;
    void publish(EngineHost& host, EngineSnapshot& next) override;
    void answered(const QString& label, const Command& command, const CommandResult& result) override;
    void stop() override;

    QString workstation() const;
    void setUser(const QString& user); // shown to other workstations from the next round
    void acknowledgeConflict(EngineHost& host, qint64 conflictId, const QString& user);

Q_SIGNALS:
    void statusChanged(const fw::SyncStatus& status);

private:
    void onRoundDone(const SyncStatus& status);
    void reportAnsweredCommands();

    SyncSettings m_settings;
    EngineHost* m_host = nullptr;
    std::unique_ptr<DirectEnginePort> m_enginePort; // what the sync thread's rounds ask of this engine
    std::unique_ptr<SyncThread> m_thread;
    qint64 m_journalSeq = -1; // the journal position last pushed for
    QHash<qint64, QString> m_waitingCommands; // sync_outbox id -> the action, until its owner answers
};

} // namespace fw
