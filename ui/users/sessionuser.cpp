// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessionuser.h"

#include "commands/permissions.h"
#include "identity/userdirectory.h"
#include "store/database.h"

namespace fw {

namespace {
    bool sameUser(const std::optional<User>& a, const std::optional<User>& b)
    {
        if (a.has_value() != b.has_value())
            return false;
        return !a
            || (a->id == b->id && a->displayName == b->displayName && a->roles == b->roles && a->queues == b->queues
                && a->active == b->active);
    }

    QString neededRoles(RoleSet roles)
    {
        const QStringList names = roles.names();
        if (names.size() == 1)
            return SessionUser::tr("Needs the %1 role").arg(names.constFirst());
        return SessionUser::tr("Needs the %1 or %2 role").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.constLast());
    }
} // namespace

SessionUser::SessionUser(QString storePath, QObject* parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_problem(tr("the store is still opening"))
{
}

SessionUser::~SessionUser() = default;

void SessionUser::setCandidates(const QString& explicitId, const QStringList& fallbacks)
{
    m_explicit = explicitId;
    m_fallbacks = fallbacks;
    m_requested = explicitId;
    for (const QString& fallback : fallbacks) {
        if (m_requested.isEmpty())
            m_requested = fallback;
    }
    if (m_storeOpen)
        storeOpened();
}

void SessionUser::storeOpened()
{
    if (!m_database)
        m_database = std::make_unique<Database>(m_storePath);
    m_storeOpen = true;
    const QStringList candidates = m_explicit.isEmpty() ? m_fallbacks : QStringList { m_explicit };
    QString firstProblem;
    for (const QString& candidate : candidates) {
        if (candidate.isEmpty())
            continue;
        const Status checked = checkUser(candidate);
        if (checked) {
            m_requested = candidate;
            setUser(UserDirectory(m_database->connection()).lookup(candidate).valueOr(std::nullopt), QString());
            return;
        }
        if (firstProblem.isEmpty())
            firstProblem = checked.error().why;
    }
    setUser(std::nullopt, firstProblem.isEmpty() ? tr("no user was given") : firstProblem);
}

void SessionUser::refresh()
{
    if (!m_storeOpen || !m_user)
        return;
    const Result<std::optional<User>> read = UserDirectory(m_database->connection()).lookup(m_user->id);
    if (!read) // the store cannot be read just now: the user stays as last seen
        return;
    const std::optional<User>& now = *read;
    if (!now) // gone from the store (cannot happen through the tools: users are deactivated, not deleted)
        setUser(std::nullopt, tr("'%1' is no longer a user of this store").arg(m_user->id));
    else if (!sameUser(now, m_user))
        setUser(now, QString()); // a deactivated user stays signed in but may do nothing
}

Status SessionUser::checkUser(const QString& id) const
{
    const QString trimmed = id.trimmed();
    if (!m_storeOpen)
        return failure(tr("the store is not open yet"), trimmed);
    if (trimmed.isEmpty())
        return failure(tr("no user was given"));
    const Result<std::optional<User>> read = UserDirectory(m_database->connection()).lookup(trimmed);
    if (!read)
        return failure(tr("the store cannot be read: %1").arg(read.message()), trimmed);
    const std::optional<User>& user = *read;
    if (!user)
        return failure(tr("'%1' is not a user of this store (an admin adds users with 'fwctl users add')").arg(trimmed), trimmed);
    if (!user->active)
        return failure(tr("'%1' is deactivated").arg(trimmed), trimmed);
    return {};
}

Status SessionUser::switchTo(const QString& id)
{
    if (Status checked = checkUser(id); !checked)
        return checked;
    m_requested = id.trimmed();
    const Result<std::optional<User>> read = UserDirectory(m_database->connection()).lookup(m_requested);
    if (!read)
        return read.error();
    setUser(*read, QString());
    return {};
}

Result<std::vector<User>> SessionUser::users() const
{
    if (!m_storeOpen)
        return std::vector<User>();
    return UserDirectory(m_database->connection()).all();
}

bool SessionUser::allows(const QString& action) const
{
    return m_user && Permissions::allows(*m_user, action);
}

bool SessionUser::worksQueue(const QString& queue) const
{
    return m_user && (m_user->roles.contains(Role::Supervisor) || queue.isEmpty() || m_user->queues.contains(queue));
}

QString SessionUser::refusal(const QString& action) const
{
    if (!m_user)
        return tr("Nobody is signed in (%1): choose a user with File > Switch User").arg(m_problem);
    if (!m_user->active)
        return tr("%1 is deactivated: choose another user with File > Switch User").arg(m_user->label());
    const Permission* permission = Permissions::find(action);
    if (!permission)
        return tr("Unknown action %1").arg(action);
    if (m_user->roles.intersects(permission->roles))
        return {};
    return tr("%1: %2 holds %3")
        .arg(neededRoles(permission->roles), m_user->displayName.isEmpty() ? m_user->id : m_user->displayName, rolesText(m_user->roles));
}

QString SessionUser::taskRefusal(const QString& action, const QString& queue) const
{
    QString why = refusal(action);
    if (why.isEmpty() && !worksQueue(queue))
        why = tr("Queue %1 is not one of %2's queues (%3); the supervisor role works every queue")
                  .arg(queue, m_user->displayName.isEmpty() ? m_user->id : m_user->displayName,
                       m_user->queues.isEmpty() ? tr("none") : m_user->queues.join(QStringLiteral(", ")));
    return why;
}

QStringList SessionUser::defaultQueues() const
{
    if (!m_user || m_user->roles.contains(Role::Supervisor))
        return {};
    return m_user->queues;
}

QString SessionUser::rolesText(RoleSet roles)
{
    return roles.isEmpty() ? tr("no role") : roles.names().join(QStringLiteral(", "));
}

void SessionUser::setUser(std::optional<User> user, const QString& problem)
{
    if (sameUser(user, m_user) && problem == m_problem)
        return;
    m_user = std::move(user);
    m_problem = problem;
    Q_EMIT changed();
}

} // namespace fw
