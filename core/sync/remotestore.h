#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace fw {

class PgConnection;

// One journal entry on its way to or from the shared journal (fw.events).
struct SyncEvent {
    qint64 seq = 0; // fw.events.seq (pulled events only)
    QString workstation; // who wrote it
    qint64 localSeq = 0; // its seq in the writer's local journal
    QString orderId;
    qint64 fencingToken = 0;
    QString at; // store time text
    QString stepId;
    QString kind;
    QString actor;
    QString beforeState;
    QString afterState;
    QString payload;
};

// An order's state rows (OrderSnapshots) as the remote store keeps them.
struct SyncSnapshot {
    QString orderId;
    QString owner;
    qint64 fencingToken = 0;
    qint64 version = 0;
    QString state;
    QString json;
};

struct Lease {
    QString orderId;
    qint64 fencingToken = 0;
    QDateTime expiresAt; // server time
    QString previousOwner; // takeovers: who held it before
};

struct PushOutcome {
    int accepted = 0; // events now in the shared journal (a resent batch: 0)
    QStringList refusedOrders; // orders whose lease this workstation does not hold (fencing)
};

struct ClaimOutcome {
    bool granted = false;
    QString holder; // who holds it when not granted
    QString holderWorkstation;
    QDateTime claimedAt;
};

struct RemoteCommand {
    qint64 id = 0;
    QString orderId;
    QString request; // Command JSON in portable form (see PortableRequest)
    QString actor;
    QString issuedBy;
};

struct RemoteCommandResult {
    qint64 localId = 0;
    QString state; // pending, done, failed
    QString error;
    QString doneBy;
};

// Where a puller stands in the shared journal and the snapshots: rows are read in the order of their
// writing transaction's id (`tx`, an xid8), then seq or version, and only from transactions that
// have ended, so a push committing later can never land behind the cursor (docs/sync.md, "Pull").
struct PullCursor {
    qint64 eventsTx = 0;
    qint64 eventsSeq = 0;
    qint64 snapshotsTx = 0;
    qint64 snapshotsVersion = 0;
    bool operator==(const PullCursor&) const = default;
};

struct PulledBatch {
    std::vector<SyncEvent> events;
    std::vector<SyncSnapshot> snapshots;
    PullCursor through; // the cursor after this batch
    bool more = false; // another pull would return more
    qint64 backlog = 0; // shared journal entries past this batch (all workstations'; approximate)
};

// The protocol's statements on the remote store (docs/sync.md), for one workstation. Every call
// is one round trip or one transaction; errors are "remote store: REASON".
class RemoteStore {
public:
    RemoteStore(PgConnection& connection, QString workstation);

    const QString& workstation() const { return m_workstation; }
    // A workstation id belongs to the database role that registered it (docs/sync.md, "Integrity").
    // nullopt when this connection's role may act as this workstation; else the refusal, naming
    // both roles. A failed query leaves its error in `error` (and returns nullopt).
    std::optional<QString> bindingRefusal(QString& error);
    std::optional<QString> heartbeat(const QString& user, const QString& host);

    // Publishing (fwctl publish; an upstream system may insert fw.inbound_orders itself).
    std::optional<QString> publishCatalog(const QString& id, const QString& version, const QString& name, const QString& document);
    std::optional<QString> publishOrder(const QString& id, const QString& document);
    // (id, version) pairs of every published catalog, and one catalog's document.
    std::variant<std::vector<std::pair<QString, QString>>, QString> catalogKeys();
    std::variant<QString, QString> catalogDocument(const QString& id, const QString& version); // index 0: document
    std::variant<QString, QString> inboundDocument(const QString& orderId); // index 0: document, empty if none

    // Leases (remotestore_leases.cpp).
    std::variant<std::vector<Lease>, QString> acquireFree(int limit, int ttlSeconds);
    std::variant<std::vector<Lease>, QString> takeOverExpired(int limit, int ttlSeconds);
    // Extends every lease this workstation holds; returns those it still holds.
    std::variant<std::vector<Lease>, QString> renew(int ttlSeconds);
    // An order imported on this workstation: a lease for it, unless another workstation has one.
    std::variant<Lease, QString> registerOrder(const QString& orderId, const QString& document, int ttlSeconds);
    struct LeaseRow {
        QString orderId, owner;
        qint64 fencingToken = 0;
        QDateTime expiresAt;
        bool done = false;
    };
    std::variant<std::vector<LeaseRow>, QString> leases(bool includeDone = false);
    // Who holds each of these orders' leases now (order id -> owner; empty for free).
    std::variant<QHash<QString, QString>, QString> ownersOf(const QStringList& orderIds);

    // The shared journal (remotestore_journal.cpp).
    std::variant<PushOutcome, QString> push(const std::vector<SyncEvent>& events, const std::vector<SyncSnapshot>& snapshots);
    std::variant<PulledBatch, QString> pull(const PullCursor& after, int limit);
    std::variant<std::optional<SyncSnapshot>, QString> snapshot(const QString& orderId);
    std::variant<std::vector<SyncEvent>, QString> eventsOf(const QString& orderId);

    // Claims and commands (remotestore_commands.cpp).
    // A claim idle (untouched) for idleSeconds may be taken by someone else; claiming again touches it.
    std::variant<ClaimOutcome, QString> claim(const QString& item, const QString& orderId, const QString& user,
                                              int idleSeconds = defaultClaimIdleSeconds);
    static constexpr int defaultClaimIdleSeconds = 8 * 3600;
    std::optional<QString> releaseClaim(const QString& item, const QString& user);
    std::optional<QString> clearClaim(const QString& item);
    std::variant<qint64, QString> sendCommand(const QString& orderId, const QString& request, const QString& actor, qint64 localId);
    std::variant<std::vector<RemoteCommandResult>, QString> commandResults(const std::vector<qint64>& localIds);
    // Commands for orders this workstation owns: each is handed to apply (nullopt: done, else the
    // reason it failed) and its outcome recorded, in one transaction.
    template <typename Apply> std::variant<int, QString> processCommands(int limit, Apply apply);

    static QString textArray(const QStringList& values); // a PostgreSQL array literal

private:
    std::variant<std::vector<RemoteCommand>, QString> lockPendingCommands(int limit);
    std::optional<QString> finishCommand(qint64 id, const std::optional<QString>& error);
    std::optional<QString> beginCommands();
    std::optional<QString> endCommands(bool commit);

    PgConnection& m_connection;
    QString m_workstation;
};

template <typename Apply> std::variant<int, QString> RemoteStore::processCommands(int limit, Apply apply)
{
    if (auto error = beginCommands())
        return *error;
    auto pending = lockPendingCommands(limit);
    if (auto* error = std::get_if<QString>(&pending)) {
        endCommands(false);
        return *error;
    }
    int done = 0;
    for (const RemoteCommand& command : std::get<0>(pending)) {
        if (auto error = finishCommand(command.id, apply(command))) {
            endCommands(false);
            return *error;
        }
        ++done;
    }
    if (auto error = endCommands(true))
        return *error;
    return done;
}

} // namespace fw
