// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <functional>

namespace fw {

class Clock;
class Database;

// Fills an empty store with the bundled samples: every sample catalog, and every sample order
// imported `copies` times under ids "<id>-<n>" (1-based, three digits), so the operations views have
// realistic volume, and the demo's team (addDemoUsers). Everything is validated and written through
// StoreImporter; the first problem stops it and is its error.
// Dates an order document for the demo: ordered at `orderedAt`, due on `due` (delivery groups'
// requested dates move by as many days as the order's).
void redateDemoOrder(nlohmann::json& order, const QDateTime& orderedAt, const QDate& due);

// The demo's team, added to a new demo store next to its first user (the OS login, every role): an
// operator for each of two sets of task queues, a resolver, a supervisor and an admin, so switching
// user shows what each role may do (docs/roles.md). Users already in the store are left as they are.
Status addDemoUsers(Database& database, const QDateTime& at);
// Whom the workbench's demo signs in as unless told otherwise: an operator, so the demo shows
// actions disabled for want of a role next to the ones allowed.
QString demoStartUser();

// beforeOrders (optional) runs between the catalogs and the orders: the demo's simulated history.
Status populateDemoStore(Database& database, const Clock& clock, const QString& samplesDirectory, int copies,
                         const std::function<Status()>& beforeOrders = {});

} // namespace fw
