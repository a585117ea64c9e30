// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QWidget;

namespace fw {

class StoreSession;

// The operator actions the task inbox, the fallout queue and the step inspector share: each asks
// what it must (the task's form, an edited payload, a reason) in a dialog over `parent`, then sends
// the action to the engine as the session's user. Results arrive as StoreSession::actionFinished.
// Fallout resolutions resume the order when `resumeAfter` is set and the case was its last.
class OperatorActions {
public:
    OperatorActions(StoreSession* session, QWidget* parent);

    bool completeTask(qint64 taskId); // false when cancelled or the task is gone
    void claimTask(qint64 taskId);
    bool retryFallout(qint64 caseId, bool resumeAfter);
    bool editPayloadAndRetry(qint64 caseId, bool resumeAfter);
    bool skipFallout(qint64 caseId, bool resumeAfter);
    bool cancelOrder(qint64 caseId);
    void resumeOrder(const QString& orderId);

private:
    void resumeIfLastCase(qint64 caseId, const QString& orderId);
    QString askReason(const QString& title, const QString& label);

    StoreSession* m_session;
    QWidget* m_parent;
};

} // namespace fw
