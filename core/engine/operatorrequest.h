#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>

namespace fw {

class Executor;

// One operator action as data, so it can wait in the store's request inbox until the engine that
// holds the store runs it (fwctl while the workbench or `fwctl run` is running). Actions:
//   task.claim {task}              task.release {task}          task.complete {task, data, comment}
//   signal {order, name}           line.set-field {order, line, field, value}
//   fallout.retry {case, fields, payload, newRequest, resume (default true: resume the order after its last case)}
//   fallout.skip {case, reason}   fallout.cancel {case, reason}
//   order.resume {order}
//   jeopardy.reassign {order, step, queue}   jeopardy.escalate {order, step, queue, note}
//   escalation.claim {escalation}           escalation.resolve {escalation, resolution}
//   change.submit {order, document (the change order's JSON text), label (its file, for messages)}
struct OperatorRequest {
    QString action;
    QVariantMap args;
    QString actor;

    QString toJson() const; // {"action", "args", "actor"}
    static std::optional<OperatorRequest> fromJson(const QString& json);
};

// Carries the request out on the executor: the executor's own validation and error text apply.
// outcome: what was done, for actions that say more than "done" (change.submit: "applied: ...").
std::optional<QString> applyRequest(Executor& executor, const OperatorRequest& request, QString* outcome = nullptr);

} // namespace fw
