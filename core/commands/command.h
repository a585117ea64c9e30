// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>

namespace fw {

// Where a command comes from: the workstation (store) it was given on and how.
struct CommandOrigin {
    enum class Channel { Gui, Cli, Remote, Engine };
    QString workstation; // the store's workstation id, empty when the store does not sync
    Channel channel = Channel::Cli;

    QString channelName() const; // "gui", "cli", "remote", "engine"
    static Channel channelFrom(const QString& name);
};

// One operator action as a value (docs/roles.md lists the actions and the roles they need). It goes
// through CommandProcessor, which authorizes, validates, applies, journals and answers it, whether
// it comes from the workbench, fwctl (directly or through the store's request inbox) or another
// workstation (through the remote store). Arguments per action:
//   task.claim {task}              task.release {task}          task.complete {task, data, comment}
//   signal {order, name}           line.set-field {order, line, field, value}
//   fallout.retry {case, fields, payload, newRequest, resume (default true)}
//   fallout.skip {case, reason}    fallout.cancel {case, reason}    order.resume {order}
//   fallout.bulk-retry / fallout.bulk-skip {signature | queue | all | cases (ids), reason, resume, dryRun}
//   jeopardy.reassign {order, step, queue}   jeopardy.escalate {order, step, queue, note}
//   order.priority {order, priority (0 normal, 1 high, 2 urgent), note}
//   escalation.claim {escalation}           escalation.resolve {escalation, resolution}
//   change.submit {order, document (the change order's JSON text), label (its file, for messages)}
//   user.add {user, name, roles, queues}   user.change {user, name?, grant?, revoke?, queues?, active?}
//   user.deactivate {user}
//   renewal.claim {renewal}   renewal.renew {renewal}   renewal.decline {renewal, reason}
//   catalog.import / order.import {path, catalog}; many orders at once: CommandProcessor::importOrders
//     (args: path, for the journal and messages; catalog; groupSize, orders per transaction)
struct Command {
    QString requestId; // unique per command (a UUID); the store keeps it with the outcome
    QString actor; // the user id who acts
    QString action;
    QVariantMap args;
    CommandOrigin origin;

    // A new command with a fresh request id.
    static Command make(const QString& actor, const QString& action, const QVariantMap& args, CommandOrigin origin = {});
    // What it acts on, for messages and the journal: "task 12", "order O-1", "user anna", ...
    QString target() const;

    QString toJson() const; // {"requestId", "actor", "action", "args", "origin": {"workstation", "channel"}}
    static std::optional<Command> fromJson(const QString& json);
};

// The processor's answer.
struct CommandResult {
    enum class Status {
        Done, // carried out
        Queued, // handed on to the workstation that runs the order; the answer comes later
        Refused, // the user may not take this action (journalled as command.refused)
        Invalid, // the action does not apply (unknown task, wrong state, bad arguments)
        Failed // the store or the remote store failed; nothing was done
    };
    Status status = Status::Done;
    QString message; // the refusal or error; what was done (may be empty); who it was sent to
    qint64 queuedId = 0; // Queued: the sync_outbox row whose answer comes later

    bool ok() const { return status == Status::Done || status == Status::Queued; }
    static CommandResult done(const QString& message = {}) { return { Status::Done, message, 0 }; }
    static CommandResult refused(const QString& message) { return { Status::Refused, message, 0 }; }
    static CommandResult invalid(const QString& message) { return { Status::Invalid, message, 0 }; }
    static CommandResult failed(const QString& message) { return { Status::Failed, message, 0 }; }
    static QString statusName(Status status); // "done", "queued", "refused", "invalid", "failed"
    static Status statusFrom(const QString& name);
};

} // namespace fw
