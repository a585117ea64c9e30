#include "engineport.h"

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
    return m_executor.order(orderId) != nullptr;
}

void DirectEnginePort::dropOrder(const QString& orderId)
{
    m_executor.dropOrder(orderId);
}

std::optional<QString> DirectEnginePort::adoptOrder(const QString& orderId)
{
    return m_executor.adoptOrder(orderId);
}

CommandResult DirectEnginePort::process(const Command& command)
{
    CommandProcessor processor(m_database, m_clock);
    processor.setExecutor(&m_executor);
    return processor.process(command);
}

std::optional<QString> DirectEnginePort::apply(const Command& command)
{
    return applyOnExecutor(m_executor, command);
}

std::optional<QString> DirectEnginePort::grantClaim(qint64 queuedId, const Command& claim)
{
    // On the engine's thread, like SyncedActions, which supersedes a decision still queued: no race.
    const auto queued = SyncLedger(m_database.connection()).command(queuedId);
    if (!queued || queued->state != QStringLiteral("queued"))
        return QStringLiteral("superseded");
    return applyOnExecutor(m_executor, claim);
}

} // namespace fw
