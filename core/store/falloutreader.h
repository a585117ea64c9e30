// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fw {

struct FalloutCaseRow {
    QString orderId;
    QString stepId;
    QString state; // open, retried, skipped, cancelled
};

// The newest attempt of a callout step: its key, the request as sent, and whether an answer came.
struct LastAttemptRow {
    QString key;
    QString request;
    bool outcomeUnknown = false;
};

// Reads what the fallout commands (FalloutCommands) check before they act: a fallout case, the
// last attempt of its step, the state of an order. Read-only; nullopt when there is no such row.
class FalloutReader {
public:
    explicit FalloutReader(QSqlDatabase database);

    Result<std::optional<FalloutCaseRow>> fallout(qint64 caseId) const;
    Result<std::optional<LastAttemptRow>> lastAttempt(const QString& orderId, const QString& stepId) const;
    Result<std::optional<QString>> orderState(const QString& orderId) const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
