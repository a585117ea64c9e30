// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "usertable.h"

#include "common/clock.h"
#include "queryerror.h"

namespace fw {

namespace {
    constexpr auto userColumns = "id, display_name, roles, queues, active, updated_at, updated_by";

    User userFromRow(const QSqlQuery& query)
    {
        User user;
        user.id = query.value(0).toString();
        user.displayName = query.value(1).toString();
        user.roles = RoleSet::fromText(query.value(2).toString()).valueOr(RoleSet {}); // unknown names grant nothing
        user.queues = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        user.active = query.value(4).toBool();
        user.updatedAt = fromStoreTimeText(query.value(5).toString());
        user.updatedBy = query.value(6).toString();
        return user;
    }
} // namespace

UserTable::UserTable(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<std::optional<User>> UserTable::find(const QString& id) const
{
    const QString what = QStringLiteral("cannot read user '%1'").arg(id);
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(QLatin1String(userColumns))))
        return queryError(query, what);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query, what);
    if (!query.next())
        return std::optional<User>();
    return std::optional<User>(userFromRow(query));
}

Result<std::vector<User>> UserTable::all() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM users ORDER BY id").arg(QLatin1String(userColumns))))
        return queryError(query, QStringLiteral("cannot read the users"));
    std::vector<User> users;
    while (query.next())
        users.push_back(userFromRow(query));
    return users;
}

Result<int> UserTable::count() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !query.next())
        return queryError(query, QStringLiteral("cannot count the users"));
    return query.value(0).toInt();
}

Status UserTable::upsert(const User& user, const QDateTime& at, const QString& by)
{
    const QString what = QStringLiteral("cannot write user '%1'").arg(user.id);
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("INSERT INTO users (id, display_name, roles, queues, active, updated_at, updated_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, "
                                      "roles = excluded.roles, queues = excluded.queues, active = excluded.active, "
                                      "updated_at = excluded.updated_at, updated_by = excluded.updated_by")))
        return queryError(query, what);
    query.addBindValue(user.id);
    query.addBindValue(user.displayName.isEmpty() ? user.id : user.displayName);
    query.addBindValue(user.roles.toText());
    query.addBindValue(user.queues.isEmpty() ? QStringLiteral("") : user.queues.join(QLatin1Char(','))); // never NULL
    query.addBindValue(user.active ? 1 : 0);
    query.addBindValue(toStoreTime(at));
    query.addBindValue(by);
    if (!query.exec())
        return queryError(query, what);
    return {};
}

} // namespace fw
