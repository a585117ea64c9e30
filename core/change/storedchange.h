// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changepreparation.h"

#include <QSqlDatabase>

namespace fw {

// prepareChange for an order of the store: its current document and next revision read from the
// store, account lines against the store. order: the order's runtime (the executor's, or loaded
// with RuntimeLoader); null when it is not running here, which becomes the problem ("order SO-1
// is completed; a change order cannot change it", "unknown order", "runs on workstation ws-b").
// A change order id already applied or waiting for that order is a problem too, unless resuming:
// the change waited for callouts in flight and is prepared again now that they answered.
PreparedChange prepareStoredChange(const QSqlDatabase& database, const OrderRuntime* order, const ChangeOrder& change,
                                   bool resuming = false, const QDateTime& now = {});

} // namespace fw
