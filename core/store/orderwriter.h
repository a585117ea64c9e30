#pragma once

#include "common/result.h"
#include "store/sqlitequery.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace fw {

struct Catalog;
struct OrchestrationPlan;
struct Order;

// Writes an imported order: its order row, fulfillment lines, pending steps and its
// "order.imported" journal entry, on the caller's open transaction. The statements are prepared
// once and reused for every order written with this writer, so keep one no longer than the
// transaction it was made in (SqliteQuery's rule). Used by StoreImporter (one order, one
// transaction) and BulkImporter (a group of orders per transaction).
class OrderWriter {
public:
    explicit OrderWriter(const QSqlDatabase& database);

    // Everything of one order, or the store's error (the caller rolls the transaction back: a
    // failed order may be half written inside it).
    Status write(const Order& order, const Catalog& catalog, const OrchestrationPlan& plan, const QString& document, const QDateTime& now,
                 const QString& actor);

private:
    bool run(SqliteQuery& query, std::initializer_list<SqlValue> values);

    sqlite3* m_handle;
    SqliteQuery m_order;
    SqliteQuery m_line;
    SqliteQuery m_step;
    SqliteQuery m_journal;
    QString m_error;
};

} // namespace fw
