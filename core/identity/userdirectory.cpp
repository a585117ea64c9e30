#include "userdirectory.h"

#include "common/clock.h"
#include "store/journal.h"
#include "store/transactionguard.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    constexpr auto userColumns = "id, display_name, roles, queues, active, updated_at, updated_by";

    User userFrom(const QSqlQuery& query)
    {
        User user;
        user.id = query.value(0).toString();
        user.displayName = query.value(1).toString();
        user.roles = RoleSet::fromText(query.value(2).toString()).value_or(RoleSet {}); // unknown names grant nothing
        user.queues = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        user.active = query.value(4).toBool();
        user.updatedAt = fromStoreTimeText(query.value(5).toString());
        user.updatedBy = query.value(6).toString();
        return user;
    }

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
    std::optional<QString> upsertRow(QSqlDatabase& database, const User& user, const QDateTime& at, const QString& by)
    {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("INSERT INTO users (id, display_name, roles, queues, active, updated_at, updated_by) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, "
                                     "roles = excluded.roles, queues = excluded.queues, active = excluded.active, "
                                     "updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
        query.addBindValue(user.id);
        query.addBindValue(user.displayName.isEmpty() ? user.id : user.displayName);
        query.addBindValue(user.roles.toText());
        query.addBindValue(user.queues.isEmpty() ? QStringLiteral("") : user.queues.join(QLatin1Char(','))); // never NULL
        query.addBindValue(user.active ? 1 : 0);
        query.addBindValue(toStoreTime(at));
        query.addBindValue(by);
        if (!query.exec())
            return QStringLiteral("cannot write user '%1': %2").arg(user.id, query.lastError().text());
        return std::nullopt;
    }
} // namespace

UserDirectory::UserDirectory(QSqlDatabase database)
    : m_database(std::move(database))
{
}

std::optional<User> UserDirectory::find(const QString& id) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(QLatin1String(userColumns)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return userFrom(query);
}

std::vector<User> UserDirectory::all() const
{
    std::vector<User> users;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM users ORDER BY id").arg(QLatin1String(userColumns))))
        return users;
    while (query.next())
        users.push_back(userFrom(query));
    return users;
}

int UserDirectory::count() const
{
    QSqlQuery query(m_database);
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && query.next() ? query.value(0).toInt() : 0;
}

std::optional<QString> UserDirectory::checkId(const QString& id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!valid.match(id).hasMatch())
        return QStringLiteral("user name '%1' is not valid: use 1 to 64 letters, digits, '.', '_', '-' or '@'").arg(id);
    return std::nullopt;
}

std::optional<QString> UserDirectory::add(const User& user, const QString& actor, const QDateTime& now)
{
    if (auto invalid = checkId(user.id))
        return invalid;
    if (find(user.id))
        return QStringLiteral("user '%1' exists already").arg(user.id);
    return write(user, actor, now, true);
}

std::optional<QString> UserDirectory::update(const User& user, const QString& actor, const QDateTime& now)
{
    if (!find(user.id))
        return QStringLiteral("unknown user '%1'").arg(user.id);
    return write(user, actor, now, false);
}

std::optional<QString> UserDirectory::write(const User& user, const QString& actor, const QDateTime& now, bool adding)
{
    if (user.roles.isEmpty())
        return QStringLiteral("user '%1' needs at least one role (operator, resolver, supervisor, admin)").arg(user.id);
    const std::optional<User> before = adding ? std::nullopt : find(user.id);
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return QStringLiteral("cannot write user '%1': %2").arg(user.id, m_database.lastError().text());
    if (auto error = upsertRow(m_database, user, now, actor))
        return error;
    nlohmann::json payload { { "user", describe(user) } };
    if (before)
        payload["before"] = describe(*before);
    JournalEvent event;
    event.at = now;
    event.kind = adding ? QStringLiteral("user.added") : QStringLiteral("user.changed");
    event.actor = actor;
    event.payload = QString::fromStdString(payload.dump());
    if (auto error = Journal::append(m_database, event))
        return error;
    if (!transaction.commit())
        return QStringLiteral("cannot write user '%1': %2").arg(user.id, m_database.lastError().text());
    return std::nullopt;
}

std::optional<QString> UserDirectory::ensureFirstUser(const QString& login, const QDateTime& now)
{
    if (count() > 0)
        return std::nullopt;
    User first;
    first.id = login;
    first.displayName = login;
    first.roles = RoleSet::all();
    first.updatedAt = now;
    first.updatedBy = QStringLiteral("store"); // made with the store, by no one: not journalled
    if (auto invalid = checkId(first.id))
        return invalid;
    return upsertRow(m_database, first, now, first.updatedBy);
}

std::optional<QString> UserDirectory::replaceFromRemote(const User& user)
{
    return upsertRow(m_database, user, user.updatedAt, user.updatedBy);
}

} // namespace fw
