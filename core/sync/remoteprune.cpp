// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "remoteprune.h"

#include "common/clock.h"
#include "pgconnection.h"

namespace fw {

namespace {
    // The events older than $1 (store time text, ISO 8601 UTC, ordered as text) of finished orders.
    constexpr auto prunable = "FROM fw.events e JOIN fw.leases l ON l.order_id = e.order_id WHERE l.done AND e.at < $1";
} // namespace

Result<RemotePrune::Report> RemotePrune::prune(PgConnection& connection, const QDateTime& before, bool dryRun)
{
    const QStringList cutoff { toStoreTime(before) };
    Report report;
    if (Status done = connection.begin(); !done)
        return done.error();
    const auto rollback = [&connection](const QString& error) -> Result<Report> {
        connection.rollback();
        return failure(error);
    };
    auto counted = connection.query(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT e.order_id) %1").arg(QLatin1String(prunable)), cutoff);
    if (!counted)
        return rollback(counted.message());
    report.events = counted.value().number(0, 0);
    report.orders = counted.value().number(0, 1);
    auto kept = connection.query(QStringLiteral("SELECT COUNT(*) FROM fw.events e JOIN fw.leases l ON l.order_id = e.order_id "
                                                "WHERE NOT l.done AND e.at < $1"),
                                 cutoff);
    if (!kept)
        return rollback(kept.message());
    report.kept = kept.value().number(0, 0);
    auto behind = connection.query(QStringLiteral("SELECT id FROM fw.workstations WHERE last_seen < $1::timestamptz ORDER BY id"),
                                   { before.toUTC().toString(Qt::ISODateWithMs) });
    if (!behind)
        return rollback(behind.message());
    for (int row = 0; row < behind.value().rows(); ++row)
        report.behind << behind.value().value(row, 0);
    if (!dryRun) {
        if (Status done = connection.execute(
                QStringLiteral("DELETE FROM fw.events d USING fw.leases l WHERE l.order_id = d.order_id AND l.done AND d.at < $1"), cutoff);
            !done) {
            if (done.message().contains(QStringLiteral("permission denied")))
                return rollback(QStringLiteral("%1: pruning the shared journal is the schema owner's: connect as the owner of schema fw")
                                    .arg(done.message()));
            return rollback(done.message());
        }
    }
    if (Status done = connection.execute(dryRun ? QStringLiteral("ROLLBACK") : QStringLiteral("COMMIT")); !done)
        return done.error();
    return report;
}

} // namespace fw
