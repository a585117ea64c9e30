// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commands/command.h"
#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <variant>

class QLockFile;

namespace fw {

class CommandProcessor;

// The store's inbox of operator requests (table `requests`): a process that cannot run the engine
// itself, because a serving engine holds the store (the workbench, `fwctl run` without
// --until-idle), leaves its request here and waits; the serving engine carries pending requests
// out on every tick, in order, and records each outcome. The request and its outcome stay as an
// audit record.
//
// A request's state: pending -> taken (the engine took it, atomically) -> done | failed; or
// pending -> withdrawn (its sender gave up waiting, atomically). A withdrawn request is never
// carried out, so a command that told its user it failed is never applied afterwards.
class RequestInbox {
public:
    struct Outcome {
        bool finished = false; // false: still waiting for the engine (pending or taken)
        bool withdrawn = false; // its sender withdrew it: it was not and will not be carried out
        CommandResult result; // when finished: the processor's answer
    };

    explicit RequestInbox(QSqlDatabase database);

    // The new request's id, or the store error.
    Result<qint64> enqueue(const Command& request, const QDateTime& now);
    // Carries out every pending request through the engine's processor; returns how many ran.
    int processPending(CommandProcessor& processor, const QDateTime& now);
    std::optional<Outcome> outcome(qint64 requestId) const; // nullopt: no such request
    // Withdraws a request that is still pending: true when it is withdrawn (the engine will never
    // carry it out), false when the engine has already taken it (wait for its outcome).
    bool withdraw(qint64 requestId, const QDateTime& now);

    // A serving engine holds <store>.requests.lock while it runs, so that a command which finds
    // the engine lock taken knows whether anyone will carry out a request it leaves here (rather
    // than another one-shot command, which it should wait for instead). nullptr: not taken.
    static std::unique_ptr<QLockFile> serve(const QString& databasePath);
    static bool servedOn(const QString& databasePath);

private:
    QSqlDatabase m_database;
};

} // namespace fw
