// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bulkfallout.h"

#include "engine/falloutsignature.h"
#include "store/operationsreader.h"

#include <QSet>

namespace fw {

namespace {
    CommandResult runOne(const Command& bulk, const QString& action, const QVariantMap& args,
                         const std::function<CommandResult(const Command&)>& single)
    {
        Command one = bulk;
        one.action = action;
        one.args = args;
        return single(one);
    }

    QString line(const QString& label, const CommandResult& result)
    {
        return QStringLiteral("%1: %2%3")
            .arg(label, CommandResult::statusName(result.status),
                 result.message.isEmpty() ? QString() : QStringLiteral(": ") + result.message);
    }
} // namespace

BulkFallout::BulkFallout(QSqlDatabase database)
    : m_database(std::move(database))
{
}

CommandResult BulkFallout::apply(const Command& command, const std::function<CommandResult(const Command&)>& single)
{
    const QVariantMap& args = command.args;
    const QString signature = args.value(QStringLiteral("signature")).toString();
    const QString queue = args.value(QStringLiteral("queue")).toString();
    const bool all = args.value(QStringLiteral("all")).toBool();
    const QVariantList listed = args.value(QStringLiteral("cases")).toList();
    if (int(!signature.isEmpty()) + int(!queue.isEmpty()) + int(all) + int(!listed.isEmpty()) != 1)
        return CommandResult::invalid(QStringLiteral("%1: give exactly one of signature, queue, all or cases").arg(command.action));
    const bool retry = command.action == QLatin1String("fallout.bulk-retry");
    const QString reason = args.value(QStringLiteral("reason")).toString();
    if (!retry && reason.trimmed().isEmpty())
        return CommandResult::invalid(QStringLiteral("%1: a skip needs a reason").arg(command.action));
    const bool dryRun = args.value(QStringLiteral("dryRun")).toBool();
    // retry: resume an order when this was its last case (default, as a single retry); skip: resume
    // the orders left without open cases only when asked (a single skip leaves the order on hold).
    const bool resume = args.value(QStringLiteral("resume"), retry).toBool();

    EngineSnapshot open;
    if (const Status read = OperationsReader(m_database).readFallout(open); !read)
        return CommandResult::failed(read.message());
    QSet<qint64> wanted;
    for (const QVariant& id : listed)
        wanted.insert(id.toLongLong());
    QStringList lines;
    int failures = 0;
    QStringList skippedOrders;
    for (const FalloutSummary& fallout : open.fallout) {
        if ((!signature.isEmpty() && falloutSignature(fallout) != signature) || (!queue.isEmpty() && fallout.queue != queue)
            || (!listed.isEmpty() && !wanted.contains(fallout.id)))
            continue;
        wanted.remove(fallout.id);
        const QString label = QStringLiteral("case %1 (order %2, step %3)").arg(fallout.id).arg(fallout.orderId, fallout.stepId);
        if (dryRun) {
            lines << QStringLiteral("%1: would %2").arg(label, retry ? QStringLiteral("retry") : QStringLiteral("skip"));
            continue;
        }
        const CommandResult result = retry
            ? runOne(command, QStringLiteral("fallout.retry"),
                     { { QStringLiteral("case"), fallout.id }, { QStringLiteral("resume"), resume } }, single)
            : runOne(command, QStringLiteral("fallout.skip"),
                     { { QStringLiteral("case"), fallout.id }, { QStringLiteral("reason"), reason } }, single);
        failures += result.ok() ? 0 : 1;
        if (result.ok() && !retry && !skippedOrders.contains(fallout.orderId))
            skippedOrders << fallout.orderId;
        lines << line(label, result);
    }
    for (qint64 gone : std::as_const(wanted)) {
        lines << QStringLiteral("case %1: invalid: not an open fallout case (resolved meanwhile?)").arg(gone);
        ++failures;
    }
    if (lines.isEmpty())
        return CommandResult::invalid(QStringLiteral("no open fallout case matches %1")
                                          .arg(command.target().isEmpty() ? QStringLiteral("the selection") : command.target()));
    if (resume && !dryRun) {
        EngineSnapshot after;
        if (const Status read = OperationsReader(m_database).readFallout(after); !read)
            return CommandResult::failed(read.message());
        for (const QString& orderId : std::as_const(skippedOrders)) {
            const bool stillOpen
                = std::any_of(after.fallout.begin(), after.fallout.end(), [&](const FalloutSummary& f) { return f.orderId == orderId; });
            if (stillOpen)
                continue;
            const CommandResult resumed = runOne(command, QStringLiteral("order.resume"), { { QStringLiteral("order"), orderId } }, single);
            failures += resumed.ok() ? 0 : 1;
            lines << line(QStringLiteral("order %1 resumed").arg(orderId), resumed);
        }
    }
    const QString message = lines.join(QLatin1Char('\n'));
    return failures == 0 ? CommandResult::done(message) : CommandResult::failed(message);
}

} // namespace fw
