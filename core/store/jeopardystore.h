// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fw {

// The open (or claimed) task of a step.
struct OpenTaskRow {
    qint64 id = 0;
    QString queue;
    QString state;
    QString claimedBy;
};

struct EscalationRow {
    qint64 id = 0;
    QString orderId;
    QString stepId; // empty: the whole order
    QString queue;
    QString state; // open, claimed, resolved
    QString claimedBy;
};

// A new escalation's row.
struct NewEscalation {
    QString orderId;
    QString stepId;
    QString queue;
    QString level;
    QString reason;
    QString note;
    QString raisedBy;
    QDateTime at;
};

// The rows the SLA actions (JeopardyActions) read and change: a step's open task and its queue,
// an order's priority, escalations. Each call is one statement; the caller decides what is
// allowed and journals what it did. nullopt when there is no such row.
class JeopardyStore {
public:
    explicit JeopardyStore(QSqlDatabase database);

    Result<std::optional<OpenTaskRow>> openTask(const QString& orderId, const QString& stepId) const;
    // Moves a task to another queue, open again (a claim on it ends).
    Status moveTask(qint64 taskId, const QString& queue, const QDateTime& at);
    Result<std::optional<int>> priority(const QString& orderId) const;
    Status setPriority(const QString& orderId, int priority);

    // The unresolved escalation of a step (stepId empty: of the order).
    Result<std::optional<EscalationRow>> unresolvedEscalation(const QString& orderId, const QString& stepId) const;
    Result<std::optional<EscalationRow>> escalation(qint64 id) const;
    Result<qint64> insertEscalation(const NewEscalation& escalation);
    Status claimEscalation(qint64 id, const QString& user);
    // Adds a paragraph to an unresolved escalation's note (the first note when it has none).
    Status appendEscalationNote(qint64 id, const QString& paragraph);
    Status resolveEscalation(qint64 id, const QString& user, const QString& resolution, const QDateTime& at);

private:
    QSqlDatabase m_database;
};

} // namespace fw
