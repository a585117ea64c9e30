// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace fw {

// What a user may do is given by roles (docs/roles.md). A user may hold several.
//   operator   works the manual tasks of the queues they belong to
//   resolver   resolves fallout (retry, edit payload, skip, cancel, resume) and sets line fields
//   supervisor reassigns, escalates, changes priority, submits change orders and cancellations,
//              takes bulk actions, works every queue and releases anyone's claim
//   admin      imports catalogs, manages users and the remote store's settings
enum class Role : unsigned { Operator = 1, Resolver = 2, Supervisor = 4, Admin = 8 };

inline constexpr std::array<Role, 4> allRoles { Role::Operator, Role::Resolver, Role::Supervisor, Role::Admin };

QString roleName(Role role); // "operator", ...
std::optional<Role> roleFromName(const QString& name);

// A set of roles, stored as their names joined by commas ("operator,resolver").
class RoleSet {
public:
    constexpr RoleSet() = default;
    constexpr RoleSet(std::initializer_list<Role> roles)
    {
        for (Role role : roles)
            m_bits |= unsigned(role);
    }
    static RoleSet all() { return { Role::Operator, Role::Resolver, Role::Supervisor, Role::Admin }; }

    bool contains(Role role) const { return (m_bits & unsigned(role)) != 0; }
    bool intersects(RoleSet other) const { return (m_bits & other.m_bits) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    void insert(Role role) { m_bits |= unsigned(role); }
    void remove(Role role) { m_bits &= ~unsigned(role); }
    void insert(RoleSet roles) { m_bits |= roles.m_bits; }
    void remove(RoleSet roles) { m_bits &= ~roles.m_bits; }
    bool operator==(const RoleSet&) const = default;

    QStringList names() const; // in the order of allRoles
    QString toText() const { return names().join(QLatin1Char(',')); }
    // Parses "operator,resolver" (spaces allowed); an unknown name is an error that names it.
    static Result<RoleSet> fromText(const QString& text);

private:
    unsigned m_bits = 0;
};

} // namespace fw
