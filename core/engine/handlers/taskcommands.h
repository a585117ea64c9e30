// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "engine/executioncontext.h"

#include <QDateTime>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlDatabase;

namespace fw {

class TaskReader;

// Whose claim a release may end: the caller's own (an operator), or whoever holds it (a
// supervisor's release; the command processor decides who may).
enum class ReleaseScope { OwnClaim, AnyHolder };

// The operator's commands on manual tasks and order data: claim, release, complete (with its form
// validated), signal, set a line field. Each is validated against the store, applied and flushed
// before it answers; errors name the task or order and the reason.
//
// Claims say since when (tasks.claimed_at) and when their holder last acted on them
// (tasks.claim_touched_at: the claim, a re-claim, the completion). Before each run of the loop,
// claims idle longer than the store setting claims.idleHours (default 8; 0 turns expiry off) go
// back to the queue, journalled "task.claim-expired" by the engine with the former holder.
class TaskCommands final : public RunLoopParticipant {
public:
    static constexpr double defaultIdleHours = 8;
    static inline const QString idleHoursSetting = QStringLiteral("claims.idleHours");

    explicit TaskCommands(ExecutionContext& context);
    ~TaskCommands() override;
    TaskCommands(const TaskCommands&) = delete;
    TaskCommands& operator=(const TaskCommands&) = delete;

    // Claims an open task; the holder claiming again renews the claim (journalled "task.claim-renewed").
    Status claim(qint64 taskId, const QString& user);
    // AnyHolder releases a claim held by someone else too, journalled with who held it.
    Status release(qint64 taskId, const QString& user, ReleaseScope scope = ReleaseScope::OwnClaim);
    Status complete(qint64 taskId, const QString& user, const QVariantMap& data, const QString& comment = {});
    Status signal(const QString& orderId, const QString& name, const QString& user);
    Status setLineField(const QString& orderId, const QString& lineId, const QString& field, const QVariant& value, const QString& user);

    // Releases the claims (of orders this engine runs) whose holder has not acted for longer than the
    // idle time; how many, or the store error.
    Result<int> expireIdleClaims();
    // The idle time of claims in hours (store setting claims.idleHours), or why it cannot be read.
    static Result<double> idleHours(const QSqlDatabase& db);

    // RunLoopParticipant: expireIdleClaims, at most once a minute of the engine's clock.
    Status beforeRun() override;

private:
    ExecutionContext& m_context;
    std::unique_ptr<TaskReader> m_reader; // the task rows, its statement prepared once
    QDateTime m_nextExpiryCheck;
};

} // namespace fw
