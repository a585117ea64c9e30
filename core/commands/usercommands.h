// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "command.h"

#include <QSqlDatabase>

namespace fw {

class Clock;

// User administration as commands (an admin's): user.add {user, name, roles, queues},
// user.change {user, name?, grant?, revoke?, queues?, active?}, user.deactivate {user}.
// roles, grant and revoke: role names joined by commas; queues: queue names joined by commas.
class UserCommands {
public:
    UserCommands(QSqlDatabase database, const Clock& clock);
    CommandResult apply(const Command& command);

private:
    CommandResult add(const Command& command);
    CommandResult change(const Command& command);

    QSqlDatabase m_database;
    const Clock& m_clock;
};

} // namespace fw
