#include "storedchange.h"
#include "store/storedjson.h"

#include "store/storedaccountlines.h"

#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    // Why an order that does not run here cannot take a change.
    QString notRunning(const QSqlDatabase& db, const QString& orderId)
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT state, replica_of FROM orders WHERE id = ?"));
        query.addBindValue(orderId);
        if (!query.exec() || !query.next())
            return QStringLiteral("unknown order '%1'").arg(orderId);
        if (!query.value(1).isNull())
            return QStringLiteral("order %1 runs on workstation %2; submit the change there").arg(orderId, query.value(1).toString());
        return QStringLiteral("order %1 is %2; a change order cannot change it").arg(orderId, query.value(0).toString());
    }

} // namespace

PreparedChange prepareStoredChange(const QSqlDatabase& database, const OrderRuntime* order, const ChangeOrder& change, bool resuming,
                                   const QDateTime& now)
{
    PreparedChange prepared;
    prepared.preview.orderId = change.order;
    prepared.preview.changeId = change.id;
    prepared.preview.cancelsOrder = change.cancelsOrder();
    const auto problem = [&](const char* pointer, const QString& message) {
        prepared.preview.problems = { { change.sourceLabel, QString::fromLatin1(pointer), message } };
        return prepared;
    };
    if (!order)
        return problem("/order", notRunning(database, change.order));
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT state FROM change_orders WHERE order_id = ? AND id = ?"));
    query.addBindValue(change.order);
    query.addBindValue(change.id);
    if (query.exec() && query.next() && query.value(0).toString() != QLatin1String("refused")
        && !(resuming && query.value(0).toString() == QLatin1String("waiting")))
        return problem("/id",
                       QStringLiteral("change order %1 of order %2 is already %3").arg(change.id, change.order, query.value(0).toString()));
    query.prepare(QStringLiteral("SELECT COALESCE(current_document, document), revision FROM orders WHERE id = ?"));
    query.addBindValue(change.order);
    if (!query.exec() || !query.next())
        return problem("/order", notRunning(database, change.order));
    const nlohmann::json document = parseStoredJson(query.value(0).toString());
    if (document.is_discarded())
        return problem("/order",
                       QStringLiteral("the stored document of order %1 is not valid JSON (cut short or damaged)").arg(change.order));
    StoredAccountLines accountLines(database);
    return prepareChange(*order, document, change, query.value(1).toInt() + 1, &accountLines, now);
}

} // namespace fw
