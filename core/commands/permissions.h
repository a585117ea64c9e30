// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "identity/user.h"

#include <QString>

#include <optional>
#include <vector>

namespace fw {

// Who may take which action: one table, data not code (docs/roles.md prints it). A user may take
// an action when they hold any of its roles; for task actions an operator must also belong to
// the task's queue, while a supervisor works every queue.
struct Permission {
    QString action; // "task.claim", ...
    RoleSet roles; // any of them suffices
    bool queueScoped = false; // operators only in their queues (supervisors in all)
    QString description; // what the action does, for messages and docs: "claim a task"
};

// What the processor knows about a command's target before it acts (CommandFacts::read).
struct CommandFacts {
    QString orderId; // the order the command acts on, empty when none or unknown
    QString taskQueue; // task actions: the task's queue
    QString claimedBy; // task actions: who holds the task now (empty: nobody)
    bool ownOrder = false; // the order is in this store and run here (not another workstation's replica)
    bool shared = false; // the order is shared through a remote store (a replica, or leased by this workstation)
};

class Permissions {
public:
    static const std::vector<Permission>& table();
    static const Permission* find(const QString& action);

    // Succeeds when `user` may take `action` on the target described by `facts`; else fails with the
    // refusal, naming the user, the action and the missing role or queue. user nullopt: unknown user.
    static Status check(const QString& actorId, const std::optional<User>& user, const QString& action, const CommandFacts& facts);
    // For menus and buttons: whether the user's roles allow the action at all (queues aside), and
    // the sentence a disabled control shows ("Needs the supervisor role").
    static bool allows(const User& user, const QString& action);
    static QString requirement(const QString& action);

    // Releasing a task another user holds is a supervisor's action of its own.
    static inline const QString releaseOthersClaim = QStringLiteral("task.release-other");
};

} // namespace fw
