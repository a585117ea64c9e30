// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "change/changepreparation.h"
#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace fw {

// Writes change orders to the store (schema 13, docs/change-orders.md "Apply").
class ChangeWriter {
public:
    // An accepted change, in one transaction: the change_orders row (applied), the order's revision
    // and amended document, the lines (amended, removed, added), the steps (amended, discarded,
    // added, compensations), the tasks and fallout cases of discarded steps, and the journal
    // (change.applied, then per step step.state / step.amended / step.added). Nothing on error.
    static Status apply(QSqlDatabase& database, const OrderRuntime& current, const PreparedChange& prepared, const ChangeOrder& change,
                        const QString& document, const QString& actor, const QDateTime& now);
    // A change order that waits for callouts in flight ("waiting", journal change.waiting) or was
    // refused ("refused", journal change.refused), with its preview.
    static Status record(QSqlDatabase& database, const ChangeOrder& change, const ChangePreview& preview, const QString& state,
                         const QString& document, const QString& actor, const QDateTime& now);
};

} // namespace fw
