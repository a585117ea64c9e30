// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demoparticipant.h"

#include "common/clock.h"
#include "demohistory.h"
#include "demorenewals.h"
#include "demostore.h"
#include "engine/executor.h"
#include "scriptedoperator.h"
#include "store/database.h"
#include "store/openwork.h"

#include <QThread>

namespace fw {

namespace {
    // Everything a new demo store gets, on the calling thread with a connection of its own: true
    // when it filled the store, false when the store had orders already.
    Result<bool> populate(const QString& storePath, const DemoOptions& options, const Clock& clock, EngineHost& host)
    {
        Database database(storePath);
        if (const Status opened = database.openStore(); !opened)
            return opened.error();
        const auto hasOrders = OpenWork(database.connection()).hasOrders();
        if (!hasOrders)
            return hasOrders.error();
        if (*hasOrders)
            return false; // keep what operators did
        const auto simulateHistory = [&]() -> Status {
            if (options.historyEndpoints.isEmpty())
                return {};
            DemoHistoryOptions history;
            history.endpointBaseUrls = options.historyEndpoints;
            history.progress = [&host](int day, int days) { host.reportStarting(QStringLiteral("demo-history"), day, days); };
            return simulateDemoHistory(database, options.samplesDirectory, clock.now(), history);
        };
        if (const Status filled = populateDemoStore(database, clock, options.samplesDirectory, options.copies, simulateHistory); !filled)
            return filled.error();
        if (const Status renewals = addDemoRenewals(database, clock.now()); !renewals) // subscriptions coming up for renewal
            return renewals.error();
        return true;
    }
} // namespace

DemoParticipant::DemoParticipant(DemoOptions options)
    : m_options(std::move(options))
    , m_colleague(std::make_unique<ScriptedOperator>())
{
}

DemoParticipant::~DemoParticipant() = default;

Status DemoParticipant::prepare(EngineHost& host)
{
    if (m_options.samplesDirectory.isEmpty())
        return {};
    Result<bool> populated = false;
    const Clock& clock = host.clock(); // the engine's thread only waits meanwhile
    std::unique_ptr<QThread> thread(QThread::create([&] { populated = populate(host.storePath(), m_options, clock, host); }));
    thread->setObjectName(QStringLiteral("fw-demo-store"));
    thread->start();
    thread->wait();
    if (!populated)
        return populated.error();
    if (*populated)
        host.reportDone(name()); // a store that had orders was kept as it was: nothing to say
    return {};
}

// A share of the orders (chosen by id, so the same ones every run) get their tasks done, signals
// sent and fields reported.
void DemoParticipant::tick(EngineHost& host)
{
    Executor* executor = host.executor();
    CommandProcessor* processor = host.processor();
    if (m_options.colleaguesPercent <= 0 || m_options.ordersPerTick <= 0 || !executor || !processor)
        return;
    const std::vector<QString> ids = executor->orderIds();
    if (ids.empty())
        return;
    int acted = 0;
    for (std::size_t visited = 0; visited < ids.size() && acted < m_options.ordersPerTick; ++visited) {
        const QString& id = ids[(m_cursor + visited) % ids.size()];
        if (int(qHash(id, 2026) % 100) >= m_options.colleaguesPercent)
            continue;
        const OrderRuntime* order = executor->order(id);
        if (!order || order->onHold)
            continue;
        if (!m_colleague->actOn(*processor, *executor, host.database(), id).actions.isEmpty())
            ++acted;
    }
    m_cursor = (m_cursor + 1) % ids.size();
}

} // namespace fw
