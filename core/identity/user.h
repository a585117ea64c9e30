// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "role.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fw {

// Someone who acts on the store: every command names one (its actor), and the core checks the
// user's roles and queues before it acts (CommandProcessor, docs/roles.md).
struct User {
    QString id; // the login name commands carry ("anna")
    QString displayName; // "Anna Berger"; the id when not given
    RoleSet roles;
    QStringList queues; // the task queues an operator works; empty: none (a supervisor works all)
    bool active = true; // a deactivated user is kept for the history but may no longer act
    QDateTime updatedAt;
    QString updatedBy;

    bool holds(Role role) const { return active && roles.contains(role); }
    QString label() const { return displayName.isEmpty() || displayName == id ? id : QStringLiteral("%1 (%2)").arg(displayName, id); }
};

} // namespace fw
