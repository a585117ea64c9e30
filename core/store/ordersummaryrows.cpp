// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ordersummaryrows.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "queryerror.h"

namespace fw {

Result<std::optional<OrderSummaryRows>> readOrderSummaryRows(const QSqlDatabase& database, const QString& orderId)
{
    const QString what = QStringLiteral("read the summary of order %1").arg(orderId);
    OrderSummaryRows rows;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT account_name, state, revision, cancel_requested, document, "
                                      "COALESCE(current_document, document), catalog_id FROM orders WHERE id = ?")))
        return queryError(query, what);
    query.addBindValue(orderId);
    if (!query.exec())
        return queryError(query, what);
    if (!query.next())
        return std::optional<OrderSummaryRows>();
    rows.account = query.value(0).toString();
    rows.state = query.value(1).toString();
    rows.revision = query.value(2).toInt();
    rows.cancelRequested = query.value(3).toBool();
    rows.document = query.value(4).toString();
    rows.currentDocument = query.value(5).toString();
    rows.catalogId = query.value(6).toString();

    if (!query.prepare(
            QStringLiteral("SELECT id, source_items, delivery_group, removed_by FROM fulfillment_lines WHERE order_id = ? ORDER BY rowid")))
        return queryError(query, what);
    query.addBindValue(orderId);
    if (!query.exec())
        return queryError(query, what);
    while (query.next())
        rows.lines.push_back({ query.value(0).toString(), fromJsonArrayText(query.value(1).toString()), query.value(2).toString(),
                               !query.value(3).toString().isEmpty() });

    if (!query.prepare(QStringLiteral("SELECT lane, type, state, lines, scope FROM steps WHERE order_id = ? AND state <> 'cancelled' "
                                      "AND compensates = '' ORDER BY seq")))
        return queryError(query, what);
    query.addBindValue(orderId);
    if (!query.exec())
        return queryError(query, what);
    while (query.next())
        rows.steps.push_back({ query.value(0).toString(), query.value(1).toString(), query.value(4).toString(), query.value(2).toString(),
                               fromJsonArrayText(query.value(3).toString()) });

    if (!query.prepare(QStringLiteral("SELECT id, revision, state, requested_by, reason, submitted_by, submitted_at, applied_at, "
                                      "outcome, preview FROM change_orders WHERE order_id = ? ORDER BY submitted_at, revision")))
        return queryError(query, what);
    query.addBindValue(orderId);
    if (!query.exec())
        return queryError(query, what);
    while (query.next())
        rows.changes.push_back({ { query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(), query.value(3).toString(),
                                   query.value(4).toString(), query.value(5).toString(), fromStoreTimeText(query.value(6).toString()),
                                   fromStoreTimeText(query.value(7).toString()), query.value(8).toString() },
                                 query.value(9).toString() });
    return std::optional<OrderSummaryRows>(std::move(rows));
}

} // namespace fw
