#pragma once

#include <QDateTime>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <optional>

namespace fw {

class Clock;
class Database;

// Fills an empty store with the bundled samples: every sample catalog, and every sample order
// imported `copies` times under ids "<id>-<n>" (1-based, three digits), so the operations views have
// realistic volume. Everything is validated and written through StoreImporter; the first problem
// stops it and is returned.
// Dates an order document for the demo: ordered at `orderedAt`, due on `due` (delivery groups'
// requested dates move by as many days as the order's).
void redateDemoOrder(nlohmann::json& order, const QDateTime& orderedAt, const QDate& due);

// beforeOrders (optional) runs between the catalogs and the orders: the demo's simulated history.
std::optional<QString> populateDemoStore(Database& database, const Clock& clock, const QString& samplesDirectory, int copies,
                                         const std::function<std::optional<QString>()>& beforeOrders = {});

} // namespace fw
