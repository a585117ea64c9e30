// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "journal.h"

#include "common/clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fw {

Status Journal::record(QSqlDatabase& database, const JournalEvent& event)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO journal (at, order_id, step_id, kind, actor, before_state, after_state, "
                                 "payload, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto nullable = [](const QString& text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    query.addBindValue(toStoreTime(event.at));
    query.addBindValue(nullable(event.orderId));
    query.addBindValue(nullable(event.stepId));
    query.addBindValue(event.kind);
    query.addBindValue(event.actor);
    query.addBindValue(nullable(event.beforeState));
    query.addBindValue(nullable(event.afterState));
    query.addBindValue(nullable(event.payload));
    query.addBindValue(event.origin);
    if (!query.exec())
        return failure(query.lastError().text(), {}, QStringLiteral("cannot append to the journal"));
    return {};
}

Result<std::vector<JournalEvent>> Journal::forOrder(const QSqlDatabase& database, const QString& orderId)
{
    std::vector<JournalEvent> events;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, at, order_id, step_id, kind, actor, before_state, after_state, payload, "
                                 "origin FROM journal WHERE order_id = ? ORDER BY seq"));
    query.addBindValue(orderId);
    if (!query.exec())
        return failure(query.lastError().text(), QStringLiteral("order ") + orderId, QStringLiteral("cannot read the journal of"));
    while (query.next()) {
        JournalEvent event;
        event.seq = query.value(0).toLongLong();
        event.at = fromStoreTimeText(query.value(1).toString());
        event.orderId = query.value(2).toString();
        event.stepId = query.value(3).toString();
        event.kind = query.value(4).toString();
        event.actor = query.value(5).toString();
        event.beforeState = query.value(6).toString();
        event.afterState = query.value(7).toString();
        event.payload = query.value(8).toString();
        event.origin = query.value(9).toString();
        events.push_back(std::move(event));
    }
    return events;
}

} // namespace fw
