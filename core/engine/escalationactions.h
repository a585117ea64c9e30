// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fw {

class EngineService;

// A supervisor's actions on steps in jeopardy, sent to a running engine through
// EngineService::submit(): each is answered by the service's actionDone(label) or
// actionFailed(label, why), like any other command, and the engine's processor checks the role.
class EscalationActions {
public:
    explicit EscalationActions(EngineService& service);

    void reassignTask(const QString& orderId, const QString& stepId, const QString& queue, const QString& user);
    // stepId empty: the whole order.
    void escalate(const QString& orderId, const QString& stepId, const QString& queue, const QString& note, const QString& user);
    void claim(qint64 escalationId, const QString& user);
    void resolve(qint64 escalationId, const QString& user, const QString& resolution);

private:
    EngineService& m_service;
};

} // namespace fw
