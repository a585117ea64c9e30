// EngineWorker: the SLA supervision on the engine's thread (jeopardy monitor, KPI facts, history).

#include "engineworker.h"

#include "common/clock.h"
#include "executor.h"
#include "kpi/kpiledger.h"
#include "sla/jeopardymonitor.h"
#include "sla/slahistory.h"
#include "sla/stephistory.h"
#include "store/database.h"

namespace fw {

namespace {
    constexpr int historyReloadSeconds = 600; // the step history moves slowly: reload every 10 minutes
}

void EngineWorker::evaluateJeopardySoon()
{
    m_nextJeopardyAt = QDateTime();
}

void EngineWorker::superviseSla(EngineSnapshot& next)
{
    const QDateTime now = m_clock->now();
    QSqlDatabase db = m_database->connection();
    auto escalations = readEscalations(db); // every snapshot: a claim shows at once
    if (auto* read = std::get_if<std::vector<EscalationSummary>>(&escalations))
        next.escalations = std::move(*read);
    next.jeopardy = m_jeopardyReport;
    next.taskQueues = m_taskQueues;
    if (m_nextJeopardyAt.isValid() && now < m_nextJeopardyAt)
        return;
    m_nextJeopardyAt = now.addSecs(m_jeopardyIntervalSeconds);
    QSet<const Catalog*> catalogs;
    QStringList queues;
    for (const QString& id : m_executor->orderIds()) {
        const OrderRuntime* order = m_executor->order(id);
        if (!order || !order->catalog || catalogs.contains(order->catalog.get()))
            continue;
        catalogs.insert(order->catalog.get());
        for (const Queue& queue : order->catalog->queues) {
            if (queue.kind == Queue::Kind::Task && !queues.contains(queue.id))
                queues << queue.id;
        }
    }
    m_taskQueues = queues;
    next.taskQueues = queues;
    const auto caughtUp = KpiLedger::catchUp(db);
    if (const auto* error = std::get_if<QString>(&caughtUp))
        Q_EMIT actionFailed(QStringLiteral("KPI facts"), *error);
    if (!m_jeopardy)
        m_jeopardy = std::make_unique<JeopardyMonitor>(*m_database, *m_clock);
    if (!m_nextHistoryAt.isValid() || now >= m_nextHistoryAt) {
        m_nextHistoryAt = now.addSecs(historyReloadSeconds);
        auto history = loadStepHistory(db, now);
        if (auto* loaded = std::get_if<StepHistory>(&history))
            m_jeopardy->setHistory(std::make_shared<const StepHistory>(std::move(*loaded)));
        else
            Q_EMIT actionFailed(QStringLiteral("step history"), std::get<QString>(history));
    }
    auto report = m_jeopardy->run(&next.jeopardyChanges);
    if (auto* evaluated = std::get_if<JeopardyReport>(&report))
        m_jeopardyReport = std::make_shared<const JeopardyReport>(std::move(*evaluated));
    else
        Q_EMIT actionFailed(QStringLiteral("jeopardy"), std::get<QString>(report));
    next.jeopardy = m_jeopardyReport;
}

} // namespace fw
