#include "bulkfallout.h"

#include "engine/falloutsignature.h"
#include "store/operationsreader.h"

namespace fw {

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
    if (int(!signature.isEmpty()) + int(!queue.isEmpty()) + int(all) != 1)
        return CommandResult::invalid(QStringLiteral("%1: give exactly one of signature, queue or all").arg(command.action));
    const bool retry = command.action == QLatin1String("fallout.bulk-retry");
    const QString reason = args.value(QStringLiteral("reason")).toString();
    if (!retry && reason.trimmed().isEmpty())
        return CommandResult::invalid(QStringLiteral("%1: a skip needs a reason").arg(command.action));
    const bool dryRun = args.value(QStringLiteral("dryRun")).toBool();

    EngineSnapshot open;
    OperationsReader(m_database).readFallout(open);
    QStringList lines;
    int failures = 0;
    for (const FalloutSummary& fallout : open.fallout) {
        if ((!signature.isEmpty() && falloutSignature(fallout) != signature) || (!queue.isEmpty() && fallout.queue != queue))
            continue;
        const QString label = QStringLiteral("case %1 (order %2, step %3)").arg(fallout.id).arg(fallout.orderId, fallout.stepId);
        if (dryRun) {
            lines << QStringLiteral("%1: would %2").arg(label, retry ? QStringLiteral("retry") : QStringLiteral("skip"));
            continue;
        }
        QVariantMap caseArgs { { QStringLiteral("case"), fallout.id } };
        if (!retry)
            caseArgs.insert(QStringLiteral("reason"), reason);
        Command one = command;
        one.action = retry ? QStringLiteral("fallout.retry") : QStringLiteral("fallout.skip");
        one.args = caseArgs;
        const CommandResult result = single(one);
        if (!result.ok())
            ++failures;
        lines << QStringLiteral("%1: %2%3").arg(label, CommandResult::statusName(result.status),
                                                 result.message.isEmpty() ? QString() : QStringLiteral(": ") + result.message);
    }
    if (lines.isEmpty())
        return CommandResult::invalid(QStringLiteral("no open fallout case matches %1").arg(command.target().isEmpty() ? QStringLiteral("the selection") : command.target()));
    const QString message = lines.join(QLatin1Char('\n'));
    return failures == 0 ? CommandResult::done(message) : CommandResult::failed(message);
}

} // namespace fw
