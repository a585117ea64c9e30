// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// LeaseKeeper: renewing, taking over and adopting leases (docs/sync.md, "Ownership").
#include "leasekeeper.h"

#include "common/clock.h"
#include "common/jsonparse.h"
#include "engineport.h"
#include "remotestore.h"
#include "store/database.h"
#include "store/journal.h"
#include "store/storeimporter.h"
#include "store/transactionguard.h"
#include "syncsession.h"
#include "syncsettings.h"

#include <nlohmann/json.hpp>

#include <QSqlError>

namespace fw {

namespace {
    Error commitError(const Database& database, const QString& what)
    {
        return Error { what, QStringLiteral("in the local store"), database.connection().lastError().text() };
    }
} // namespace

LeaseKeeper::LeaseKeeper(SyncSession& session, CatalogCopier& catalogs)
    : m_session(session)
    , m_catalogs(catalogs)
    , m_journal(session.database.connection(), session.snapshots)
{
}

Status LeaseKeeper::renew(EnginePort* engine)
{
    auto renewed = m_session.remote.leases().renew(m_session.settings.leaseTtlSeconds);
    if (!renewed)
        return renewed.error();
    Result<QHash<QString, qint64>> stillHeld = m_session.ledger.leases();
    if (!stillHeld)
        return stillHeld.error();
    QHash<QString, qint64>& held = *stillHeld;
    for (const Lease& lease : *renewed) {
        const auto local = held.constFind(lease.orderId);
        if (local != held.constEnd() && *local == lease.fencingToken)
            held.remove(lease.orderId);
    }
    if (held.isEmpty())
        return {};
    // What is left was ours and is not any more: another workstation took it over after expiry.
    auto owners = m_session.remote.leases().ownersOf(held.keys());
    if (!owners)
        return owners.error();
    const QHash<QString, QString>& ownerOf = *owners;
    const QString& workstation = m_session.workstation;
    const QDateTime now = m_session.clock.now();
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        const QString owner = ownerOf.value(it.key());
        if (owner == workstation)
            continue; // still ours, and done: finished by a push whose answer was lost; the next push resends what is missing
        if (engine)
            engine->dropOrder(it.key());
        TransactionGuard transaction(m_session.database.connection());
        Status done = m_session.ledger.dropLease(it.key());
        if (done && !owner.isEmpty())
            done = m_session.ledger.markReplica(it.key(), owner);
        if (done)
            done = m_session.ledger.addConflict(now, it.key(), QStringLiteral("lease-lost"),
                                                QStringLiteral("order %1 was taken over by %2 after this workstation's lease expired; "
                                                               "this workstation no longer runs it")
                                                    .arg(it.key(), owner.isEmpty() ? QStringLiteral("nobody") : owner));
        if (!done)
            return done;
        if (!transaction.commit())
            return commitError(m_session.database, QStringLiteral("record the lost lease of order %1").arg(it.key()));
    }
    return {};
}

Status LeaseKeeper::acquire(EnginePort* engine)
{
    const Result<QHash<QString, qint64>> held = m_session.ledger.leases();
    if (!held)
        return held.error();
    const int ttl = m_session.settings.leaseTtlSeconds;
    const int room = m_session.settings.capacity - int(held->size());
    if (room <= 0)
        return {};
    // Orders of dead workstations first: they have waited longest.
    auto expired = m_session.remote.leases().takeOverExpired(room, ttl);
    if (!expired)
        return expired.error();
    std::vector<Lease> taken = std::move(expired).value();
    if (int(taken.size()) < room) {
        auto free = m_session.remote.leases().acquireFree(room - int(taken.size()), ttl);
        if (!free)
            return free.error();
        for (Lease& lease : *free)
            taken.push_back(std::move(lease));
    }
    for (const Lease& lease : taken) {
        if (const Status adopted = adopt(lease, engine); !adopted)
            return adopted;
    }
    return {};
}

Status LeaseKeeper::adopt(const Lease& lease, EnginePort* engine)
{
    if (const Status kept = m_session.ledger.holdLease(lease.orderId, lease.fencingToken, lease.expiresAt); !kept)
        return kept;
    auto snapshot = m_session.remote.journal().snapshot(lease.orderId);
    if (!snapshot)
        return snapshot.error();
    if (const auto& found = *snapshot)
        return adoptState(lease, *found, engine);
    return planInbound(lease);
}

Status LeaseKeeper::adoptState(const Lease& lease, const SyncSnapshot& state, EnginePort* engine)
{
    // Taken over (or handed back): the state as of its owner's last accepted push.
    auto events = m_session.remote.journal().eventsOf(lease.orderId);
    if (!events)
        return events.error();
    const QString& workstation = m_session.workstation;
    QSqlDatabase db = m_session.database.connection();
    TransactionGuard transaction(db);
    Status done = m_session.snapshots.apply(state.json, QString());
    std::vector<SyncEvent> others = std::move(events).value();
    std::erase_if(others, [&workstation](const SyncEvent& e) { return e.workstation == workstation; });
    if (done)
        done = m_journal.recordPulled(others);
    if (done && !lease.previousOwner.isEmpty()) {
        const nlohmann::json payload { { "from", lease.previousOwner.toStdString() }, { "fencingToken", lease.fencingToken } };
        const Status recorded = Journal::record(db,
                                                { 0,
                                                  m_session.clock.now(),
                                                  lease.orderId,
                                                  {},
                                                  QStringLiteral("order.taken-over"),
                                                  workstation,
                                                  lease.previousOwner,
                                                  workstation,
                                                  QString::fromStdString(payload.dump()) });
        if (!recorded) // as one reason, so the message stays "adopt order X: cannot append to the journal: ..."
            done = failure(recorded.message());
    }
    if (!done)
        return done.error().in(QStringLiteral("adopt"), QStringLiteral("order %1").arg(lease.orderId));
    if (!transaction.commit())
        return commitError(m_session.database, QStringLiteral("adopt order %1").arg(lease.orderId));
    if (engine && state.state != QStringLiteral("completed") && state.state != QStringLiteral("cancelled")) {
        if (const Status adopted = engine->adoptOrder(lease.orderId); !adopted)
            m_session.lastError = adopted.message();
    }
    return {};
}

Status LeaseKeeper::planInbound(const Lease& lease)
{
    // Never started anywhere: plan it from its published document.
    const Result<QString> document = m_session.remote.inboundDocument(lease.orderId);
    if (!document)
        return document.error();
    const QString label = QStringLiteral("inbound order %1").arg(lease.orderId);
    const JsonParseResult json = parseJsonBounded(document->toUtf8());
    QStringList reasons;
    if (!json.ok()) {
        reasons << json.message;
    } else {
        StoreImporter importer(m_session.database, m_session.clock);
        ImportResult result = importer.importOrderDocument(*json.value, label, m_session.workstation);
        if (!result.ok()) { // its catalog may have been published since the last look
            if (const Status copied = m_catalogs.copy(); copied)
                result = importer.importOrderDocument(*json.value, label, m_session.workstation);
            else
                m_session.lastError = copied.message();
        }
        for (const auto& problem : result.problems)
            reasons << problem.message;
        if (result.ok())
            return {};
    }
    return m_session.ledger.addConflict(
        m_session.clock.now(), lease.orderId, QStringLiteral("inbound-rejected"),
        QStringLiteral("inbound order %1 cannot run here: %2").arg(lease.orderId, reasons.join(QStringLiteral("; "))));
}

} // namespace fw
