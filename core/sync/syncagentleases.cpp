// SyncAgent: renewing, taking over and adopting leases; copying published catalogs.
#include "syncagent.h"

#include "common/clock.h"
#include "engineport.h"
#include "ordersnapshot.h"
#include "pgconnection.h"
#include "store/database.h"
#include "store/journal.h"
#include "store/storeimporter.h"
#include "store/transactionguard.h"

#include <nlohmann/json.hpp>

#include <QSet>
#include <QSqlQuery>

namespace fw {

bool SyncAgent::renewLeases(EnginePort* engine)
{
    auto renewed = m_remote->renew(m_settings.leaseTtlSeconds);
    if (auto* error = std::get_if<QString>(&renewed))
        return check(*error);
    QHash<QString, qint64> held = m_ledger.leases();
    for (const Lease& lease : std::get<0>(renewed)) {
        const auto local = held.constFind(lease.orderId);
        if (local != held.constEnd() && *local == lease.fencingToken)
            held.remove(lease.orderId);
    }
    if (held.isEmpty())
        return true;
    // What is left was ours and is not any more: another workstation took it over after expiry.
    auto owners = m_remote->ownersOf(held.keys());
    if (auto* error = std::get_if<QString>(&owners))
        return check(*error);
    const QHash<QString, QString>& ownerOf = std::get<0>(owners);
    const QDateTime now = m_clock.now();
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        const QString owner = ownerOf.value(it.key());
        if (owner == m_workstation)
            continue; // still ours, and done: finished by a push whose answer was lost; the next push resends what is missing
        if (engine)
            engine->dropOrder(it.key());
        TransactionGuard transaction(m_database.connection());
        std::optional<QString> error = m_ledger.dropLease(it.key());
        if (!error && !owner.isEmpty() && owner != m_workstation)
            error = m_ledger.markReplica(it.key(), owner);
        if (!error)
            error = m_ledger.addConflict(now, it.key(), QStringLiteral("lease-lost"),
                                         QStringLiteral("order %1 was taken over by %2 after this workstation's lease expired; "
                                                        "this workstation no longer runs it")
                                             .arg(it.key(), owner.isEmpty() ? QStringLiteral("nobody") : owner));
        if (error || !transaction.commit())
            return check(error.value_or(QStringLiteral("local store: cannot record a lost lease")));
    }
    return true;
}

bool SyncAgent::copyCatalogs()
{
    auto keys = m_remote->catalogKeys();
    if (auto* error = std::get_if<QString>(&keys))
        return check(*error);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM catalogs WHERE id = ? AND version = ?"));
    StoreImporter importer(m_database, m_clock);
    for (const auto& [id, version] : std::get<0>(keys)) {
        query.addBindValue(id);
        query.addBindValue(version);
        if (query.exec() && query.next())
            continue;
        auto document = m_remote->catalogDocument(id, version);
        if (document.index() == 1)
            return check(std::get<1>(document));
        const auto json = nlohmann::json::parse(std::get<0>(document).toStdString(), nullptr, false);
        const ImportResult result
            = importer.importCatalogDocument(json, QStringLiteral("remote catalog %1 %2").arg(id, version), m_workstation);
        if (!result.ok())
            m_lastError = result.problems.front().message;
    }
    return true;
}

bool SyncAgent::acquireLeases(EnginePort* engine)
{
    const int room = m_settings.capacity - int(m_ledger.leases().size());
    if (room <= 0)
        return true;
    // Orders of dead workstations first: they have waited longest.
    auto expired = m_remote->takeOverExpired(room, m_settings.leaseTtlSeconds);
    if (auto* error = std::get_if<QString>(&expired))
        return check(*error);
    std::vector<Lease> taken = std::move(std::get<0>(expired));
    if (int(taken.size()) < room) {
        auto free = m_remote->acquireFree(room - int(taken.size()), m_settings.leaseTtlSeconds);
        if (auto* error = std::get_if<QString>(&free))
            return check(*error);
        for (Lease& lease : std::get<0>(free))
            taken.push_back(std::move(lease));
    }
    for (const Lease& lease : taken) {
        if (!adopt(lease, engine))
            return false;
    }
    return true;
}

bool SyncAgent::adopt(const Lease& lease, EnginePort* engine)
{
    if (auto error = m_ledger.holdLease(lease))
        return check(error);
    auto snapshot = m_remote->snapshot(lease.orderId);
    if (auto* error = std::get_if<QString>(&snapshot))
        return check(*error);
    const QDateTime now = m_clock.now();
    if (const auto& found = std::get<0>(snapshot)) {
        // Taken over (or handed back): the state as of its owner's last accepted push.
        auto events = m_remote->eventsOf(lease.orderId);
        if (auto* error = std::get_if<QString>(&events))
            return check(*error);
        QSqlDatabase db = m_database.connection();
        TransactionGuard transaction(db);
        std::optional<QString> error = m_snapshots->apply(found->json, QString());
        std::vector<SyncEvent> others = std::move(std::get<0>(events));
        std::erase_if(others, [this](const SyncEvent& e) { return e.workstation == m_workstation; });
        if (!error)
            error = recordRemoteEvents(db, others);
        if (!error && !lease.previousOwner.isEmpty())
            error = Journal::append(
                db,
                { 0,
                  now,
                  lease.orderId,
                  {},
                  QStringLiteral("order.taken-over"),
                  m_workstation,
                  lease.previousOwner,
                  m_workstation,
                  QString::fromStdString(
                      nlohmann::json { { "from", lease.previousOwner.toStdString() }, { "fencingToken", lease.fencingToken } }.dump()) });
        if (error || !transaction.commit())
            return check(error.value_or(QStringLiteral("local store: cannot adopt order ") + lease.orderId));
        if (engine && found->state != QStringLiteral("completed") && found->state != QStringLiteral("cancelled")) {
            if (auto problem = engine->adoptOrder(lease.orderId))
                m_lastError = *problem;
        }
        return true;
    }
    // Never started anywhere: plan it from its published document.
    auto document = m_remote->inboundDocument(lease.orderId);
    if (document.index() == 1)
        return check(std::get<1>(document));
    const auto json = nlohmann::json::parse(std::get<0>(document).toStdString(), nullptr, false);
    StoreImporter importer(m_database, m_clock);
    ImportResult result = importer.importOrderDocument(json, QStringLiteral("inbound order %1").arg(lease.orderId), m_workstation);
    if (!result.ok() && copyCatalogs()) // its catalog may have been published since the last look
        result = importer.importOrderDocument(json, QStringLiteral("inbound order %1").arg(lease.orderId), m_workstation);
    if (!result.ok()) {
        QStringList reasons;
        for (const auto& problem : result.problems)
            reasons << problem.message;
        return check(m_ledger.addConflict(
            now, lease.orderId, QStringLiteral("inbound-rejected"),
            QStringLiteral("inbound order %1 cannot run here: %2").arg(lease.orderId, reasons.join(QStringLiteral("; ")))));
    }
    return true;
}

} // namespace fw
