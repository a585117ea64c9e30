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
    if (auto error = connection.begin())
        return failure(*error);
    const auto rollback = [&connection](const QString& error) -> Result<Report> {
        connection.execute(QStringLiteral("ROLLBACK"));
        return failure(error);
    };
    auto counted = connection.query(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT e.order_id) %1").arg(QLatin1String(prunable)), cutoff);
    if (auto* error = std::get_if<QString>(&counted))
        return rollback(*error);
    report.events = std::get<PgResult>(counted).number(0, 0);
    report.orders = std::get<PgResult>(counted).number(0, 1);
    auto kept = connection.query(QStringLiteral("SELECT COUNT(*) FROM fw.events e JOIN fw.leases l ON l.order_id = e.order_id "
                                                "WHERE NOT l.done AND e.at < $1"),
                                 cutoff);
    if (auto* error = std::get_if<QString>(&kept))
        return rollback(*error);
    report.kept = std::get<PgResult>(kept).number(0, 0);
    auto behind = connection.query(QStringLiteral("SELECT id FROM fw.workstations WHERE last_seen < $1::timestamptz ORDER BY id"),
                                   { before.toUTC().toString(Qt::ISODateWithMs) });
    if (auto* error = std::get_if<QString>(&behind))
        return rollback(*error);
    for (int row = 0; row < std::get<PgResult>(behind).rows(); ++row)
        report.behind << std::get<PgResult>(behind).value(row, 0);
    if (!dryRun) {
        if (auto error = connection.execute(
                QStringLiteral("DELETE FROM fw.events d USING fw.leases l WHERE l.order_id = d.order_id AND l.done AND d.at < $1"),
                cutoff)) {
            if (error->contains(QStringLiteral("permission denied")))
                return rollback(
                    QStringLiteral("%1: pruning the shared journal is the schema owner's: connect as the owner of schema fw").arg(*error));
            return rollback(*error);
        }
    }
    if (auto error = connection.execute(dryRun ? QStringLiteral("ROLLBACK") : QStringLiteral("COMMIT")))
        return failure(*error);
    return report;
}

} // namespace fw
