// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commandallowlist.h"

#include <QString>

#include <functional>
#include <memory>

namespace fw {

class CommandRunner;
class ExecutionContext;
struct ProcessOutcome;
struct OrderRuntime;

// Runs the auto tasks of "handler": "command" (docs/handlers.md) without blocking the engine's
// thread: looks the name up in the workstation's allow-list, records the attempt with the step's
// context (the JSON written to the command's stdin) before the process starts, and when it ends
// sets the fields its stdout names, or classifies the failure like a callout's (exit 75 and
// timeouts retriable with the step's retry policy, anything else fatal; the catalog's fallout
// rules first) and keeps stdout and the start of stderr in the attempt.
class CommandDispatcher {
public:
    explicit CommandDispatcher(ExecutionContext& context);
    ~CommandDispatcher();
    CommandDispatcher(const CommandDispatcher&) = delete;
    CommandDispatcher& operator=(const CommandDispatcher&) = delete;

    void setAllowList(CommandAllowList list) { m_allowList = std::move(list); }
    const CommandAllowList& allowList() const { return m_allowList; }
    int inFlight() const { return m_inFlight; }
    quint64 replies() const { return m_replies; } // commands ended and handled so far
    void setReplyHook(std::function<void()> hook) { m_replyHook = std::move(hook); }

    // Runs the step's command: a new attempt, or after a restart the same attempt again.
    void start(OrderRuntime& order, int step);

private:
    void finished(const QString& orderId, const QString& stepId, int attempt, const QString& request, const ProcessOutcome& result);

    ExecutionContext& m_context;
    CommandAllowList m_allowList;
    std::unique_ptr<CommandRunner> m_runner;
    int m_inFlight = 0;
    quint64 m_replies = 0;
    std::function<void()> m_replyHook;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace fw
