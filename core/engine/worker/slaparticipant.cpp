// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "slaparticipant.h"

#include "common/clock.h"
#include "engine/enginesnapshot.h"
#include "engine/executor.h"
#include "store/kpiledger.h"
#include "store/escalationsreader.h"
#include "sla/jeopardymonitor.h"
#include "store/stephistoryreader.h"
#include "sla/stephistory.h"
#include "store/database.h"

namespace fw {

namespace {
    constexpr int historyReloadSeconds = 600; // the step history moves slowly: reload every 10 minutes
}

SlaParticipant::SlaParticipant() = default;
SlaParticipant::~SlaParticipant() = default;

void SlaParticipant::setChunking(int orders, qint64 budgetMs)
{
    m_chunkSize = std::max(1, orders);
    m_budgetMs = budgetMs;
    if (m_jeopardy)
        m_jeopardy->setChunkSize(m_chunkSize);
}

void SlaParticipant::stop()
{
    m_jeopardy.reset();
}

void SlaParticipant::publish(EngineHost& host, EngineSnapshot& next)
{
    auto escalations = readEscalations(host.database().connection()); // every snapshot: a claim shows at once
    if (escalations)
        next.escalations = std::move(*escalations);
    else
        host.reportFailed(QStringLiteral("escalations"), escalations.message());
    next.jeopardy = m_report;
    next.taskQueues = m_taskQueues;
    const QDateTime now = host.clock().now();
    if (m_jeopardy && m_jeopardy->evaluating()) {
        advance(host, next); // the next chunks of the evaluation under way
        return;
    }
    if (m_nextJeopardyAt.isValid() && now < m_nextJeopardyAt)
        return;
    m_nextJeopardyAt = now.addSecs(m_intervalSeconds);
    evaluate(host, next);
}

// An evaluation of many open orders is spread over ticks, m_budgetMs of chunks per tick (100 ms:
// about 2 chunks of 1,000 orders), so
// the engine's tick is never held for the seconds 100,000 orders take; a small store is done in
// one tick. The interval counts from the evaluation's start.
void SlaParticipant::advance(EngineHost& host, EngineSnapshot& next)
{
    auto report = m_jeopardy->advance(&next.jeopardyChanges, m_budgetMs);
    if (!report)
        host.reportFailed(QStringLiteral("jeopardy"), report.message());
    else if (*report)
        m_report = std::make_shared<const JeopardyReport>(std::move(**report));
    next.jeopardy = m_report;
}

void SlaParticipant::evaluate(EngineHost& host, EngineSnapshot& next)
{
    Executor* executor = host.executor();
    if (!executor)
        return;
    QStringList queues;
    for (const std::shared_ptr<const Catalog>& catalog : executor->catalogs()) { // those of the orders it runs
        if (!catalog)
            continue;
        for (const Queue& queue : catalog->queues) {
            if (queue.kind == Queue::Kind::Task && !queues.contains(queue.id))
                queues << queue.id;
        }
    }
    m_taskQueues = queues;
    next.taskQueues = queues;
    QSqlDatabase db = host.database().connection();
    const auto caughtUp = KpiLedger::catchUp(db);
    if (!caughtUp)
        host.reportFailed(QStringLiteral("KPI facts"), caughtUp.message());
    if (!m_jeopardy) {
        m_jeopardy = std::make_unique<JeopardyMonitor>(host.database(), host.clock());
        if (m_chunkSize > 0)
            m_jeopardy->setChunkSize(m_chunkSize);
    }
    const QDateTime now = host.clock().now();
    if (!m_nextHistoryAt.isValid() || now >= m_nextHistoryAt) {
        m_nextHistoryAt = now.addSecs(historyReloadSeconds);
        auto history = loadStepHistory(db, now);
        if (history)
            m_jeopardy->setHistory(std::make_shared<const StepHistory>(std::move(*history)));
        else
            host.reportFailed(QStringLiteral("step history"), history.message());
    }
    advance(host, next);
}

} // namespace fw
