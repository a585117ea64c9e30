// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// JournalPuller: the shared journal into the local store (docs/sync.md, "Pull").
#include "journalpuller.h"

#include "remotestore.h"
#include "store/database.h"
#include "store/transactionguard.h"
#include "syncsession.h"
#include "syncsettings.h"

#include <QSqlError>

namespace fw {

JournalPuller::JournalPuller(SyncSession& session)
    : m_session(session)
    , m_journal(session.database.connection(), session.snapshots)
{
}

Status JournalPuller::pull()
{
    SyncLedger& ledger = m_session.ledger;
    PullCursor after;
    const std::pair<const char*, qint64*> cursor[] = { { "pulled_events_tx", &after.eventsTx },
                                                       { "pulled_events", &after.eventsSeq },
                                                       { "pulled_snapshots_tx", &after.snapshotsTx },
                                                       { "pulled_snapshots", &after.snapshotsVersion } };
    for (const auto& [key, value] : cursor) {
        const Result<qint64> stored = ledger.number(QString::fromLatin1(key));
        if (!stored)
            return stored.error();
        *value = *stored;
    }
    auto pulled = m_session.remote.journal().pull(after, m_session.settings.batch);
    if (!pulled)
        return pulled.error();
    const PulledBatch& batch = *pulled;
    m_catchingUp = batch.more;
    m_backlog = batch.backlog;
    if (batch.events.empty() && batch.snapshots.empty() && batch.through == after)
        return {};
    TransactionGuard transaction(m_session.database.connection());
    if (const Status recorded = m_journal.recordPulled(batch.events); !recorded)
        return recorded;
    const Result<QHash<QString, qint64>> held = ledger.leases();
    if (!held)
        return held.error();
    for (const SyncSnapshot& s : batch.snapshots) {
        if (held->contains(s.orderId))
            continue; // ours now (taken over since): an older owner's state does not apply
        if (const Status applied = m_session.snapshots.apply(s.json, s.owner); !applied)
            return applied.error().in(QString(), QStringLiteral("pulled from %1").arg(s.owner));
    }
    const std::pair<const char*, qint64> through[] = { { "pulled_events_tx", batch.through.eventsTx },
                                                       { "pulled_events", batch.through.eventsSeq },
                                                       { "pulled_snapshots_tx", batch.through.snapshotsTx },
                                                       { "pulled_snapshots", batch.through.snapshotsVersion } };
    for (const auto& [key, value] : through) {
        if (const Status kept = ledger.setValue(QString::fromLatin1(key), QString::number(value)); !kept)
            return kept;
    }
    if (!transaction.commit())
        return Error { QStringLiteral("apply the pull"), QStringLiteral("in the local store"),
                       m_session.database.connection().lastError().text() };
    m_pulled += qint64(batch.events.size());
    return {};
}

} // namespace fw
