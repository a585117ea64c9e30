// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace fw {

class CalloutThrottle;
class CalloutTransport;
class ExecutionContext;
struct CalloutResponse;
struct OrderRuntime;

// Sends the callouts of a run loop and handles their replies: renders the request, records the
// attempt before the request leaves (a crash mid-callout resends it after restart with the same
// idempotency key), classifies a failure (retry with the step's policy, or fall out) and maps a
// success's response onto the lines. Requests go out through a CalloutTransport, at most an
// endpoint's maxInFlight at once (CalloutThrottle); without a transport callout steps stay ready.
class CalloutDispatcher {
public:
    explicit CalloutDispatcher(ExecutionContext& context);
    ~CalloutDispatcher();
    CalloutDispatcher(const CalloutDispatcher&) = delete;
    CalloutDispatcher& operator=(const CalloutDispatcher&) = delete;

    void setTransport(CalloutTransport* transport);
    bool hasTransport() const { return m_transport != nullptr; }
    // Replaces an endpoint's base URL (a test system, fw-stubs on another port).
    void setEndpointBaseUrl(const QString& endpoint, const QString& baseUrl) { m_endpointBases.insert(endpoint, baseUrl); }
    int inFlight() const { return m_inFlight; }
    quint64 replies() const { return m_replies; } // replies handled so far
    // Called after each reply is handled (a waiting loop ends its wait); empty: nothing.
    void setReplyHook(std::function<void()> hook) { m_replyHook = std::move(hook); }

    // Sends the step's callout (a new attempt, or after a restart the same attempt again).
    void start(OrderRuntime& order, int step);
    // Marks the steps of an order read back from the store whose request is still out (their
    // StepRuntime::inFlight), so they are not sent again: the reply finds the order by id.
    void markOut(OrderRuntime& order) const;

private:
    void finished(const QString& orderId, const QString& stepId, int attempt, const QString& request, const CalloutResponse& response);

    ExecutionContext& m_context;
    CalloutTransport* m_transport = nullptr;
    std::unique_ptr<CalloutThrottle> m_throttle; // over m_transport
    QHash<QString, QString> m_endpointBases;
    int m_inFlight = 0;
    QSet<QString> m_out; // "order\nstep" of the requests out
    quint64 m_replies = 0;
    std::function<void()> m_replyHook;
    // Replies may arrive after the dispatcher is gone (shutdown, restart): they check this.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace fw
