// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engineparticipant.h"

#include <QDateTime>
#include <QStringList>

#include <memory>

namespace fw {

class JeopardyMonitor;
struct JeopardyReport;

// The SLA supervision on the engine's thread: every snapshot carries the escalations and the last
// jeopardy report; every few seconds the KPI facts catch up with the journal, the step history is
// reloaded now and then, and the jeopardy monitor runs (docs/sla.md), a few chunks of open orders
// per tick.
class SlaParticipant final : public EngineParticipant {
public:
    SlaParticipant();
    ~SlaParticipant() override;

    QString name() const override { return QStringLiteral("SLA supervision"); }
    void publish(EngineHost& host, EngineSnapshot& next) override;
    void stop() override;

    void evaluateSoon() { m_nextJeopardyAt = QDateTime(); } // at the next tick instead of waiting for the interval
    void setInterval(int seconds) { m_intervalSeconds = std::max(1, seconds); }
    // How the jeopardy evaluation is spread: open orders per chunk and milliseconds of chunks per
    // tick (defaults: SlaReader::defaultChunkSize, 100 ms; tests spread a small store).
    void setChunking(int orders, qint64 budgetMs);

private:
    void evaluate(EngineHost& host, EngineSnapshot& next);
    void advance(EngineHost& host, EngineSnapshot& next);

    std::unique_ptr<JeopardyMonitor> m_jeopardy;
    std::shared_ptr<const JeopardyReport> m_report;
    QDateTime m_nextJeopardyAt; // invalid: at the next tick
    QDateTime m_nextHistoryAt;
    int m_intervalSeconds = 5;
    int m_chunkSize = 0; // 0: the reader's default
    qint64 m_budgetMs = 100;
    QStringList m_taskQueues;
};

} // namespace fw
