// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "engineport.h"

#include "engine/runningorders.h"

#include "commands/commandprocessor.h"
#include "commands/executordispatch.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/syncledger.h"

namespace fw {

DirectEnginePort::DirectEnginePort(Database& database, const Clock& clock, Executor& executor)
    : m_database(database)
    , m_clock(clock)
    , m_executor(executor)
{
}

bool DirectEnginePort::runs(const QString& orderId)
{
    return m_executor.orders().holds(orderId); // in memory or waiting in the store
}

void DirectEnginePort::dropOrder(const QString& orderId)
{
    m_executor.dropOrder(orderId);
}

Status DirectEnginePort::adoptOrder(const QString& orderId)
{
    return m_executor.adopt(orderId);
}

CommandResult DirectEnginePort::process(const Command& command)
{
    CommandProcessor processor(m_database, m_clock);
    processor.setExecutor(&m_executor);
    return processor.process(command);
}

Status DirectEnginePort::apply(const Command& command)
{
    return applyCommand(m_executor, command);
}

Status DirectEnginePort::grantClaim(qint64 queuedId, const Command& claim)
{
    // On the engine's thread, like SyncedActions, which supersedes a decision still queued: no race.
    const auto queued = SyncLedger(m_database.connection()).command(queuedId);
    if (!queued || queued->state != QStringLiteral("queued"))
        return failure(QStringLiteral("superseded"));
    return applyCommand(m_executor, claim);
}

} // namespace fw
