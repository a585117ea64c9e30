// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archivecommands.h"

#include "store/database.h"
#include "store/orderarchive.h"
#include "store/orderarchiver.h"

#include <QFileInfo>

namespace fw {

ArchiveCommands::ArchiveCommands(Database& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
{
}

CommandResult ArchiveCommands::apply(const Command& command)
{
    const QString beforeText = command.args.value(QStringLiteral("before")).toString();
    const QDate before = QDate::fromString(beforeText, Qt::ISODate);
    if (!before.isValid())
        return CommandResult::invalid(QStringLiteral("archive: '%1' is not a date (YYYY-MM-DD)").arg(beforeText));
    QString path = command.args.value(QStringLiteral("archive")).toString();
    if (path.isEmpty()) {
        const auto known = OrderArchive::pathOf(m_store);
        if (!known)
            return CommandResult::failed(known.message());
        path = known->isEmpty() ? OrderArchive::defaultPath(m_store.path()) : *known;
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_store.path()).absoluteFilePath()
        || (QFileInfo::exists(path) && QFileInfo(path).canonicalFilePath() == QFileInfo(m_store.path()).canonicalFilePath()))
        return CommandResult::invalid(QStringLiteral("archive: %1 is the store itself; the archive must be another file").arg(path));
    {
        // The archive first exists as a store (created or checked and migrated), then the store
        // remembers it, then orders move: readers always find the orders moved so far.
        Database archive(path);
        if (const Status opened = archive.openStore(); !opened)
            return CommandResult::failed(opened.error().in(QStringLiteral("open the archive")).message());
    }
    if (const Status remembered = OrderArchive::remember(m_store, path); !remembered)
        return CommandResult::failed(remembered.message());
    OrderArchiver archiver(m_store, path, m_clock);
    const auto outcome = archiver.archive(QDateTime(before, QTime(0, 0), Qt::UTC), command.actor);
    if (!outcome)
        return CommandResult::failed(outcome.message());
    QString message = QStringLiteral("archived %1 order(s) finished before %2 to %3").arg(outcome->archived).arg(beforeText, path);
    if (!outcome->firstArchived.isEmpty())
        message += QStringLiteral(" (%1%2)").arg(outcome->firstArchived.join(QStringLiteral(", ")),
                                                 outcome->archived > outcome->firstArchived.size() ? QStringLiteral(", ...") : QString());
    if (outcome->healed > 0)
        message += QStringLiteral("\nfinished an interrupted run: %1 order(s) already in the archive removed from the store")
                       .arg(outcome->healed);
    if (outcome->keptActive > 0)
        message += QStringLiteral("\nkept %1 order(s) last changed before %2 that are not finished (only completed or cancelled "
                                  "orders are archived)")
                       .arg(outcome->keptActive)
                       .arg(beforeText);
    if (outcome->keptShared > 0)
        message += QStringLiteral("\nkept %1 finished order(s) shared through the remote store").arg(outcome->keptShared);
    if (outcome->keptAccountLines > 0)
        message += QStringLiteral("\nkept %1 finished order(s) that own account-level lines later orders of the account use")
                       .arg(outcome->keptAccountLines);
    return CommandResult::done(message);
}

} // namespace fw
