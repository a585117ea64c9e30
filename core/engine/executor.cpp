// Executor: the run loop and the command handlers behind one face; every member forwards.

#include "executor.h"

#include "change/changepreparation.h"
#include "handlers/changecommands.h"
#include "handlers/falloutcommands.h"
#include "handlers/importcommands.h"
#include "handlers/slacommands.h"
#include "handlers/taskcommands.h"
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
{
    // Waiting change orders first (as before the split), then idle claims.
    m_loop->addParticipant(m_changes.get());
    m_loop->addParticipant(m_tasks.get());
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

std::optional<QString> Executor::load()
{
    return m_loop->load();
}
void Executor::setCalloutTransport(CalloutTransport* transport)
{
    m_loop->setCalloutTransport(transport);
}
void Executor::setLockTimeout(int milliseconds)
{
    m_loop->setLockTimeout(milliseconds);
}
void Executor::setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl)
{
    m_loop->setEndpointBaseUrl(endpoint, baseUrl);
}
int Executor::calloutsInFlight() const
{
    return m_loop->calloutsInFlight();
}
std::variant<int, QString> Executor::runUntilSettled(int timeoutMs)
{
    return m_loop->runUntilSettled(timeoutMs);
}
std::variant<int, QString> Executor::runUntilIdle()
{
    return m_loop->run();
}
std::optional<QString> Executor::storeFailure() const
{
    return m_loop->storeFailure();
}

std::optional<QString> Executor::claimTask(qint64 taskId, const QString& user)
{
    return m_tasks->claim(taskId, user);
}

std::optional<QString> Executor::releaseTask(qint64 taskId, const QString& user, ReleaseScope scope)
{
    return m_tasks->release(taskId, user, scope);
}

std::optional<QString> Executor::completeTask(qint64 taskId, const QString& user, const QVariantMap& data, const QString& comment)
{
    return m_tasks->complete(taskId, user, data, comment);
}

std::optional<QString> Executor::signal(const QString& orderId, const QString& name, const QString& user)
{
    return m_tasks->signal(orderId, name, user);
}

std::optional<QString> Executor::setLineField(const QString& orderId, const QString& lineId, const QString& field, const QVariant& value,
                                              const QString& user)
{
    return m_tasks->setLineField(orderId, lineId, field, value, user);
}

std::optional<QString> Executor::retryFallout(qint64 caseId, const QString& user, const FalloutRetry& retry)
{
    return m_fallout->retry(caseId, user, retry);
}

std::optional<QString> Executor::skipFallout(qint64 caseId, const QString& user, const QString& reason)
{
    return m_fallout->skip(caseId, user, reason);
}

std::optional<QString> Executor::cancelFallout(qint64 caseId, const QString& user, const QString& reason)
{
    return m_fallout->cancel(caseId, user, reason);
}

std::optional<QString> Executor::resume(const QString& orderId, const QString& user)
{
    return m_fallout->resume(orderId, user);
}

std::optional<QString> Executor::reassignTask(const QString& orderId, const QString& stepId, const QString& queue, const QString& user)
{
    return m_sla->reassign(orderId, stepId, queue, user);
}

std::optional<QString> Executor::setPriority(const QString& orderId, int priority, const QString& note, const QString& user)
{
    return m_sla->setPriority(orderId, priority, note, user);
}

std::optional<QString> Executor::escalate(const QString& orderId, const QString& stepId, const QString& queue, const QString& note,
                                          const QString& user)
{
    return m_sla->escalate(orderId, stepId, queue, note, user);
}

std::optional<QString> Executor::claimEscalation(qint64 escalationId, const QString& user)
{
    return m_sla->claimEscalation(escalationId, user);
}

std::optional<QString> Executor::resolveEscalation(qint64 escalationId, const QString& user, const QString& resolution)
{
    return m_sla->resolveEscalation(escalationId, user, resolution);
}

ChangePreview Executor::previewChange(const nlohmann::json& document, const QString& label)
{
    return m_changes->preview(document, label);
}

std::optional<QString> Executor::submitChange(const nlohmann::json& document, const QString& label, const QString& user, QString* outcome)
{
    return m_changes->submit(document, label, user, outcome);
}

ImportResult Executor::importCatalog(const QString& path, const QString& user)
{
    return m_imports->importCatalog(path, user);
}

ImportResult Executor::importOrder(const QString& path, const QString& user, const QString& catalogId)
{
    return m_imports->importOrder(path, user, catalogId);
}

const OrderRuntime* Executor::order(const QString& orderId) const
{
    return m_loop->order(orderId);
}
std::vector<QString> Executor::orderIds() const
{
    return m_loop->orderIds();
}
const std::vector<UnreadableOrder>& Executor::setAsideOrders() const
{
    return m_loop->setAsideOrders();
}
int Executor::adoptNewOrders(QStringList& errors)
{
    return m_loop->adoptNewOrders(errors);
}
std::optional<QString> Executor::adoptOrder(const QString& orderId)
{
    return m_loop->adoptOrder(orderId);
}
bool Executor::dropOrder(const QString& orderId)
{
    return m_loop->dropOrder(orderId);
}

} // namespace fw
