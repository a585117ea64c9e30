// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "identity/user.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace fw {

class Database;

// Who works in a store's workbench session, and what their roles allow. The user is read from the
// store's users (UserDirectory, on this thread's own connection, once the engine has opened and
// migrated the store) and checked against the one action -> role table (Permissions), so a control
// can be disabled with the reason before the engine's processor would refuse the action. The engine
// still authorizes every command: this only says in advance what it will say.
class SessionUser final : public QObject {
    Q_OBJECT

public:
    explicit SessionUser(QString storePath, QObject* parent = nullptr);
    ~SessionUser() override;

    // The users to try once the store is open, in order: the first known and active one signs in.
    // `explicitId` (--user, $FW_USER) is tried alone: when it is refused nobody is signed in.
    void setCandidates(const QString& explicitId, const QStringList& fallbacks);
    // The store is open (its schema current): reads the users and signs the first candidate in.
    void storeOpened();
    // Re-reads the signed-in user (roles, queues or the active flag may have changed; cheap).
    void refresh();

    // Signs `id` in; fails when it is not a known, active user of the store (nothing changes then),
    // with the user as `where` and the reason as `why`.
    Status switchTo(const QString& id);
    // Whether `id` can sign in (the error as switchTo's).
    Status checkUser(const QString& id) const;
    Result<std::vector<User>> users() const; // every user of the store, by id
    bool isStoreOpen() const { return m_storeOpen; }

    bool isSignedIn() const { return m_user.has_value(); }
    QString id() const { return m_user ? m_user->id : m_requested; } // whom commands name
    const std::optional<User>& user() const { return m_user; }
    QString signInProblem() const { return m_problem; } // why nobody is signed in (empty when someone is)

    // Whether the user's roles allow the action at all (queues aside).
    bool allows(const QString& action) const;
    // Task actions: the user works `queue` (a member of it, or a supervisor).
    bool worksQueue(const QString& queue) const;
    // For a disabled control's tooltip: why the user may not take the action ("Needs the supervisor
    // role: Olivia Ortiz holds operator"); empty when they may.
    QString refusal(const QString& action) const;
    // As refusal(), and for a task action also the queue; empty when allowed.
    QString taskRefusal(const QString& action, const QString& queue) const;
    // The queues the task inbox shows by default: the user's own; empty for a supervisor (all queues)
    // or a user who works no queue.
    QStringList defaultQueues() const;

    static QString rolesText(RoleSet roles); // "operator, resolver" or "no role"

Q_SIGNALS:
    // The signed-in user, or what they may do, changed: every control re-evaluates.
    void changed();

private:
    void setUser(std::optional<User> user, const QString& problem);

    QString m_storePath;
    std::unique_ptr<Database> m_database; // this thread's connection, after the store is open
    QString m_requested;
    QString m_explicit;
    QStringList m_fallbacks;
    std::optional<User> m_user;
    QString m_problem;
    bool m_storeOpen = false;
};

} // namespace fw
