// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// FalloutCommands: resolving fallout (retry with corrected data, skip, cancel) and resuming orders.

#include "falloutcommands.h"

#include "common/clock.h"
#include "common/jsonparse.h"
#include "common/jsonvariant.h"
#include "engine/executioncontext.h"
#include "engine/orderruntime.h"
#include "store/database.h"
#include "store/enginewriter.h"
#include "store/falloutreader.h"
#include "store/storedjson.h"

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    // The open case, or the error for an unknown or already resolved one.
    Result<FalloutCaseRow> openFalloutCase(const QSqlDatabase& db, qint64 caseId)
    {
        const auto row = FalloutReader(db).fallout(caseId);
        if (!row)
            return row.error();
        if (!*row)
            return failure(QStringLiteral("unknown fallout case %1").arg(caseId));
        if ((*row)->state != QStringLiteral("open"))
            return failure(QStringLiteral("fallout case %1 is already resolved").arg(caseId));
        return **row;
    }

    QString payload(qint64 caseId, const QString& reason, const QVariantMap& fixes = {}, const QString& edited = {},
                    const nlohmann::json& extra = {})
    {
        nlohmann::json json { { "case", caseId } };
        if (extra.is_object())
            json.update(extra);
        if (!edited.isEmpty())
            json["editedPayload"] = parseStoredJson(edited);
        if (!reason.isEmpty())
            json["reason"] = reason.toStdString();
        if (!fixes.isEmpty())
            json["fieldFixes"] = variantToJson(fixes);
        return QString::fromStdString(json.dump());
    }
} // namespace

FalloutCommands::FalloutCommands(ExecutionContext& context)
    : m_context(context)
{
}

Status FalloutCommands::retry(qint64 caseId, const QString& user, const FalloutRetry& retry)
{
    const QVariantMap& fieldFixes = retry.fieldFixes;
    const QString& editedPayload = retry.editedPayload;
    const bool newRequest = retry.newRequest;
    const auto row = openFalloutCase(m_context.database().connection(), caseId);
    if (!row)
        return row.error();
    OrderRuntime* order = m_context.findOrder(row->orderId);
    const int step = order ? order->stepIndex(row->stepId) : -1;
    if (step < 0 || order->execution->state(step) != StepState::Fallout)
        return failure(QStringLiteral("fallout case %1: step %2 is not in fallout").arg(caseId).arg(row->stepId));
    StepRuntime& s = order->steps[std::size_t(step)];
    if (!editedPayload.isEmpty() && s.definition->type != StepType::Callout)
        return failure(
            QStringLiteral("fallout case %1: step %2 is not a callout; an edited payload applies to callouts only").arg(caseId).arg(s.id));
    // The last attempt got no answer although it may have arrived: the system may have carried it
    // out. Retrying it is sending the same request again under the same idempotency key, so the
    // system can answer it without acting twice; anything else is a new request, confirmed.
    std::optional<LastAttemptRow> unanswered;
    if (s.definition->type == StepType::Callout) {
        const auto last = FalloutReader(m_context.database().connection()).lastAttempt(order->orderId, s.id);
        if (!last)
            return last.error();
        if (*last && (*last)->outcomeUnknown)
            unanswered = **last;
    }
    if (unanswered && !editedPayload.isEmpty() && !newRequest)
        return failure(
            QStringLiteral("fallout case %1: the last attempt of %2 got no answer, so %3 may already have carried it out; a retry "
                           "sends the same request again with the same idempotency key (%4). Sending an edited payload is a new "
                           "request that may act a second time: confirm it (fwctl fallout retry --new-request)")
                .arg(caseId)
                .arg(s.id, s.definition->callout.endpoint, unanswered->key));
    const bool sameRequest = unanswered && !newRequest;
    QString override;
    if (!editedPayload.isEmpty()) {
        const JsonParseResult parsed = parseJsonBounded(editedPayload.toUtf8());
        if (!parsed.ok() || !parsed.value->is_object())
            return failure(QStringLiteral("fallout case %1: the edited payload must be a JSON object").arg(caseId));
        override = QString::fromStdString(parsed.value->dump());
    } else if (sameRequest) {
        override = unanswered->request; // exactly what may have been carried out
    }
    s.payloadOverride = override;
    for (auto it = fieldFixes.cbegin(); it != fieldFixes.cend(); ++it) {
        for (int line : s.lines)
            order->lines[std::size_t(line)].fields.insert(it.key(), it.value());
    }
    for (int line : s.lines) {
        if (!fieldFixes.isEmpty())
            m_context.writer().lineFieldsChanged(*order, line, m_context.clock().now());
    }
    s.lastError.clear();
    // An operator retry starts a new attempt series: a fresh attempt count and window, and a new
    // idempotency key unless the last request may have been carried out unanswered.
    s.attemptSeries += 1;
    s.attempts = 0;
    s.firstAttemptAt = QDateTime();
    s.idempotencyKey = sameRequest ? unanswered->key : QString();
    nlohmann::json extra;
    if (sameRequest)
        extra["sameRequest"] = { { "idempotencyKey", unanswered->key.toStdString() }, { "because", "the last attempt got no answer" } };
    else if (unanswered)
        extra["newRequest"] = { { "confirmedBy", user.toStdString() },
                                { "previousKey", unanswered->key.toStdString() },
                                { "because", "the last attempt got no answer; it may have been carried out" } };
    m_context.writer().falloutResolved(caseId, QStringLiteral("retried by ") + user, m_context.clock().now());
    m_context.move(*order, step, StepState::Ready, user,
                   payload(caseId, QStringLiteral("retry"), fieldFixes, editedPayload.isEmpty() ? QString() : override, extra));
    m_context.dispatch(*order, step); // the failed step runs again now
    // The retry resumes the order when no step of it is in fallout any more (unless the operator
    // keeps the hold): not when the step fell out again at once, nor while other cases are open.
    const bool resumes = retry.resumeIfLast && order->onHold && order->execution->stepsIn(StepState::Fallout).empty();
    if (resumes) {
        order->onHold = false;
        m_context.writer().orderHoldChanged(order->orderId, false, m_context.clock().now(), user,
                                            QString::fromStdString(nlohmann::json { { "case", caseId }, { "by", "retry" } }.dump()));
    }
    m_context.rollUp(*order);
    if (Status flushed = m_context.flush(); !flushed)
        return flushed;
    if (!resumes)
        return {};
    return m_context.runUntilIdle(); // the plan continues downstream
}

Status FalloutCommands::skip(qint64 caseId, const QString& user, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return failure(QStringLiteral("skipping fallout case %1 needs a reason").arg(caseId));
    const auto row = openFalloutCase(m_context.database().connection(), caseId);
    if (!row)
        return row.error();
    OrderRuntime* order = m_context.findOrder(row->orderId);
    const int step = order ? order->stepIndex(row->stepId) : -1;
    if (step < 0 || !m_context.move(*order, step, StepState::Skipped, user, payload(caseId, reason)))
        return failure(QStringLiteral("fallout case %1: step %2 cannot be skipped now").arg(caseId).arg(row->stepId));
    m_context.writer().falloutResolved(caseId, QStringLiteral("skipped by %1: %2").arg(user, reason), m_context.clock().now());
    m_context.rollUp(*order);
    return m_context.flush();
}

Status FalloutCommands::cancel(qint64 caseId, const QString& user, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return failure(QStringLiteral("cancelling the order of fallout case %1 needs a reason").arg(caseId));
    const auto row = openFalloutCase(m_context.database().connection(), caseId);
    if (!row)
        return row.error();
    OrderRuntime* order = m_context.findOrder(row->orderId);
    if (!order)
        return failure(QStringLiteral("fallout case %1: order %2 is not active").arg(caseId).arg(row->orderId));
    for (const auto& t : order->execution->cancelAll())
        m_context.writer().stepChanged(*order, t.step, t.from, t.to, m_context.clock().now(), user, payload(caseId, reason));
    m_context.writer().falloutResolved(caseId, QStringLiteral("order cancelled by %1: %2").arg(user, reason), m_context.clock().now());
    m_context.rollUp(*order);
    return m_context.flush();
}

Status FalloutCommands::resume(const QString& orderId, const QString& user)
{
    OrderRuntime* order = m_context.findOrder(orderId);
    if (!order) {
        const auto state = FalloutReader(m_context.database().connection()).orderState(orderId);
        if (!state)
            return state.error();
        if (*state)
            return failure(QStringLiteral("order %1 is %2; nothing to resume").arg(orderId, **state));
        return failure(QStringLiteral("unknown order '%1'").arg(orderId));
    }
    const auto inFallout = order->execution->stepsIn(StepState::Fallout);
    if (!inFallout.empty())
        return failure(QStringLiteral("order %1 still has %2 step(s) in fallout (first: %3); retry or skip them first")
                           .arg(orderId)
                           .arg(inFallout.size())
                           .arg(order->steps[std::size_t(inFallout.front())].id));
    if (!order->onHold)
        return failure(QStringLiteral("order %1 is not on hold; nothing to resume").arg(orderId));
    order->onHold = false;
    m_context.writer().orderHoldChanged(orderId, false, m_context.clock().now(), user, {});
    if (Status flushed = m_context.flush(); !flushed)
        return flushed;
    return m_context.runUntilIdle();
}

} // namespace fw
