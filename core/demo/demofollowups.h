// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>

namespace fw {

class Database;
class StoreImporter;

// The demo's asset-based orders: the sample follow-ups (resources/samples/<scenario>/follow-up/:
// more seats, a suspension, a bandwidth upgrade, a site disconnected) aimed at assets that orders
// of the demo's history left, so the Account page shows an installed base that changed. Each
// follow-up acts on the assets of a different completed copy ("<order>-H<n>") of the sample order
// it names; a follow-up whose sample order has no completed copy yet is left out, one the store
// refuses is logged and left out. Returns how
// many were imported (as the actor "demo", ids "<follow-up id>-H<n>").
Result<int> importDemoFollowUps(Database& database, StoreImporter& importer, const QString& samplesDirectory, const QDateTime& now,
                                int historyOrders);

} // namespace fw
