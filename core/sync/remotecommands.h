// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace fw {

class PgConnection;

struct ClaimOutcome {
    bool granted = false;
    QString holder; // who holds it when not granted
    QString holderWorkstation;
    QDateTime claimedAt;
};

struct RemoteCommand {
    qint64 id = 0;
    QString orderId;
    QString request; // Command JSON in portable form (see PortableRequest)
    QString actor;
    QString issuedBy;
};

struct RemoteCommandResult {
    qint64 localId = 0;
    QString state; // pending, done, failed
    QString error;
    QString doneBy;
};

// Claims decided in the remote store and commands for orders another workstation owns (docs/sync.md,
// "Claims" and "Commands"), for one workstation. Errors are "remote store: REASON".
class RemoteCommands {
public:
    RemoteCommands(PgConnection& connection, QString workstation);

    // A claim idle (untouched) for idleSeconds may be taken by someone else; claiming again touches it.
    Result<ClaimOutcome> claim(const QString& item, const QString& orderId, const QString& user, int idleSeconds = defaultClaimIdleSeconds);
    static constexpr int defaultClaimIdleSeconds = 8 * 3600;
    Status releaseClaim(const QString& item, const QString& user);
    Status clearClaim(const QString& item);
    Result<qint64> sendCommand(const QString& orderId, const QString& request, const QString& actor, qint64 localId);
    Result<std::vector<RemoteCommandResult>> commandResults(const std::vector<qint64>& localIds);
    // Commands for orders this workstation owns: each is handed to apply (a Status: done, or why it
    // failed) and its outcome recorded, in one transaction. The number of commands done.
    template <typename Apply> Result<int> processCommands(int limit, Apply apply);

private:
    Result<bool> anyPending(); // without a transaction: most rounds find none in one round trip
    Result<std::vector<RemoteCommand>> lockPendingCommands(int limit);
    Status finishCommand(qint64 id, const Status& outcome);
    Status beginCommands();
    Status endCommands(bool commit);

    PgConnection& m_connection;
    QString m_workstation;
};

template <typename Apply> Result<int> RemoteCommands::processCommands(int limit, Apply apply)
{
    const Result<bool> waiting = anyPending();
    if (!waiting)
        return waiting.error();
    if (!*waiting)
        return 0;
    if (Status begun = beginCommands(); !begun)
        return begun.error();
    Result<std::vector<RemoteCommand>> pending = lockPendingCommands(limit);
    if (!pending) {
        (void)endCommands(false);
        return pending.error();
    }
    int done = 0;
    for (const RemoteCommand& command : *pending) {
        if (Status finished = finishCommand(command.id, apply(command)); !finished) {
            (void)endCommands(false);
            return finished.error();
        }
        ++done;
    }
    if (Status ended = endCommands(true); !ended)
        return ended.error();
    return done;
}

} // namespace fw
