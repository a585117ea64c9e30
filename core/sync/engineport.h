// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include "commands/command.h"

#include <optional>

namespace fw {

class Clock;
class Database;
class Executor;

// What a sync round asks of the engine that runs this workstation's orders (docs/sync.md): whether
// it runs an order, to let go of one taken over elsewhere, to take up one adopted here, and to
// carry out commands decided elsewhere. The round may run on another thread than the engine
// (SyncThread); the engine never waits for the round.
class EnginePort {
public:
    virtual ~EnginePort() = default;

    virtual bool runs(const QString& orderId) = 0;
    virtual void dropOrder(const QString& orderId) = 0;
    virtual Status adoptOrder(const QString& orderId) = 0;
    // Another workstation's command: authorized and applied here like any other (without the
    // remote store: its claim, if any, was decided there already).
    virtual CommandResult process(const Command& command) = 0;
    // A command this workstation queued and the remote store has decided (a claim granted, an
    // action queued for an order this engine now runs): applied on the executor as it stands.
    virtual Status apply(const Command& command) = 0;
    // A claim the remote store granted (sync_outbox row `queuedId`), applied unless a later claim or
    // release of the task here superseded it meanwhile (the row is then 'superseded': "superseded").
    virtual Status grantClaim(qint64 queuedId, const Command& claim) = 0;
    // False once the engine stops: what it could not take stays queued for its next start.
    virtual bool available() const { return true; }
};

// The port of an engine on the caller's own thread (fwctl, tests, and the engine side of SyncThread).
class DirectEnginePort final : public EnginePort {
public:
    DirectEnginePort(Database& database, const Clock& clock, Executor& executor);

    bool runs(const QString& orderId) override;
    void dropOrder(const QString& orderId) override;
    Status adoptOrder(const QString& orderId) override;
    CommandResult process(const Command& command) override;
    Status apply(const Command& command) override;
    Status grantClaim(qint64 queuedId, const Command& claim) override;

private:
    Database& m_database;
    const Clock& m_clock;
    Executor& m_executor;
};

} // namespace fw
