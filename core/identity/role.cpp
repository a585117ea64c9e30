// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "role.h"

namespace fw {

QString roleName(Role role)
{
    switch (role) {
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Resolver:
        return QStringLiteral("resolver");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role role : allRoles) {
        if (roleName(role) == name.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QStringList RoleSet::names() const
{
    QStringList names;
    for (Role role : allRoles) {
        if (contains(role))
            names << roleName(role);
    }
    return names;
}

Result<RoleSet> RoleSet::fromText(const QString& text)
{
    RoleSet roles;
    for (const QString& name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (name.trimmed().isEmpty())
            continue;
        const auto role = roleFromName(name);
        if (!role)
            return failure(QStringLiteral("unknown role '%1' (operator, resolver, supervisor or admin)").arg(name.trimmed()));
        roles.insert(*role);
    }
    return roles;
}

} // namespace fw
