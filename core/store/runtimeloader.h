#pragma once

#include "engine/orderruntime.h"

#include <QSqlDatabase>

namespace fw {

// Rebuilds the runtime of orders from the store: the engine's start-up and crash recovery.
class RuntimeLoader {
public:
    // Every order this store executes (not a replica of another workstation's) that is not completed
    // or cancelled. Problems (a catalog gone missing) are
    // appended to errors, and such orders are left out.
    static std::vector<OrderRuntime> loadActive(const QSqlDatabase& database, QStringList& errors);
    static std::optional<OrderRuntime> load(const QSqlDatabase& database, const QString& orderId, QString& error);
};

} // namespace fw
