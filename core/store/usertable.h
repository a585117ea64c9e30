// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "identity/user.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace fw {

// The SQL of the users table (UserDirectory): one statement per call, the caller holds any
// transaction. Errors name the user and the database's reason.
class UserTable {
public:
    explicit UserTable(QSqlDatabase database);

    Result<std::optional<User>> find(const QString& id) const; // nullopt: no such user
    Result<std::vector<User>> all() const; // by id
    Result<int> count() const;
    // Inserts or replaces a user's row, stamped with when and by whom.
    Status upsert(const User& user, const QDateTime& at, const QString& by);

private:
    QSqlDatabase m_database;
};

} // namespace fw
