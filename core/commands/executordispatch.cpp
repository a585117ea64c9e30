#include "executordispatch.h"

#include "engine/executor.h"

#include <nlohmann/json.hpp>

namespace fw {

bool isEngineAction(const QString& action)
{
    static const QStringList actions { QStringLiteral("task.claim"),        QStringLiteral("task.release"),
                                       QStringLiteral("task.complete"),     QStringLiteral("signal"),
                                       QStringLiteral("line.set-field"),    QStringLiteral("fallout.retry"),
                                       QStringLiteral("fallout.skip"),      QStringLiteral("fallout.cancel"),
                                       QStringLiteral("order.resume"),      QStringLiteral("jeopardy.reassign"),
                                       QStringLiteral("jeopardy.escalate"), QStringLiteral("order.priority"),
                                       QStringLiteral("escalation.claim"),  QStringLiteral("escalation.resolve"),
                                       QStringLiteral("change.submit") };
    return actions.contains(action);
}

std::optional<QString> applyOnExecutor(Executor& e, const Command& r, QString* outcome)
{
    const QVariantMap& a = r.args;
    const auto id = [&a](const char* key) { return a.value(QString::fromLatin1(key)).toLongLong(); };
    const auto text = [&a](const char* key) { return a.value(QString::fromLatin1(key)).toString(); };
    if (r.action == QLatin1String("task.claim"))
        return e.claimTask(id("task"), r.actor);
    if (r.action == QLatin1String("task.release")) // another's claim only when authorized for task.release-other
        return e.releaseTask(id("task"), r.actor,
                             a.value(QStringLiteral("anyHolder")).toBool() ? ReleaseScope::AnyHolder : ReleaseScope::OwnClaim);
    if (r.action == QLatin1String("task.complete"))
        return e.completeTask(id("task"), r.actor, a.value(QStringLiteral("data")).toMap(), text("comment"));
    if (r.action == QLatin1String("signal"))
        return e.signal(text("order"), text("name"), r.actor);
    if (r.action == QLatin1String("line.set-field"))
        return e.setLineField(text("order"), text("line"), text("field"), a.value(QStringLiteral("value")), r.actor);
    if (r.action == QLatin1String("fallout.retry"))
        return e.retryFallout(id("case"), r.actor,
                              FalloutRetry { a.value(QStringLiteral("fields")).toMap(), text("payload"),
                                             a.value(QStringLiteral("newRequest")).toBool(),
                                             a.value(QStringLiteral("resume"), true).toBool() });
    if (r.action == QLatin1String("fallout.skip"))
        return e.skipFallout(id("case"), r.actor, text("reason"));
    if (r.action == QLatin1String("fallout.cancel"))
        return e.cancelFallout(id("case"), r.actor, text("reason"));
    if (r.action == QLatin1String("order.resume"))
        return e.resume(text("order"), r.actor);
    if (r.action == QLatin1String("jeopardy.reassign"))
        return e.reassignTask(text("order"), text("step"), text("queue"), r.actor);
    if (r.action == QLatin1String("jeopardy.escalate"))
        return e.escalate(text("order"), text("step"), text("queue"), text("note"), r.actor);
    if (r.action == QLatin1String("order.priority"))
        return e.setPriority(text("order"), int(id("priority")), text("note"), r.actor);
    if (r.action == QLatin1String("escalation.claim"))
        return e.claimEscalation(id("escalation"), r.actor);
    if (r.action == QLatin1String("escalation.resolve"))
        return e.resolveEscalation(id("escalation"), r.actor, text("resolution"));
    if (r.action == QLatin1String("change.submit")) {
        const auto document = nlohmann::json::parse(text("document").toStdString(), nullptr, false);
        if (document.is_discarded())
            return QStringLiteral("%1: the change order is not valid JSON").arg(text("label"));
        return e.submitChange(document, text("label"), r.actor, outcome);
    }
    return QStringLiteral("unknown action '%1'").arg(r.action);
}

} // namespace fw
