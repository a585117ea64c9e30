// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The sync benchmark's workstations (bench_sync.cpp): local stores with the bench catalog and
// orders, journal rows written as the engine would, agents that join the team now, rounds.

#include "common/clock.h"
#include "store/database.h"
#include "sync/remotestore.h"
#include "sync/syncagent.h"

#include <QDateTime>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace fw {
class PgConnection;
}

namespace fw::bench {

// Journal events as the engine writes them: step.state transitions with ~100-byte payloads.
class EventFactory {
public:
    explicit EventFactory(QStringList stepIds)
        : m_stepIds(std::move(stepIds))
        , m_start(QDateTime::currentDateTimeUtc())
    {
        const char* lanes[] = { "intake", "warehouse", "shipping", "billing" };
        for (int i = 0; i < 8; ++i) {
            m_payloads << QStringLiteral("{\"attempt\":%1,\"lane\":\"%2\",\"worker\":\"engine-%3\",\"durationMs\":%4,"
                                         "\"reason\":\"dependencies met\"}")
                              .arg(i % 3 + 1)
                              .arg(QString::fromLatin1(lanes[i % 4]))
                              .arg(i)
                              .arg(100 + i * 37);
        }
    }
    const QStringList& stepIds() const { return m_stepIds; }
    SyncEvent make(const QString& orderId, qint64 localSeq, qint64 token) const
    {
        static const QString states[]
            = { QStringLiteral("pending"), QStringLiteral("ready"), QStringLiteral("running"), QStringLiteral("completed") };
        const int transition = int(localSeq % 3);
        return { 0,
                 {},
                 localSeq,
                 orderId,
                 token,
                 toStoreTime(m_start.addMSecs(localSeq)),
                 m_stepIds[int(localSeq % m_stepIds.size())],
                 QStringLiteral("step.state"),
                 QStringLiteral("engine"),
                 states[transition],
                 states[transition + 1],
                 m_payloads[int(localSeq % m_payloads.size())] };
    }

private:
    QStringList m_stepIds;
    QStringList m_payloads;
    QDateTime m_start;
};

QString orderDocument(const QString& id); // an order of the bench catalog's AUTO product
PullCursor newest(PgConnection& connection); // past every row there is now (docs/sync.md, "Pull")
std::unique_ptr<PgConnection> connectTo(const QString& conninfo); // open, or dies

// A workstation's local store with the bench catalog, and `orders` orders imported (not run).
struct LocalStore {
    QTemporaryDir directory;
    std::unique_ptr<Database> database;
    QStringList orderIds;
};

std::unique_ptr<LocalStore> makeStore(const Clock& clock, const QString& prefix, int orders);
QStringList stepIdsOf(Database& database, const QString& orderId);
// Journal rows written straight into the store, as the engine would: origin local, round-robin
// over the store's orders.
void writeJournal(LocalStore& store, const EventFactory& factory, qint64 events);
qint64 countOf(Database& database, const QString& sql);
// An agent that joins the team now: its pull cursors start at what the remote store holds, so it
// pulls only what is pushed from here on.
std::unique_ptr<SyncAgent> makeAgent(Database& database, const Clock& clock, const QString& conninfo, const QString& workstation, int batch,
                                     PgConnection& admin);
SyncStatus roundOk(SyncAgent& agent); // a round that must reach the remote store, else dies
double pushAll(SyncAgent& agent, int* rounds = nullptr); // rounds until nothing is queued; their seconds

} // namespace fw::bench
