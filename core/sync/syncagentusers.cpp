// SyncAgent: the users every workstation shares (docs/sync.md, "Users"), and the claims' idle time.
#include "syncagent.h"

#include "identity/userdirectory.h"
#include "remoteusers.h"
#include "store/database.h"
#include "store/transactionguard.h"

#include <QSqlQuery>

namespace fw {

bool SyncAgent::pullUsers()
{
    // The remote copy wins: a user changed there replaces this store's row, whatever it held.
    const qint64 after = m_ledger.number(QStringLiteral("pulled_users"));
    auto changed = RemoteUsers(*m_connection).changedSince(after);
    if (auto* error = std::get_if<QString>(&changed))
        return check(*error);
    const RemoteUsers::Changed& batch = std::get<RemoteUsers::Changed>(changed);
    if (batch.users.empty())
        return true;
    TransactionGuard transaction(m_database.connection());
    UserDirectory users(m_database.connection());
    for (const User& user : batch.users) {
        if (auto error = users.replaceFromRemote(user))
            return check(QStringLiteral("user %1 from the remote store: %2").arg(user.id, *error));
    }
    if (auto error = m_ledger.setValue(QStringLiteral("pulled_users"), QString::number(batch.through)))
        return check(error);
    if (!transaction.commit())
        return check(QStringLiteral("%1: cannot keep the users pulled from the remote store").arg(m_database.path()));
    return true;
}

int SyncAgent::claimIdleSeconds() const
{
    if (m_settings.claimIdleSeconds > 0)
        return m_settings.claimIdleSeconds;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM store_settings WHERE name = 'claims.idleHours'"));
    if (query.exec() && query.next()) {
        bool ok = false;
        const double hours = query.value(0).toString().toDouble(&ok);
        if (ok && hours > 0)
            return int(std::min(hours * 3600.0, 365.0 * 24 * 3600));
    }
    return RemoteStore::defaultClaimIdleSeconds;
}

} // namespace fw
