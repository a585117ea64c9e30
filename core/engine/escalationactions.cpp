// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalationactions.h"

#include "commands/command.h"
#include "engineservice.h"

namespace fw {

namespace {
    Command escalationCommand(const QString& actor, const QString& action, const QVariantMap& args)
    {
        return Command::make(actor, action, args, { {}, CommandOrigin::Channel::Gui });
    }
} // namespace

EscalationActions::EscalationActions(EngineService& service)
    : m_service(service)
{
}

void EscalationActions::reassignTask(const QString& orderId, const QString& stepId, const QString& queue, const QString& user)
{
    m_service.submit(QStringLiteral("reassign %1 to %2").arg(stepId, queue),
                     escalationCommand(
                         user, QStringLiteral("jeopardy.reassign"),
                         { { QStringLiteral("order"), orderId }, { QStringLiteral("step"), stepId }, { QStringLiteral("queue"), queue } }));
}

void EscalationActions::escalate(const QString& orderId, const QString& stepId, const QString& queue, const QString& note,
                                 const QString& user)
{
    m_service.submit(QStringLiteral("escalate %1").arg(stepId.isEmpty() ? orderId : stepId),
                     escalationCommand(user, QStringLiteral("jeopardy.escalate"),
                                       { { QStringLiteral("order"), orderId },
                                         { QStringLiteral("step"), stepId },
                                         { QStringLiteral("queue"), queue },
                                         { QStringLiteral("note"), note } }));
}

void EscalationActions::claim(qint64 escalationId, const QString& user)
{
    m_service.submit(QStringLiteral("take escalation %1").arg(escalationId),
                     escalationCommand(user, QStringLiteral("escalation.claim"), { { QStringLiteral("escalation"), escalationId } }));
}

void EscalationActions::resolve(qint64 escalationId, const QString& user, const QString& resolution)
{
    m_service.submit(QStringLiteral("resolve escalation %1").arg(escalationId),
                     escalationCommand(user, QStringLiteral("escalation.resolve"),
                                       { { QStringLiteral("escalation"), escalationId }, { QStringLiteral("resolution"), resolution } }));
}

} // namespace fw
