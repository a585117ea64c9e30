// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "user.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace fw {

// The users of a store (table `users`, schema 17). Every change is written in one transaction with
// its journal entry (user.added, user.changed: who changed whom, before and after). With a remote
// store the users are shared (docs/sync.md, "Users"): the remote copy wins when sync brings it.
class UserDirectory {
public:
    explicit UserDirectory(QSqlDatabase database);

    Result<std::optional<User>> lookup(const QString& id) const; // nullopt: no such user
    Result<std::vector<User>> all() const; // by id
    int count() const;

    // A user id is what commands carry: 1 to 64 letters, digits, '.', '_', '-', '@'. The reason otherwise.
    static Status checkId(const QString& id);

    // Adds a new user; refused when the id is taken or not valid, or no role is given.
    Status add(const User& user, const QString& actor, const QDateTime& now);
    // Adds the user unless the store has one with that id (kept as it is): the demo's and tests' teams.
    Status ensure(const User& user, const QString& actor, const QDateTime& now);
    // Writes a changed user (display name, roles, queues, active) found by id.
    Status update(const User& user, const QString& actor, const QDateTime& now);
    // The first user of a new store: `login` (the OS login name) holding every role, so the one
    // who creates a store can work it and add colleagues. Nothing when the store has users.
    // Recorded with updated_by "store", not journalled (it is part of making the store).
    Status ensureFirstUser(const QString& login, const QDateTime& now);
    // Sync: writes a user as the remote store has it (no journal entry: the remote store keeps
    // the history of who changed it).
    Status replaceFromRemote(const User& user);

private:
    Status write(const User& user, const QString& actor, const QDateTime& now, bool adding);
    QSqlDatabase m_database;
};

} // namespace fw
