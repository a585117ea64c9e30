// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// UserDirectorySync: the users every workstation shares (docs/sync.md, "Users").
#include "userdirectorysync.h"

#include "identity/userdirectory.h"
#include "remoteusers.h"
#include "store/database.h"
#include "store/syncledger.h"
#include "store/transactionguard.h"
#include "syncsession.h"

#include <QSqlError>

namespace fw {

UserDirectorySync::UserDirectorySync(SyncSession& session)
    : m_session(session)
{
}

Status UserDirectorySync::pull()
{
    // The remote copy wins: a user changed there replaces this store's row, whatever it held.
    const Result<qint64> after = m_session.ledger.number(QStringLiteral("pulled_users"));
    if (!after)
        return after.error();
    const Result<RemoteUsers::Changed> changed = RemoteUsers(m_session.connection).changedSince(*after);
    if (!changed)
        return changed.error();
    const RemoteUsers::Changed& batch = *changed;
    if (batch.users.empty())
        return {};
    Database& database = m_session.database;
    TransactionGuard transaction(database.connection());
    UserDirectory users(database.connection());
    for (const User& user : batch.users) {
        if (const Status replaced = users.replaceFromRemote(user); !replaced)
            return failure(replaced.message(), QStringLiteral("user %1 from the remote store").arg(user.id));
    }
    if (const Status kept = m_session.ledger.setValue(QStringLiteral("pulled_users"), QString::number(batch.through)); !kept)
        return kept;
    if (!transaction.commit())
        return failure(database.connection().lastError().text(), database.path(),
                       QStringLiteral("keep the users pulled from the remote store in"));
    return {};
}

} // namespace fw
