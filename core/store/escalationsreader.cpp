// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// readEscalations (escalationsreader.h): the escalations table as the views show it.

#include "store/escalationsreader.h"

#include "common/clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fw {

Result<std::vector<EscalationSummary>> readEscalations(const QSqlDatabase& database, bool includeResolved)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT e.id, e.order_id, e.step_id, COALESCE(s.name, ''), e.queue, e.level, e.reason, "
                                      "COALESCE(e.note, ''), e.raised_by, e.state, COALESCE(e.claimed_by, ''), e.created_at, "
                                      "COALESCE(e.resolved_by, ''), COALESCE(e.resolution, ''), e.resolved_at FROM escalations e "
                                      "LEFT JOIN steps s ON s.order_id = e.order_id AND s.id = e.step_id "
                                      "WHERE ? = 1 OR e.state <> 'resolved' ORDER BY e.id")))
        return failure(query.lastError().text(), {}, QStringLiteral("cannot read escalations"));
    query.addBindValue(includeResolved ? 1 : 0);
    if (!query.exec())
        return failure(query.lastError().text(), {}, QStringLiteral("cannot read escalations"));
    std::vector<EscalationSummary> result;
    while (query.next()) {
        EscalationSummary e;
        e.id = query.value(0).toLongLong();
        e.orderId = query.value(1).toString();
        e.stepId = query.value(2).toString();
        e.stepName = query.value(3).toString();
        e.queue = query.value(4).toString();
        e.level = query.value(5).toString();
        e.reason = query.value(6).toString();
        e.note = query.value(7).toString();
        e.raisedBy = query.value(8).toString();
        e.state = query.value(9).toString();
        e.claimedBy = query.value(10).toString();
        e.createdAt = fromStoreTimeText(query.value(11).toString());
        e.resolvedBy = query.value(12).toString();
        e.resolution = query.value(13).toString();
        e.resolvedAt = query.value(14).isNull() ? QDateTime() : fromStoreTimeText(query.value(14).toString());
        result.push_back(std::move(e));
    }
    return result;
}

} // namespace fw
