// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calloutdispatcher.h"

#include "calloutthrottle.h"
#include "callouttransport.h"
#include "common/clock.h"
#include "common/jsonparse.h"
#include "common/jsonvariant.h"
#include "executioncontext.h"
#include "failureclassifier.h"
#include "orderruntime.h"
#include "responsemapping.h"
#include "retryschedule.h"
#include "stepfallout.h"
#include "store/enginewriter.h"
#include "templates.h"

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    const RetryPolicy* policyOf(const Catalog& catalog, const QString& id)
    {
        for (const auto& policy : catalog.retryPolicies) {
            if (policy.id == id)
                return &policy;
        }
        return nullptr;
    }

    QString errorCodeOf(const QByteArray& body)
    {
        const JsonParseResult parsed = parseJsonBounded(body);
        if (!parsed.ok() || !parsed.value->is_object())
            return {};
        const auto code = parsed.value->find("code");
        return code != parsed.value->end() && code->is_string() ? toQString(code->get<std::string>()) : QString();
    }

    // 401/403: which credential the system refused, so the fallout case says what to fix.
    QString refusedCredential(const Catalog& catalog, const QString& endpointId)
    {
        for (const Endpoint& endpoint : catalog.endpoints) {
            if (endpoint.id != endpointId)
                continue;
            if (endpoint.credential.isEmpty())
                return QStringLiteral("the %1 system asks for a credential and endpoint '%2' names none").arg(endpoint.name, endpoint.id);
            return QStringLiteral("the %1 system refused the credential '%2'").arg(endpoint.name, endpoint.credential);
        }
        return {};
    }
} // namespace

CalloutDispatcher::CalloutDispatcher(ExecutionContext& context)
    : m_context(context)
{
}

CalloutDispatcher::~CalloutDispatcher() = default;

void CalloutDispatcher::setTransport(CalloutTransport* transport)
{
    m_transport = transport;
    m_throttle = transport ? std::make_unique<CalloutThrottle>(*transport) : nullptr;
}

void CalloutDispatcher::start(OrderRuntime& order, int step)
{
    StepRuntime& s = order.steps[std::size_t(step)];
    const CalloutSpec& spec = s.definition->callout;
    const StepState state = order.execution->state(step);
    const bool resend = state == StepState::Running; // after a restart: same attempt, same key
    const QString key
        = s.idempotencyKey.isEmpty() ? QStringLiteral("%1/%2/%3").arg(order.orderId, s.id).arg(s.attemptSeries) : s.idempotencyKey;

    RenderedTemplate payload;
    QString body;
    if (s.payloadOverride.isEmpty()) {
        payload = renderTemplate(spec.payloadTemplate, fieldContextOf(order, s));
        body = QString::fromStdString(variantToJson(payload.value).dump());
    } else {
        body = s.payloadOverride; // edited by an operator for this attempt series
    }
    const Endpoint* endpoint = nullptr;
    for (const auto& e : order.catalog->endpoints) {
        if (e.id == spec.endpoint)
            endpoint = &e;
    }
    const Credential* credential = endpoint ? order.catalog->credential(endpoint->credential) : nullptr;
    if (!resend) {
        s.attempts += 1;
        if (!s.firstAttemptAt.isValid())
            s.firstAttemptAt = m_context.clock().now();
        s.nextAttemptAt = QDateTime();
        nlohmann::json detail { { "attempt", s.attempts }, { "idempotencyKey", key.toStdString() } };
        if (credential)
            detail["credential"] = credential->id.toStdString(); // its name: the secret never leaves the transport
        m_context.move(order, step, StepState::Running, ExecutionContext::engineActor, QString::fromStdString(detail.dump()));
    }
    if (!payload.problems.isEmpty()) {
        openFallout(m_context, order, step,
                    { QStringLiteral("payload: ") + payload.problems.join(QStringLiteral("; ")), QStringLiteral("fatal"), body });
        return;
    }
    const QString base = m_endpointBases.value(spec.endpoint, endpoint ? endpoint->baseUrl : QString());
    CalloutRequest request;
    const RenderedTemplate path = renderTemplate(spec.path, fieldContextOf(order, s));
    request.url = QUrl(base + path.value.toString());
    request.method = spec.method;
    request.body = body.toUtf8();
    request.idempotencyKey = key;
    request.timeoutMs = spec.timeoutMs > 0 ? spec.timeoutMs : (endpoint ? endpoint->timeoutMs : 10000);
    request.endpoint = spec.endpoint;
    request.maxInFlight = endpoint ? endpoint->maxInFlight : Endpoint::defaultMaxInFlight;
    if (credential)
        request.credential = *credential;
    m_context.writer().attemptStarted(order.orderId, s.id, s.attemptSeries, s.attempts, key, body, m_context.clock().now());
    // The attempt is durable before the request leaves: a crash now means a resend with this key.
    // If it cannot be recorded it is not sent; the failure stops the run loop (storeStatus()).
    if (!m_context.writer().flush())
        return;
    s.inFlight = true;
    ++m_inFlight;
    const QString orderId = order.orderId;
    const QString stepId = s.id;
    m_out.insert(orderId + QLatin1Char('\n') + stepId);
    const int attempt = s.attempts;
    m_throttle->send(request, [this, alive = std::weak_ptr<int>(m_alive), orderId, stepId, attempt, body](const CalloutResponse& response) {
        if (alive.expired())
            return; // the run loop stopped; after a restart the attempt is sent again with the same key
        --m_inFlight;
        ++m_replies;
        m_out.remove(orderId + QLatin1Char('\n') + stepId);
        finished(orderId, stepId, attempt, body, response);
        if (m_replyHook)
            m_replyHook();
    });
}

void CalloutDispatcher::markOut(OrderRuntime& order) const
{
    if (m_out.isEmpty())
        return;
    for (StepRuntime& s : order.steps)
        s.inFlight = m_out.contains(order.orderId + QLatin1Char('\n') + s.id);
}

void CalloutDispatcher::finished(const QString& orderId, const QString& stepId, int attempt, const QString& request,
                                 const CalloutResponse& response)
{
    OrderRuntime* order = m_context.findOrder(orderId);
    const int step = order ? order->stepIndex(stepId) : -1;
    if (step < 0)
        return;
    StepRuntime& s = order->steps[std::size_t(step)];
    s.inFlight = false;
    const QDateTime now = m_context.clock().now();
    const QString responseText = QString::fromUtf8(response.body);
    if (order->execution->state(step) != StepState::Running || s.attempts != attempt) {
        m_context.writer().attemptFinished(orderId, stepId, s.attemptSeries, attempt, response.httpStatus, QStringLiteral("ignored"),
                                           responseText, QStringLiteral("the step moved on before the response arrived"), now,
                                           response.outcomeUnknown);
        (void)m_context.writer().flush(); // a failed write is latched: the run loop stops at its next check (storeStatus())
        return;
    }

    if (!response.credentialError.isEmpty()) { // not sent: retrying cannot help until someone sets the secret
        s.lastError = response.credentialError;
        m_context.writer().attemptFinished(orderId, stepId, s.attemptSeries, attempt, 0, QStringLiteral("fatal"), {},
                                           response.credentialError, now);
        openFallout(m_context, *order, step,
                    { response.credentialError, QStringLiteral("fatal"), request, {}, {}, s.definition->falloutQueue });
        m_context.rollUp(*order);
        (void)m_context.writer().flush();
        return;
    }
    CallFailure failure;
    failure.endpoint = s.definition->callout.endpoint;
    failure.httpStatus = response.httpStatus;
    failure.transport = response.transport;
    failure.message = response.error;
    const bool success = response.transport == CallFailure::Transport::None && response.httpStatus >= 200 && response.httpStatus < 300;
    if (success) {
        const auto [fields, missing] = mapCalloutResponse(s.definition->callout.responseMapping, response.body);
        if (missing.isEmpty()) {
            for (int line : s.lines) {
                for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                    order->lines[std::size_t(line)].fields.insert(it.key(), it.value());
                if (!fields.isEmpty())
                    m_context.writer().lineFieldsChanged(*order, line, now);
            }
            s.lastError.clear();
            m_context.writer().attemptFinished(orderId, stepId, s.attemptSeries, attempt, response.httpStatus, QStringLiteral("success"),
                                               responseText, {}, now);
            m_context.move(*order, step, StepState::Completed, ExecutionContext::engineActor,
                           QString::fromStdString(
                               nlohmann::json { { "httpStatus", response.httpStatus }, { "fields", variantToJson(fields) } }.dump()));
            m_context.rollUp(*order);
            (void)m_context.writer().flush(); // latched on failure, like the others (storeStatus())
            return;
        }
        failure.errorCode = QStringLiteral("SCHEMA_MISMATCH");
        failure.message = QStringLiteral("the response has no %1").arg(missing.join(QStringLiteral(", ")));
    } else {
        failure.errorCode = errorCodeOf(response.body);
        if (response.httpStatus == 401 || response.httpStatus == 403)
            failure.message = refusedCredential(*order->catalog, failure.endpoint);
    }

    const FailureClass kind = classifyFailure(*order->catalog, failure, s.definition->falloutQueue);
    const QString error = failure.message.isEmpty() ? kind.reason : failure.message + QStringLiteral(" (") + kind.reason + QLatin1Char(')');
    s.lastError = error;
    m_context.writer().attemptFinished(orderId, stepId, s.attemptSeries, attempt, response.httpStatus,
                                       kind.retriable ? QStringLiteral("retriable") : QStringLiteral("fatal"), responseText, error, now,
                                       response.outcomeUnknown);
    if (kind.retriable) {
        const RetryDecision retry = nextRetry(policyOf(*order->catalog, s.definition->retryPolicy), s.attempts, s.firstAttemptAt, now);
        if (retry.retry) {
            s.nextAttemptAt = now.addMSecs(retry.delayMs);
            m_context.move(*order, step, StepState::FailedRetrying, ExecutionContext::engineActor,
                           QString::fromStdString(nlohmann::json { { "error", error.toStdString() },
                                                                   { "nextAttemptAt", toStoreTime(s.nextAttemptAt).toStdString() } }
                                                      .dump()));
        } else {
            openFallout(m_context, *order, step,
                        { error + QStringLiteral("; retries exhausted: ") + retry.reason, QStringLiteral("retriable"), request,
                          responseText, kind.rule, kind.queue });
        }
    } else {
        openFallout(m_context, *order, step, { error, QStringLiteral("fatal"), request, responseText, kind.rule, kind.queue });
    }
    m_context.rollUp(*order);
    (void)m_context.writer().flush(); // latched on failure, like the others (storeStatus())
}

} // namespace fw
