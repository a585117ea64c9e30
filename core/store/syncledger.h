// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace fw {

// A conflict the sync found and kept for the user (docs/sync.md, "Conflict rules").
struct SyncConflict {
    qint64 id = 0;
    QDateTime at;
    QString orderId;
    QString kind; // lease-lost, events-refused, command-failed, claim-lost, inbound-rejected
    QString detail; // one human sentence: who, what, when
    QString events; // refused journal entries as JSON, for events-refused
    bool operator==(const SyncConflict&) const = default;
};

// A command for another workstation's order, waiting in sync_outbox.
struct QueuedCommand {
    qint64 id = 0;
    QString orderId;
    QString request; // portable Command JSON
    QString actor;
    QString state; // queued, sent, done, failed; superseded (a claim decision overtaken by a later action here)
    QString error;
    QDateTime at; // when it was queued
};

// The local side of sync: the sync_* tables of the embedded store (cursors, the leases this
// workstation holds, conflicts, queued commands) and the orders' replica_of. Every method is one
// statement on the given connection; callers hold the transaction where several must go together.
// A failed statement comes back as an Error naming what was read or written and SQLite's reason.
// commands(), command(), replicaOwner(), conflicts() and openConflicts() keep their plain answers
// for the engine and fwctl (a failure reads as none, and is logged).
class SyncLedger {
public:
    explicit SyncLedger(QSqlDatabase database);

    // A sync_state value; `fallback` when the key has none.
    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value);
    Result<qint64> number(const QString& key) const; // 0 when the key has none

    Result<QHash<QString, qint64>> leases() const; // order id -> fencing token
    Status holdLease(const QString& orderId, qint64 fencingToken, const QDateTime& expiresAt);
    Status dropLease(const QString& orderId);

    Status addConflict(const QDateTime& at, const QString& orderId, const QString& kind, const QString& detail, const QString& events = {});
    std::vector<SyncConflict> conflicts(bool includeAcknowledged = false) const;
    int openConflicts() const;
    Status acknowledgeConflict(qint64 id);

    Result<qint64> queueCommand(const QDateTime& at, const QString& orderId, const QString& request, const QString& actor);
    std::vector<QueuedCommand> commands(const QString& state) const;
    Result<std::vector<QueuedCommand>> readCommands(const QString& state) const;
    std::optional<QueuedCommand> command(qint64 id) const;
    Status setCommandState(qint64 id, const QString& state, const QString& error, const QDateTime& at);
    Result<int> queuedCommands() const; // queued or sent, not answered yet
    // Marks a queued command 'superseded' (a later action here made it moot); false when it is not queued any more.
    Result<bool> supersede(qint64 id, const QDateTime& at);
    // Replaces a queued command's request (a claim granted here after all); false when it is not queued any more.
    Result<bool> rewriteQueued(qint64 id, const QString& request);
    // Fails a queued claim the remote store refused, unless it was granted here meanwhile (its request
    // no longer marked decideFirst): true when failed, false when granted here (or not queued).
    Result<bool> failUndecidedClaim(qint64 id, const QString& error, const QDateTime& at);

    Result<qint64> unpushedEvents() const; // local journal entries past pushed_through

    // Marks an order of the local store as a replica of `owner` (it left this engine).
    Status markReplica(const QString& orderId, const QString& owner);
    // The workstation that runs a replica; empty for an order this workstation runs (or none).
    QString replicaOwner(const QString& orderId) const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
