#pragma once

#include "commands/command.h"

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
    static std::variant<Portable, QString> fromLocal(const QSqlDatabase& database, const Command& request);
    static std::variant<Command, QString> toLocal(const QSqlDatabase& database, const Command& portable);
    static QString taskItem(const QString& orderId, const QString& stepId);
    static QString falloutItem(const QString& orderId, const QString& stepId);
};

} // namespace fw
