// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace fw {

// One append-only journal entry: every state change, import and operator action. The order
// timeline shows them; sync ships them to the remote store.
struct JournalEvent {
    qint64 seq = 0; // assigned by the store
    QDateTime at;
    QString orderId;
    QString stepId; // empty for order-level events
    QString kind; // e.g. "order.imported", "step.state"
    QString actor; // a user name or "engine"
    QString beforeState;
    QString afterState;
    QString payload; // JSON text, may be empty
    QString origin = QStringLiteral("local");
};

// Appends and reads journal entries on the given connection (the caller owns the transaction).
class Journal {
public:
    static Status record(QSqlDatabase& database, const JournalEvent& event);
    // An order's entries, oldest first (none: an order with no entries), or why they cannot be read.
    static Result<std::vector<JournalEvent>> forOrder(const QSqlDatabase& database, const QString& orderId);
};

} // namespace fw
