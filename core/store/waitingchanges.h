// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace fw {

// A change order recorded as waiting for the replies of callouts in flight (change_orders.state).
struct WaitingChangeRow {
    qint64 id = 0;
    QString orderId;
    QString document; // the change order's JSON text
    QString submittedBy;
};

// Reads the change orders waiting to be applied, oldest first (submitted_at, revision). Read-only.
class WaitingChangesReader {
public:
    explicit WaitingChangesReader(QSqlDatabase database);

    Result<std::vector<WaitingChangeRow>> read() const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
