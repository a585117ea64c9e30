// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renewalcommands.h"

#include "common/clock.h"
#include "store/assetreader.h"
#include "store/database.h"
#include "store/renewalreader.h"
#include "store/renewalwriter.h"

namespace fw {

RenewalCommands::RenewalCommands(Database& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
{
}

CommandResult RenewalCommands::apply(const Command& command)
{
    bool isNumber = false;
    const QString idText = command.args.value(QStringLiteral("renewal")).toString();
    const qint64 id = idText.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return CommandResult::invalid(
            QStringLiteral("%1: '%2' is not a renewal id (a number, see 'fwctl renewals')").arg(command.action, idText));
    const auto found = RenewalReader(m_store.connection()).find(id);
    if (!found)
        return CommandResult::failed(found.message());
    if (!*found)
        return CommandResult::invalid(QStringLiteral("no renewal %1 in this store").arg(id));
    const Renewal& renewal = **found;
    if (renewal.isFinished())
        return CommandResult::invalid(QStringLiteral("renewal %1 (asset %2) is already %3 by %4")
                                          .arg(id)
                                          .arg(renewal.assetId, toString(renewal.state), renewal.decidedBy));
    if (renewal.state == Renewal::State::Claimed && renewal.claimedBy != command.actor)
        return CommandResult::invalid(
            QStringLiteral("renewal %1 (asset %2) is claimed by %3").arg(id).arg(renewal.assetId, renewal.claimedBy));
    const QDateTime now = m_clock.now();
    RenewalWriter writer(m_store.connection());
    Status written;
    QString outcome;
    if (command.action == QLatin1String("renewal.claim")) {
        written = writer.claim(renewal, command.actor, now);
        outcome = QStringLiteral("renewal %1 (asset %2) claimed by %3").arg(id).arg(renewal.assetId, command.actor);
    } else if (command.action == QLatin1String("renewal.renew")) {
        // A subscription disconnected since its renewal opened does not go on: it can only be declined.
        const auto asset = AssetReader(m_store.connection()).asset(renewal.assetId);
        if (!asset)
            return CommandResult::failed(asset.message());
        if (*asset && (**asset).status == Asset::Status::Disconnected)
            return CommandResult::invalid(
                QStringLiteral("renewal %1: asset %2 is disconnected; decline the renewal instead").arg(id).arg(renewal.assetId));
        written = writer.renew(renewal, command.actor, now);
        outcome = QStringLiteral("renewal %1: asset %2 renewed until %3")
                      .arg(id)
                      .arg(renewal.assetId, renewal.termEnd.addMonths(renewal.termMonths).toString(Qt::ISODate));
    } else if (command.action == QLatin1String("renewal.decline")) {
        const QString reason = command.args.value(QStringLiteral("reason")).toString().trimmed();
        if (reason.isEmpty())
            return CommandResult::invalid(QStringLiteral("renewal %1: a decline needs a reason").arg(id));
        written = writer.decline(renewal, command.actor, reason, now);
        outcome = QStringLiteral("renewal %1 (asset %2) declined: %3").arg(id).arg(renewal.assetId, reason);
    } else {
        return CommandResult::invalid(QStringLiteral("%1: not a renewal action").arg(command.action));
    }
    if (!written) {
        // Someone else took or decided it between the read and the write: say so, else the store failed.
        const auto now = RenewalReader(m_store.connection()).find(id);
        if (now && *now && (**now).state != renewal.state)
            return CommandResult::invalid(QStringLiteral("renewal %1 changed meanwhile: it is %2").arg(id).arg(toString((**now).state)));
        return CommandResult::failed(written.message());
    }
    return CommandResult::done(outcome);
}

} // namespace fw
