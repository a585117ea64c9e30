// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Users for tests that are about something else than roles: each person may work every queue and
// resolve fallout (operator, resolver, supervisor), and imports; tst_commandprocessor and
// tst_fwctlroles test the roles themselves.

#include "identity/userdirectory.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace fw::test {

// at: when they were added (a store in simulated time takes its clock from its newest journal entry).
inline bool addTeam(QSqlDatabase database, const QStringList& people, const QDateTime& at = QDateTime::currentDateTimeUtc())
{
    UserDirectory users(database);
    for (const QString& person : people) {
        if (!users.ensure({ person, person, RoleSet { Role::Operator, Role::Resolver, Role::Supervisor }, {}, true, {}, {} },
                          QStringLiteral("test"), at))
            return false;
    }
    return true;
}

} // namespace fw::test
