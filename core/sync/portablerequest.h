// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commands/command.h"
#include "common/result.h"

#include <QSqlDatabase>

#include <variant>

namespace fw {

// Operator requests between workstations. Task and fallout case ids are row ids of one store; a
// request for another workstation's order names them by order and step instead ("step" and
// "order" arguments), and the owner maps them back to its own rows.
class PortableRequest {
public:
    struct Portable {
        Command request;
        QString orderId; // the order it acts on
        QString claimItem; // "task:ORDER/STEP" or "fallout:ORDER/STEP" (claims are kept per item); empty for none
    };
    // An Error names the task or case that is not here ("task 7: no such task", "order O step s: no task").
    static Result<Portable> fromLocal(const QSqlDatabase& database, const Command& request);
    static Result<Command> toLocal(const QSqlDatabase& database, const Command& portable);
    static QString taskItem(const QString& orderId, const QString& stepId);
    static QString falloutItem(const QString& orderId, const QString& stepId);
};

} // namespace fw
