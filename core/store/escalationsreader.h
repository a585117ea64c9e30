// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include "common/result.h"
#include <vector>

namespace fw {

// An escalation to supervisors (JeopardyActions::escalate) as the views show it.
struct EscalationSummary {
    qint64 id = 0;
    QString orderId;
    QString stepId; // empty: the whole order
    QString stepName;
    QString queue;
    QString level; // warning, critical, or manual (a supervisor escalated it)
    QString reason;
    QString note;
    QString raisedBy;
    QString state; // open, claimed, resolved
    QString claimedBy;
    QDateTime createdAt;
    QString resolvedBy;
    QString resolution;
    QDateTime resolvedAt;
    bool operator==(const EscalationSummary&) const = default;
};

// Reads escalations: the unresolved ones (newest last), or all when `includeResolved`
// (store/escalationsreader.cpp: all SQL lives in core/store).
Result<std::vector<EscalationSummary>> readEscalations(const QSqlDatabase& database, bool includeResolved = false);

} // namespace fw
