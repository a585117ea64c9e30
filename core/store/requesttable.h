// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace fw {

struct PendingRequest {
    qint64 id = 0;
    QString json; // the Command as JSON
};

// A request's row: where it is (pending, taken, done, failed, withdrawn) and its outcome.
struct RequestRow {
    QString state;
    QString error;
    QString status; // CommandResult::statusName; empty in stores before schema 17
    qint64 queuedId = 0;
};

// The SQL of the store's inbox of operator requests (table `requests`, RequestInbox). Each
// change of state is one statement, atomic on its own.
class RequestTable {
public:
    explicit RequestTable(QSqlDatabase database);

    Result<qint64> insert(const QString& actor, const QString& json, const QString& requestId, const QDateTime& now);
    Result<std::vector<PendingRequest>> pending() const; // by id
    // pending -> taken; false when it is no longer pending (withdrawn meanwhile).
    Result<bool> take(qint64 id);
    Status finish(qint64 id, const QString& state, const QString& status, const QString& error, const QDateTime& at, qint64 queuedId);
    // pending -> withdrawn; false when it is no longer pending (the engine took it).
    Result<bool> withdraw(qint64 id, const QDateTime& at);
    Result<std::optional<RequestRow>> read(qint64 id) const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
