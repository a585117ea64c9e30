// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace fw {

// The store's open work as someone working through it sees it (the demo's scripted colleagues
// and resolvers): an order's open tasks, the open fallout cases, whether the store has orders yet.
class OpenWork {
public:
    struct Task {
        qint64 id = 0;
        QString stepId;
        QString claimedBy; // empty: unclaimed
    };
    struct FalloutCase {
        qint64 id = 0;
        QString orderId;
        QDateTime openedAt;
    };

    explicit OpenWork(QSqlDatabase database);

    Result<std::vector<Task>> tasksOf(const QString& orderId) const; // open or claimed, by id
    Result<std::vector<FalloutCase>> falloutCases() const; // open, oldest first
    Result<bool> hasOrders() const;
    Result<bool> hasCatalog(const QString& catalogId) const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
