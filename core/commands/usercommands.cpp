// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "usercommands.h"

#include "common/clock.h"
#include "identity/userdirectory.h"

#include <algorithm>

namespace fw {

namespace {
    QStringList queuesFrom(const QVariant& value)
    {
        QStringList queues;
        for (const QString& queue : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!queue.trimmed().isEmpty() && !queues.contains(queue.trimmed()))
                queues << queue.trimmed();
        }
        return queues;
    }

    Result<RoleSet> rolesFrom(const QVariant& value)
    {
        const auto roles = RoleSet::fromText(value.toString());
        if (!roles)
            return roles.error();
        return *roles;
    }
} // namespace

UserCommands::UserCommands(QSqlDatabase database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{
}

CommandResult UserCommands::apply(const Command& command)
{
    if (command.action == QLatin1String("user.add"))
        return add(command);
    if (command.action == QLatin1String("user.change") || command.action == QLatin1String("user.deactivate"))
        return change(command);
    return CommandResult::invalid(QStringLiteral("unknown action '%1'").arg(command.action));
}

CommandResult UserCommands::add(const Command& command)
{
    const auto roles = rolesFrom(command.args.value(QStringLiteral("roles")));
    if (!roles)
        return CommandResult::invalid(roles.message());
    User user;
    user.id = command.args.value(QStringLiteral("user")).toString();
    user.displayName = command.args.value(QStringLiteral("name")).toString();
    user.roles = *roles;
    user.queues = queuesFrom(command.args.value(QStringLiteral("queues")));
    if (const Status added = UserDirectory(m_database).add(user, command.actor, m_clock.now()); !added)
        return CommandResult::invalid(added.message());
    return CommandResult::done(QStringLiteral("added %1 (%2)").arg(user.id, user.roles.toText()));
}

CommandResult UserCommands::change(const Command& command)
{
    UserDirectory directory(m_database);
    const QString id = command.args.value(QStringLiteral("user")).toString();
    const Result<std::optional<User>> found = directory.lookup(id);
    if (!found)
        return CommandResult::failed(found.message());
    std::optional<User> user = *found;
    if (!user)
        return CommandResult::invalid(QStringLiteral("unknown user '%1'").arg(id));
    const bool wasAdmin = user->holds(Role::Admin);
    const QVariantMap& args = command.args;
    if (args.contains(QStringLiteral("grant"))) {
        const auto granted = rolesFrom(args.value(QStringLiteral("grant")));
        if (!granted)
            return CommandResult::invalid(granted.message());
        user->roles.insert(*granted);
    }
    if (args.contains(QStringLiteral("revoke"))) {
        const auto revoked = rolesFrom(args.value(QStringLiteral("revoke")));
        if (!revoked)
            return CommandResult::invalid(revoked.message());
        user->roles.remove(*revoked);
    }
    if (args.contains(QStringLiteral("queues")))
        user->queues = queuesFrom(args.value(QStringLiteral("queues")));
    if (args.contains(QStringLiteral("name")))
        user->displayName = args.value(QStringLiteral("name")).toString();
    if (command.action == QLatin1String("user.deactivate"))
        user->active = false;
    else if (args.contains(QStringLiteral("active")))
        user->active = args.value(QStringLiteral("active")).toBool();
    // The store keeps at least one active admin, so someone can still manage users.
    if (wasAdmin && !user->holds(Role::Admin)) {
        const Result<std::vector<User>> read = directory.all();
        if (!read)
            return CommandResult::failed(read.message());
        const std::vector<User>& users = *read;
        if (std::none_of(users.begin(), users.end(), [&id](const User& other) { return other.id != id && other.holds(Role::Admin); }))
            return CommandResult::invalid(
                QStringLiteral("%1 is the store's last active admin: grant another user the admin role first").arg(id));
    }
    if (const Status updated = directory.update(*user, command.actor, m_clock.now()); !updated)
        return CommandResult::invalid(updated.message());
    return CommandResult::done(
        QStringLiteral("%1: %2%3").arg(id, user->roles.toText(), user->active ? QString() : QStringLiteral(", deactivated")));
}

} // namespace fw
