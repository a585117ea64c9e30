// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

namespace fw {

class ExecutionContext;

// The supervisors' SLA commands (core/sla/jeopardyactions.h does the writing): move a manual
// step's task to another task queue, escalate a step (stepId empty: the order) to a supervisors'
// queue, claim and resolve escalations. Orders this engine runs only; each runs in its own
// transaction after the engine's pending writes are flushed.
class SlaCommands {
public:
    explicit SlaCommands(ExecutionContext& context);

    Status reassign(const QString& orderId, const QString& stepId, const QString& queue, const QString& user);
    Status escalate(const QString& orderId, const QString& stepId, const QString& queue, const QString& note, const QString& user);
    // A supervisor sets an order's priority (0 normal, 1 high, 2 urgent), up or down, with a note.
    Status setPriority(const QString& orderId, int priority, const QString& note, const QString& user);
    Status claimEscalation(qint64 escalationId, const QString& user);
    Status resolveEscalation(qint64 escalationId, const QString& user, const QString& resolution);

private:
    ExecutionContext& m_context;
};

} // namespace fw
