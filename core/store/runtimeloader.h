#pragma once

#include "engine/orderruntime.h"

#include <QSqlDatabase>

namespace fw {

// An order whose stored data cannot be read (its document cut short, a number out of range in a
// line's fields, its catalog damaged): the engine sets it aside with this reason
// (orders.set_aside_reason) so the other orders run.
struct UnreadableOrder {
    QString orderId;
    QString reason; // "store:order/ID: ..." naming the row and what is wrong
};

// Rebuilds the runtime of orders from the store: the engine's start-up and crash recovery. Stored
// JSON is parsed without exceptions.
class RuntimeLoader {
public:
    // Every order this store executes (not a replica of another workstation's, not set aside) that
    // is not completed or cancelled. Orders whose stored data cannot be read go to unreadable (when
    // given; else to errors) and are left out; errors gets problems of the store itself.
    static std::vector<OrderRuntime> loadActive(const QSqlDatabase& database, QStringList& errors,
                                                std::vector<UnreadableOrder>* unreadable = nullptr);
    // One order; unreadable (when given) tells whether a failure is the order's data (set it aside)
    // rather than the store or an unknown id.
    static std::optional<OrderRuntime> load(const QSqlDatabase& database, const QString& orderId, QString& error,
                                            bool* unreadable = nullptr);
};

} // namespace fw
