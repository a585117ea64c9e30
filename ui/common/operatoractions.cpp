// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "operatoractions.h"

#include "fallout/payloadeditdialog.h"
#include "tasks/taskformdialog.h"
#include "engine/engineservice.h"
#include "workspace/storesession.h"

#include <QInputDialog>
#include <QLineEdit>

namespace fw {

OperatorActions::OperatorActions(StoreSession* session, QWidget* parent)
    : m_session(session)
    , m_parent(parent)
{
}

bool OperatorActions::completeTask(qint64 taskId)
{
    const auto read = m_session->readTask(taskId); // the task as it is now, with its form
    if (!read) {
        Q_EMIT m_session->actionFinished(QStringLiteral("complete task"), false, read.message());
        return false;
    }
    if (!*read || ((*read)->state != QLatin1String("open") && (*read)->state != QLatin1String("claimed")))
        return false; // done meanwhile: the inbox drops it at the next refresh
    const TaskSummary task = **read;
    TaskFormDialog dialog(task, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    EngineService* service = m_session->service();
    if (task.claimedBy.isEmpty())
        service->claimTask(task.id, m_session->user()); // queued in order: claimed before it is completed
    service->completeTask(task.id, m_session->user(), dialog.formData(), dialog.comment());
    return true;
}

void OperatorActions::claimTask(qint64 taskId)
{
    m_session->service()->claimTask(taskId, m_session->user());
}

void OperatorActions::resumeIfLastCase(qint64 caseId, const QString& orderId)
{
    const auto& cases = m_session->lastSnapshot().fallout;
    const bool others
        = std::any_of(cases.begin(), cases.end(), [&](const FalloutSummary& c) { return c.orderId == orderId && c.id != caseId; });
    if (!others)
        m_session->service()->resume(orderId, m_session->user());
}

bool OperatorActions::retryFallout(qint64 caseId, bool resumeAfter)
{
    const FalloutSummary* c = m_session->falloutCase(caseId);
    if (!c)
        return false;
    FalloutRetry retry;
    retry.resumeIfLast = resumeAfter; // the engine resumes after the last case
    m_session->service()->retryFallout(caseId, m_session->user(), retry);
    return true;
}

bool OperatorActions::editPayloadAndRetry(qint64 caseId, bool resumeAfter)
{
    const FalloutSummary* c = m_session->falloutCase(caseId);
    if (!c)
        return false;
    const FalloutSummary fallout = *c;
    if (fallout.request.isEmpty())
        return retryFallout(caseId, resumeAfter); // not a callout: nothing to edit
    PayloadEditDialog dialog(fallout, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    FalloutRetry retry;
    retry.editedPayload = dialog.payload();
    retry.newRequest = dialog.newRequest();
    retry.resumeIfLast = resumeAfter;
    m_session->service()->retryFallout(fallout.id, m_session->user(), retry);
    return true;
}

QString OperatorActions::askReason(const QString& title, const QString& label)
{
    QString prompt = label;
    for (;;) {
        bool ok = false;
        const QString reason = QInputDialog::getText(m_parent, title, prompt, QLineEdit::Normal, QString(), &ok).trimmed();
        if (!ok)
            return {};
        if (!reason.isEmpty())
            return reason;
        prompt = label + QLatin1Char('\n') + QObject::tr("A reason is required: it goes into the order's audit trail.");
    }
}

bool OperatorActions::skipFallout(qint64 caseId, bool resumeAfter)
{
    const FalloutSummary* c = m_session->falloutCase(caseId);
    if (!c)
        return false;
    const FalloutSummary fallout = *c;
    const QString reason
        = askReason(QObject::tr("Skip Step"),
                    QObject::tr("Why is \u201c%1\u201d of order %2 done without running it?").arg(fallout.stepName, fallout.orderId));
    if (reason.isEmpty())
        return false;
    m_session->service()->skipFallout(fallout.id, m_session->user(), reason);
    if (resumeAfter)
        resumeIfLastCase(caseId, fallout.orderId);
    return true;
}

bool OperatorActions::cancelOrder(qint64 caseId)
{
    const FalloutSummary* c = m_session->falloutCase(caseId);
    if (!c)
        return false;
    const FalloutSummary fallout = *c;
    const QString reason = askReason(QObject::tr("Cancel Order"),
                                     QObject::tr("Why is order %1 cancelled? Steps not yet done are cancelled.").arg(fallout.orderId));
    if (reason.isEmpty())
        return false;
    m_session->service()->cancelFallout(fallout.id, m_session->user(), reason);
    return true;
}

void OperatorActions::resumeOrder(const QString& orderId)
{
    m_session->service()->resume(orderId, m_session->user());
}

} // namespace fw
