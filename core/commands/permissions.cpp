// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "permissions.h"

namespace fw {

namespace {
    constexpr RoleSet operators { Role::Operator, Role::Supervisor };
    constexpr RoleSet resolvers { Role::Resolver };
    constexpr RoleSet supervisors { Role::Supervisor };
    constexpr RoleSet admins { Role::Admin };

    QString rolesText(RoleSet roles)
    {
        const QStringList names = roles.names();
        if (names.size() == 1)
            return QStringLiteral("the %1 role").arg(names.constFirst());
        return QStringLiteral("the %1 or %2 role").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.constLast());
    }

    QString heldText(const User& user)
    {
        return user.roles.isEmpty() ? QStringLiteral("holds no role")
                                    : QStringLiteral("holds %1").arg(user.roles.names().join(QStringLiteral(", ")));
    }
} // namespace

const std::vector<Permission>& Permissions::table()
{
    static const std::vector<Permission> permissions {
        { QStringLiteral("task.claim"), operators, true, QStringLiteral("claim a task") },
        { QStringLiteral("task.release"), operators, true, QStringLiteral("release a task") },
        { releaseOthersClaim, supervisors, false, QStringLiteral("release a task another user holds") },
        { QStringLiteral("task.complete"), operators, true, QStringLiteral("complete a task") },
        { QStringLiteral("signal"), RoleSet { Role::Operator, Role::Resolver, Role::Supervisor }, false,
          QStringLiteral("give an order a signal") },
        { QStringLiteral("line.set-field"), resolvers, false, QStringLiteral("set a line field") },
        { QStringLiteral("fallout.retry"), resolvers, false, QStringLiteral("retry a fallout case") },
        { QStringLiteral("fallout.skip"), resolvers, false, QStringLiteral("skip a fallout case") },
        { QStringLiteral("fallout.cancel"), resolvers, false, QStringLiteral("cancel an order in fallout") },
        { QStringLiteral("order.resume"), resolvers, false, QStringLiteral("resume an order on hold") },
        { QStringLiteral("fallout.bulk-retry"), supervisors, false, QStringLiteral("retry fallout cases in bulk") },
        { QStringLiteral("fallout.bulk-skip"), supervisors, false, QStringLiteral("skip fallout cases in bulk") },
        { QStringLiteral("jeopardy.reassign"), supervisors, false, QStringLiteral("reassign a task to another queue") },
        { QStringLiteral("jeopardy.escalate"), supervisors, false, QStringLiteral("escalate a step or an order") },
        { QStringLiteral("order.priority"), supervisors, false, QStringLiteral("change an order's priority") },
        { QStringLiteral("escalation.claim"), supervisors, false, QStringLiteral("claim an escalation") },
        { QStringLiteral("escalation.resolve"), supervisors, false, QStringLiteral("resolve an escalation") },
        { QStringLiteral("change.preview"), supervisors, false, QStringLiteral("preview a change order") },
        { QStringLiteral("change.submit"), supervisors, false, QStringLiteral("submit a change order or cancellation") },
        { QStringLiteral("order.import"), supervisors, false, QStringLiteral("import an order") },
        { QStringLiteral("catalog.import"), admins, false, QStringLiteral("import a catalog") },
        { QStringLiteral("user.add"), admins, false, QStringLiteral("add a user") },
        { QStringLiteral("user.change"), admins, false, QStringLiteral("change a user's roles, queues or name") },
        { QStringLiteral("user.deactivate"), admins, false, QStringLiteral("deactivate a user") },
        { QStringLiteral("remote.settings"), admins, false, QStringLiteral("change the remote store's settings") },
        { QStringLiteral("credentials.set"), admins, false, QStringLiteral("set or clear a credential's secret") }, // issue 22
        { QStringLiteral("renewal.claim"), operators, false, QStringLiteral("claim a renewal") },
        { QStringLiteral("renewal.renew"), operators, false, QStringLiteral("renew a subscription") },
        { QStringLiteral("renewal.decline"), supervisors, false, QStringLiteral("decline a renewal") },
        { QStringLiteral("store.archive"), RoleSet { Role::Supervisor, Role::Admin }, false, QStringLiteral("archive finished orders") },
        { QStringLiteral("sync.acknowledge"), RoleSet { Role::Supervisor, Role::Admin }, false,
          QStringLiteral("acknowledge a sync conflict") },
    };
    return permissions;
}

const Permission* Permissions::find(const QString& action)
{
    for (const Permission& permission : table()) {
        if (permission.action == action)
            return &permission;
    }
    return nullptr;
}

Status Permissions::check(const QString& actorId, const std::optional<User>& user, const QString& action, const CommandFacts& facts)
{
    const Permission* permission = find(action);
    if (!permission)
        return failure(QStringLiteral("unknown action '%1'").arg(action));
    if (!user)
        return failure(QStringLiteral("%1 may not %2: '%1' is not a user of this store (an admin adds users with 'fwctl users add')")
                           .arg(actorId, permission->description));
    if (!user->active)
        return failure(QStringLiteral("%1 may not %2: the user is deactivated").arg(actorId, permission->description));
    if (!user->roles.intersects(permission->roles))
        return failure(QStringLiteral("%1 may not %2 (%3): it needs %4, and %1 %5")
                           .arg(actorId, permission->description, action, rolesText(permission->roles), heldText(*user)));
    if (permission->queueScoped && !user->roles.contains(Role::Supervisor) && !facts.taskQueue.isEmpty()
        && !user->queues.contains(facts.taskQueue)) {
        const QString works = user->queues.isEmpty() ? QStringLiteral("works no queue")
                                                     : QStringLiteral("works %1").arg(user->queues.join(QStringLiteral(", ")));
        return failure(QStringLiteral("%1 may not %2 (%3) of queue '%4': %1 %5 (the supervisor role works every queue)")
                           .arg(actorId, permission->description, action, facts.taskQueue, works));
    }
    return {};
}

bool Permissions::allows(const User& user, const QString& action)
{
    const Permission* permission = find(action);
    return permission && user.active && user.roles.intersects(permission->roles);
}

QString Permissions::requirement(const QString& action)
{
    const Permission* permission = find(action);
    if (!permission)
        return QStringLiteral("unknown action '%1'").arg(action);
    return QStringLiteral("Needs %1").arg(rolesText(permission->roles));
}

} // namespace fw
