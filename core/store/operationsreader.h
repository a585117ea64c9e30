#pragma once

#include "engine/enginesnapshot.h"

#include <QSqlDatabase>

#include <optional>

namespace fw {

// Reads what the operations views show from the store: the orders with their progress, the open
// tasks and fallout cases (one snapshot), and one order in full (steps, attempts, journal).
// Read-only; safe on any connection of the store.
class OperationsReader {
public:
    explicit OperationsReader(QSqlDatabase database);

    EngineSnapshot snapshot() const;
    std::optional<OrderDetail> orderDetail(const QString& orderId) const;

private:
    void readOrders(EngineSnapshot& snapshot) const;
    void readTasks(EngineSnapshot& snapshot) const;
    void readFallout(EngineSnapshot& snapshot) const;

    QSqlDatabase m_database;
};

QDateTime fromStoreTime(const QVariant& value); // the store's ISO text; invalid for NULL

} // namespace fw
