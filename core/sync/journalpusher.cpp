// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// JournalPusher: the local journal into the shared one (docs/sync.md, "Push").
#include "journalpusher.h"

#include "common/clock.h"
#include "pgconnection.h"
#include "remotestore.h"
#include "store/database.h"
#include "store/synclookups.h"
#include "store/transactionguard.h"
#include "syncsession.h"
#include "syncsettings.h"

#include <nlohmann/json.hpp>

#include <QSqlError>
#include <QThread>

#include <memory>

namespace fw {

JournalPusher::JournalPusher(SyncSession& session)
    : m_session(session)
    , m_journal(session.database.connection(), session.snapshots)
{
}

Status JournalPusher::registerLocalOrder(const QString& orderId)
{
    const Result<QString> document = SyncLookups(m_session.database.connection()).ownOrderDocument(orderId);
    if (!document)
        return document.error();
    auto lease = m_session.remote.leases().registerOrder(orderId, *document, m_session.settings.leaseTtlSeconds);
    if (!lease)
        return lease.error();
    const Lease& held = *lease;
    return m_session.ledger.holdLease(held.orderId, held.fencingToken, held.expiresAt);
}

Status JournalPusher::push()
{
    const Result<qint64> from = m_session.ledger.number(QStringLiteral("pushed_through"));
    if (!from)
        return from.error();
    const int size = m_session.settings.batch;
    Result<LocalJournalBatch> read = m_journal.readPushBatch(m_session.workstation, size, *from);
    for (;;) {
        if (!read)
            return read.error();
        LocalJournalBatch batch = std::move(read).value();
        if (batch.through == batch.from)
            return {};
        std::vector<SyncEvent>& events = batch.events;
        const qint64 through = batch.through;

        Result<QHash<QString, qint64>> tokens = m_session.ledger.leases();
        if (!tokens)
            return tokens.error();
        QHash<QString, QString> refusedHere; // order -> why it cannot be pushed
        bool registered = false;
        for (const QString& orderId : std::as_const(batch.orders)) {
            if (tokens->contains(orderId))
                continue;
            registered = true;
            if (const Status done = registerLocalOrder(orderId); !done) {
                if (!m_session.connection.isOpen())
                    return done;
                refusedHere.insert(orderId, done.message());
            }
        }
        if (registered) {
            tokens = m_session.ledger.leases();
            if (!tokens)
                return tokens.error();
        }
        std::vector<SyncEvent> sendable;
        sendable.reserve(events.size());
        for (SyncEvent& e : events) {
            if (refusedHere.contains(e.orderId))
                continue;
            e.fencingToken = tokens->value(e.orderId);
            sendable.push_back(std::move(e)); // `events` keeps the ones held back here
        }
        std::vector<SyncSnapshot> snapshots;
        for (auto it = batch.snapshots.cbegin(); it != batch.snapshots.cend(); ++it) {
            if (!refusedHere.contains(it.key()))
                snapshots.push_back({ it.key(), m_session.workstation, tokens->value(it.key()), 0, it->state, it->json });
        }
        // The server stores this batch while the next one is read here: until it has finished the worker alone
        // uses the remote store, this thread only the local one. The next batch starts where this one ends
        // whatever the push answers (an error drops it), and its leases are looked at only after this batch
        // is recorded, so it meets this batch's refusals as if it had been read afterwards.
        RemoteJournal& journal = m_session.remote.journal();
        Result<PushOutcome> pushed = failure(QStringLiteral("the push did not run"));
        bool pushedThere = false;
        const std::unique_ptr<QThread> pusher(QThread::create([&journal, &pushed, &pushedThere, &sendable, &snapshots] {
            pushed = journal.push(sendable, snapshots);
            pushedThere = true;
        }));
        pusher->start();
        read = m_journal.readPushBatch(m_session.workstation, size, through);
        pusher->wait();
        if (!pushedThere) // no thread could be started: push from here
            pushed = journal.push(sendable, snapshots);
        if (!pushed)
            return pushed.error();
        const PushOutcome& outcome = *pushed;
        m_pushed += outcome.accepted;
        for (const QString& orderId : outcome.refusedOrders)
            refusedHere.insert(orderId, QStringLiteral("this workstation no longer holds its lease"));
        if (const Status recorded = recordPushed(refusedHere, events, sendable, snapshots, through); !recorded)
            return recorded;
    }
}

Status JournalPusher::recordPushed(const QHash<QString, QString>& refused, const std::vector<SyncEvent>& heldBack,
                                   const std::vector<SyncEvent>& sent, const std::vector<SyncSnapshot>& snapshots, qint64 through)
{
    SyncLedger& ledger = m_session.ledger;
    TransactionGuard transaction(m_session.database.connection());
    const QDateTime now = m_session.clock.now();
    for (auto it = refused.cbegin(); it != refused.cend(); ++it) {
        nlohmann::json entries = nlohmann::json::array();
        QStringList kinds;
        // An order's events are all in one of the two: held back here, or refused by the remote store.
        for (const std::vector<SyncEvent>* list : { &heldBack, &sent }) {
            for (const SyncEvent& e : *list) {
                if (e.orderId != it.key())
                    continue;
                entries.push_back({ { "localSeq", e.localSeq },
                                    { "at", e.at.toStdString() },
                                    { "step", e.stepId.toStdString() },
                                    { "kind", e.kind.toStdString() },
                                    { "actor", e.actor.toStdString() },
                                    { "after", e.afterState.toStdString() } });
                if (!kinds.contains(e.kind))
                    kinds << e.kind;
            }
        }
        Status done = ledger.addConflict(now, it.key(), QStringLiteral("events-refused"),
                                         QStringLiteral("%1 change(s) to order %2 made here (%3) were not accepted: %4; "
                                                        "the order's state now comes from the workstation that holds it")
                                             .arg(entries.size())
                                             .arg(it.key(), kinds.join(QStringLiteral(", ")), it.value()),
                                         QString::fromStdString(entries.dump()));
        if (done)
            done = ledger.dropLease(it.key());
        if (!done)
            return done;
    }
    for (const SyncSnapshot& s : snapshots) {
        if (refused.contains(s.orderId) || (s.state != QStringLiteral("completed") && s.state != QStringLiteral("cancelled")))
            continue;
        if (const Status dropped = ledger.dropLease(s.orderId); !dropped) // done: the lease is released for good
            return dropped;
    }
    if (const Status moved = ledger.setValue(QStringLiteral("pushed_through"), QString::number(through)); !moved)
        return moved;
    if (!transaction.commit())
        return Error { QStringLiteral("record the push through journal entry %1").arg(through), QStringLiteral("in the local store"),
                       m_session.database.connection().lastError().text() };
    return {};
}

} // namespace fw
