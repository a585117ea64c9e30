// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "identity/user.h"

#include <optional>
#include <vector>

namespace fw {

class PgConnection;

// The users every workstation shares (fw.users, remote schema 3; docs/sync.md, "Users"). Every
// workstation's role may read them; only a role in fw_user_admin may change them. Each change
// gets a version from a sequence, in commit order, so a puller asks for what changed since the
// last version it saw.
class RemoteUsers {
public:
    explicit RemoteUsers(PgConnection& connection);

    struct Changed {
        std::vector<User> users;
        qint64 through = 0; // the newest version read (the cursor for the next pull)
    };
    Result<Changed> changedSince(qint64 version, int limit = 1000);
    // The user as the remote store has it (nullopt: not there); its version in `version` (0 if none).
    Result<std::optional<User>> find(const QString& id, qint64* version = nullptr);
    // Success when the connected role may change fw.users; else why not, naming the role.
    Status writeRefusal();
    // Writes the user as given (added or replaced), recording `actor` (the application user) as who
    // changed it. basedOn: the version the change was made on (find), so a change made meanwhile by
    // someone else is not overwritten (refused, naming who); 0: the user must be new; -1: unconditional.
    Status write(const User& user, const QString& actor, qint64 basedOn = -1);

private:
    PgConnection& m_connection;
};

} // namespace fw
