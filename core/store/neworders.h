// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace fw {

struct NewOrderRow {
    qint64 rowid = 0;
    QString orderId;
};

// Reads which orders were imported into the store after a given orders.rowid, so an engine takes
// up orders imported by another process or connection while it runs. Read-only.
class NewOrdersReader {
public:
    explicit NewOrdersReader(QSqlDatabase database);

    Result<qint64> newestRow() const; // 0 for an empty store
    // Orders after `rowid` an engine may run (not finished, not a replica, not set aside), by rowid.
    Result<std::vector<NewOrderRow>> runnableAfter(qint64 rowid) const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
