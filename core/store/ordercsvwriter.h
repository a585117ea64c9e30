// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "orderbrowser.h"
#include "report/csvwriter.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace fw {

// Streams the orders a query selects, in its order, to CSV (CsvWriter: RFC 4180, a header row,
// formula-like cells neutralised, an optional byte-order mark), row by row from the store, so
// memory does not grow with the export. Runs on the calling thread's connection: call it off the
// GUI thread. `progress` gets the rows written so far (every 1,000 rows and at the end); a set
// `cancel` stops it. Returns the number of rows written and whether it was cancelled, or the error.
class OrderCsvWriter {
public:
    struct Written {
        qint64 rows = 0;
        bool cancelled = false;
    };

    explicit OrderCsvWriter(QSqlDatabase database);

    fw::Result<Written> write(const OrderQuery& query, QIODevice& out, const std::function<void(qint64)>& progress = {},
                              const std::atomic_bool* cancel = nullptr, CsvWriter::Options options = {}) const;

    static QString field(const QString& text); // one CSV field (CsvWriter::field)
    static QStringList header();
    static QStringList row(const OrderSummary& order);

private:
    QSqlDatabase m_database;
};

} // namespace fw
