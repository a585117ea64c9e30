// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "executordispatch.h"

#include "common/jsonparse.h"
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

Status applyCommand(Executor& e, const Command& r, QString* outcome)
{
    const QVariantMap& a = r.args;
    const auto id = [&a](const char* key) { return a.value(QString::fromLatin1(key)).toLongLong(); };
    const auto text = [&a](const char* key) { return a.value(QString::fromLatin1(key)).toString(); };
    if (r.action == QLatin1String("task.claim"))
        return e.tasks().claim(id("task"), r.actor);
    if (r.action == QLatin1String("task.release")) // another's claim only when authorized for task.release-other
        return e.tasks().release(id("task"), r.actor,
                                 a.value(QStringLiteral("anyHolder")).toBool() ? ReleaseScope::AnyHolder : ReleaseScope::OwnClaim);
    if (r.action == QLatin1String("task.complete"))
        return e.tasks().complete(id("task"), r.actor, a.value(QStringLiteral("data")).toMap(), text("comment"));
    if (r.action == QLatin1String("signal"))
        return e.tasks().signal(text("order"), text("name"), r.actor);
    if (r.action == QLatin1String("line.set-field"))
        return e.tasks().setLineField(text("order"), text("line"), text("field"), a.value(QStringLiteral("value")), r.actor);
    if (r.action == QLatin1String("fallout.retry"))
        return e.fallout().retry(id("case"), r.actor,
                                 FalloutRetry { a.value(QStringLiteral("fields")).toMap(), text("payload"),
                                                a.value(QStringLiteral("newRequest")).toBool(),
                                                a.value(QStringLiteral("resume"), true).toBool() });
    if (r.action == QLatin1String("fallout.skip"))
        return e.fallout().skip(id("case"), r.actor, text("reason"));
    if (r.action == QLatin1String("fallout.cancel"))
        return e.fallout().cancel(id("case"), r.actor, text("reason"));
    if (r.action == QLatin1String("order.resume"))
        return e.fallout().resume(text("order"), r.actor);
    if (r.action == QLatin1String("jeopardy.reassign"))
        return e.sla().reassign(text("order"), text("step"), text("queue"), r.actor);
    if (r.action == QLatin1String("jeopardy.escalate"))
        return e.sla().escalate(text("order"), text("step"), text("queue"), text("note"), r.actor);
    if (r.action == QLatin1String("order.priority"))
        return e.sla().setPriority(text("order"), int(id("priority")), text("note"), r.actor);
    if (r.action == QLatin1String("escalation.claim"))
        return e.sla().claimEscalation(id("escalation"), r.actor);
    if (r.action == QLatin1String("escalation.resolve"))
        return e.sla().resolveEscalation(id("escalation"), r.actor, text("resolution"));
    if (r.action == QLatin1String("change.submit")) {
        const JsonParseResult document = parseJsonBounded(text("document").toUtf8());
        if (!document.ok())
            return failure(QStringLiteral("%1: the change order is not valid JSON (%2)").arg(text("label"), document.message));
        return e.changes().submit(*document.value, text("label"), r.actor, outcome);
    }
    return failure(QStringLiteral("unknown action '%1'").arg(r.action));
}

} // namespace fw
