// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "userdirectory.h"

#include "common/logging.h"
#include "common/clock.h"
#include "store/journal.h"
#include "store/transactionguard.h"
#include "store/usertable.h"

#include <QRegularExpression>
#include <QSqlError>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    nlohmann::json describe(const User& user)
    {
        nlohmann::json queues = nlohmann::json::array();
        for (const QString& queue : user.queues)
            queues.push_back(queue.toStdString());
        return { { "id", user.id.toStdString() },
                 { "name", user.displayName.toStdString() },
                 { "roles", user.roles.toText().toStdString() },
                 { "queues", queues },
                 { "active", user.active } };
    }
} // namespace

UserDirectory::UserDirectory(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<std::optional<User>> UserDirectory::lookup(const QString& id) const
{
    return UserTable(m_database).find(id);
}

Result<std::vector<User>> UserDirectory::all() const
{
    return UserTable(m_database).all();
}

int UserDirectory::count() const
{
    const auto count = UserTable(m_database).count();
    if (!count)
        qCWarning(lcStore, "%s", qPrintable(count.message()));
    return count.valueOr(0);
}

Status UserDirectory::checkId(const QString& id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!valid.match(id).hasMatch())
        return failure(QStringLiteral("user name '%1' is not valid: use 1 to 64 letters, digits, '.', '_', '-' or '@'").arg(id));
    return {};
}

Status UserDirectory::add(const User& user, const QString& actor, const QDateTime& now)
{
    if (Status valid = checkId(user.id); !valid)
        return valid;
    const auto existing = UserTable(m_database).find(user.id);
    if (!existing)
        return existing.error();
    if (*existing)
        return failure(QStringLiteral("user '%1' exists already").arg(user.id));
    return write(user, actor, now, true);
}

Status UserDirectory::ensure(const User& user, const QString& actor, const QDateTime& now)
{
    const auto found = UserTable(m_database).find(user.id);
    if (!found)
        return found.error();
    if (*found)
        return {};
    return add(user, actor, now);
}

Status UserDirectory::update(const User& user, const QString& actor, const QDateTime& now)
{
    const auto existing = UserTable(m_database).find(user.id);
    if (!existing)
        return existing.error();
    if (!*existing)
        return failure(QStringLiteral("unknown user '%1'").arg(user.id));
    return write(user, actor, now, false);
}

Status UserDirectory::write(const User& user, const QString& actor, const QDateTime& now, bool adding)
{
    if (user.roles.isEmpty())
        return failure(QStringLiteral("user '%1' needs at least one role (operator, resolver, supervisor, admin)").arg(user.id));
    UserTable table(m_database);
    std::optional<User> before;
    if (!adding) {
        const auto found = table.find(user.id);
        if (!found)
            return found.error();
        before = *found;
    }
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return failure(m_database.lastError().text(), QStringLiteral("user '%1'").arg(user.id), QStringLiteral("cannot write"));
    if (const Status written = table.upsert(user, now, actor); !written)
        return written.error();
    nlohmann::json payload { { "user", describe(user) } };
    if (before)
        payload["before"] = describe(*before);
    JournalEvent event;
    event.at = now;
    event.kind = adding ? QStringLiteral("user.added") : QStringLiteral("user.changed");
    event.actor = actor;
    event.payload = QString::fromStdString(payload.dump());
    if (Status journalled = Journal::record(m_database, event); !journalled)
        return journalled;
    if (!transaction.commit())
        return failure(m_database.lastError().text(), QStringLiteral("user '%1'").arg(user.id), QStringLiteral("cannot write"));
    return {};
}

Status UserDirectory::ensureFirstUser(const QString& login, const QDateTime& now)
{
    const auto users = UserTable(m_database).count();
    if (!users)
        return users.error();
    if (*users > 0)
        return {};
    User first;
    first.id = login;
    first.displayName = login;
    first.roles = RoleSet::all();
    first.updatedAt = now;
    first.updatedBy = QStringLiteral("store"); // made with the store, by no one: not journalled
    if (Status valid = checkId(first.id); !valid)
        return valid;
    if (const Status written = UserTable(m_database).upsert(first, now, first.updatedBy); !written)
        return written.error();
    return {};
}

Status UserDirectory::replaceFromRemote(const User& user)
{
    return UserTable(m_database).upsert(user, user.updatedAt, user.updatedBy);
}

} // namespace fw
