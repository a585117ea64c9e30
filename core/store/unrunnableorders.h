// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace fw {

// An order the engine does not run although it is not finished, and why: its stored data cannot be
// read (set aside, orders.set_aside_reason), or its catalog is not in the store.
struct UnreadableOrder {
    QString orderId;
    QString reason; // "store:order/ID: ..." naming the row and what is wrong
    bool operator==(const UnreadableOrder&) const = default;
};

// Every order of the store (not a replica) that is not finished and cannot run, oldest first: those
// set aside with their reason, and those whose catalog version is not in the store. What the
// workbench's summary and `fwctl unrunnable` list. Read-only.
Result<std::vector<UnreadableOrder>> readUnrunnableOrders(const QSqlDatabase& database);

} // namespace fw
