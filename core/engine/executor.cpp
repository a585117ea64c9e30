// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Executor: owns the run loop and the command handlers; the run loop's members forward to it.

#include "executor.h"

#include "commanddispatcher.h"

#include "change/changepreparation.h"
#include "handlers/changecommands.h"
#include "handlers/falloutcommands.h"
#include "handlers/importcommands.h"
#include "handlers/slacommands.h"
#include "handlers/taskcommands.h"
#include "calloutdispatcher.h"
#include "orderresidency.h"
#include "renewals/renewalscanner.h"
#include "runloop.h"

#include <QLockFile>

namespace fw {

static_assert(Executor::batchSize == RunLoop::batchSize);

Executor::Executor(Database& database, const Clock& clock, AutoTaskRegistry handlers)
    : m_loop(std::make_unique<RunLoop>(database, clock, std::move(handlers)))
    , m_tasks(std::make_unique<TaskCommands>(*m_loop))
    , m_fallout(std::make_unique<FalloutCommands>(*m_loop))
    , m_sla(std::make_unique<SlaCommands>(*m_loop))
    , m_changes(std::make_unique<ChangeCommands>(*m_loop))
    , m_imports(std::make_unique<ImportCommands>(database, clock, m_loop.get()))
    , m_renewals(std::make_unique<RenewalScanner>(*m_loop))
{
    // Waiting change orders first (as before the split), then idle claims, then renewals coming due.
    m_loop->addParticipant(m_changes.get());
    m_loop->addParticipant(m_tasks.get());
    m_loop->addParticipant(m_renewals.get());
}

const Clock& Executor::clock() const
{
    return m_loop->clock();
}

Executor::~Executor() = default;

bool Executor::engineRunningOn(const QString& databasePath)
{
    if (databasePath == QStringLiteral(":memory:"))
        return false;
    QLockFile lock(databasePath + QStringLiteral(".engine.lock"));
    lock.setStaleLockTime(0); // a dead process's lock does not count
    if (!lock.tryLock(0))
        return true;
    lock.unlock();
    return false;
}

Status Executor::load()
{
    return m_loop->load();
}
void Executor::setCommandAllowList(CommandAllowList list)
{
    m_loop->commands().setAllowList(std::move(list));
}

void Executor::setCalloutTransport(CalloutTransport* transport)
{
    m_loop->callouts().setTransport(transport);
}
void Executor::setLockTimeout(int milliseconds)
{
    m_loop->setLockTimeout(milliseconds);
}
void Executor::setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl)
{
    m_loop->callouts().setEndpointBaseUrl(endpoint, baseUrl);
}
int Executor::calloutsInFlight() const
{
    return m_loop->callouts().inFlight();
}
Result<int> Executor::runUntilSettled(int timeoutMs)
{
    const Result<int> ran = m_loop->runUntilSettled(timeoutMs);
    m_loop->residency().releaseIdle();
    if (Status settled = m_loop->settleWrites(); ran && !settled)
        return settled.error();
    return ran;
}
Result<int> Executor::runUntilIdle()
{
    const Result<int> ran = m_loop->run();
    m_loop->residency().releaseIdle(); // no action is being handled: no one holds a pointer to an order
    // Nothing more due (also when releasing made it so): the store holds everything before this returns,
    // so what the caller reads next is current (a read begun on an older store would keep the engine's
    // connection from writing: SQLITE_BUSY).
    if (ran && !moreDue()) {
        if (Status settled = m_loop->settleWrites(); !settled)
            return settled.error();
    }
    return ran;
}
void Executor::setLoadSlice(int orders)
{
    m_loop->residency().setLoadSlice(orders);
}
bool Executor::moreDue() const
{
    return m_loop->residency().moreDue();
}
Status Executor::settleWrites()
{
    return m_loop->settleWrites();
}
Status Executor::storeStatus() const
{
    return m_loop->storeStatus();
}
const OrderRuntime* Executor::order(const QString& orderId) const
{
    return m_loop->findOrder(orderId); // reading a waiting order back changes what is in memory, not what runs
}
const RunningOrders& Executor::orders() const
{
    return m_loop->orders();
}
const CatalogCache& Executor::catalogs() const
{
    return m_loop->residency().catalogs();
}
std::vector<QString> Executor::orderIds() const
{
    return m_loop->orders().ids();
}
const std::vector<UnreadableOrder>& Executor::setAsideOrders() const
{
    return m_loop->orders().setAside();
}
int Executor::adoptNewOrders(QStringList& errors)
{
    return m_loop->adoptNewOrders(errors);
}
Status Executor::adopt(const QString& orderId)
{
    return m_loop->adoptOrder(orderId);
}
bool Executor::dropOrder(const QString& orderId)
{
    return m_loop->orders().drop(orderId);
}

} // namespace fw
