#pragma once

#include "remotestore.h"

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
// workstation holds, conflicts, queued commands). Every method is one statement on the given
// connection; callers hold the transaction where several must go together.
class SyncLedger {
public:
    explicit SyncLedger(QSqlDatabase database);

    QString value(const QString& key, const QString& fallback = {}) const;
    std::optional<QString> setValue(const QString& key, const QString& value);
    qint64 number(const QString& key) const { return value(key, QStringLiteral("0")).toLongLong(); }

    QHash<QString, qint64> leases() const; // order id -> fencing token
    std::optional<QString> holdLease(const Lease& lease);
    std::optional<QString> dropLease(const QString& orderId);

    std::optional<QString> addConflict(const QDateTime& at, const QString& orderId, const QString& kind, const QString& detail,
                                       const QString& events = {});
    std::vector<SyncConflict> conflicts(bool includeAcknowledged = false) const;
    int openConflicts() const;
    std::optional<QString> acknowledgeConflict(qint64 id);

    std::variant<qint64, QString> queueCommand(const QDateTime& at, const QString& orderId, const QString& request, const QString& actor);
    std::vector<QueuedCommand> commands(const QString& state) const;
    std::optional<QueuedCommand> command(qint64 id) const;
    std::optional<QString> setCommandState(qint64 id, const QString& state, const QString& error, const QDateTime& at);
    int queuedCommands() const; // queued or sent, not answered yet
    // Marks a queued command 'superseded' (a later action here made it moot); false when it is not queued any more.
    bool supersede(qint64 id, const QDateTime& at);
    // Replaces a queued command's request (a claim granted here after all); false when it is not queued any more.
    bool rewriteQueued(qint64 id, const QString& request);
    // Fails a queued claim the remote store refused, unless it was granted here meanwhile (its request
    // no longer marked decideFirst): true when failed, false when granted here (or not queued).
    bool failUndecidedClaim(qint64 id, const QString& error, const QDateTime& at);

    qint64 unpushedEvents() const; // local journal entries past pushed_through

    // Marks an order of the local store as a replica of `owner` (it left this engine).
    std::optional<QString> markReplica(const QString& orderId, const QString& owner);
    // The workstation that runs a replica; empty for an order this workstation runs (or none).
    QString replicaOwner(const QString& orderId) const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
