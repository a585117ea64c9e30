// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storedchange.h"
#include "store/storedjson.h"

#include "store/changetargetreader.h"
#include "store/openassetorders.h"
#include "store/storedaccountlines.h"
#include "store/storeassetlookup.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

namespace fw {

namespace {

    // Why an order that does not run here cannot take a change.
    QString notRunning(const QSqlDatabase& db, const QString& orderId)
    {
        const auto row = ChangeTargetReader(db).order(orderId);
        if (!row)
            return row.message();
        if (!*row)
            return QStringLiteral("unknown order '%1'").arg(orderId);
        if (!(*row)->replicaOf.isEmpty())
            return QStringLiteral("order %1 runs on workstation %2; submit the change there").arg(orderId, (*row)->replicaOf);
        return QStringLiteral("order %1 is %2; a change order cannot change it").arg(orderId, (*row)->state);
    }

    // One open order per asset (docs/assets.md): why an item the change adds cannot act on its asset
    // while another open order does (at the add action's assetRef), nullopt when nothing is in the way.
    std::optional<Problem> assetsInTheWay(const QSqlDatabase& db, const OrderRuntime& current, const Order& amended,
                                          const ChangeOrder& change)
    {
        OpenAssetOrders open(db);
        for (const OrderItem& item : amended.items) {
            if (!item.actsOnAsset())
                continue;
            const OrderItem* before = current.order.item(item.id);
            if (before && before->assetRef == item.assetRef)
                continue; // the order acts on it already
            const auto adding = std::find_if(change.actions.begin(), change.actions.end(), [&item](const ChangeAction& action) {
                return action.kind == ChangeAction::Kind::Add && action.item == item.id;
            });
            const QString pointer
                = adding == change.actions.end() ? QStringLiteral("/actions") : adding->pointer + QStringLiteral("/item/assetRef");
            const auto other = open.inTheWay(item.assetRef, item.action, current.orderId);
            if (!other)
                return Problem { change.sourceLabel, pointer, QStringLiteral("store read failed: ") + other.message() };
            if (*other)
                return Problem { change.sourceLabel, pointer, OpenAssetOrders::reason(item.assetRef, **other) };
        }
        return std::nullopt;
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
    const ChangeTargetReader reader(database);
    const auto recorded = reader.changeState(change.order, change.id);
    if (!recorded)
        return problem("/id", recorded.message());
    if (*recorded && **recorded != QLatin1String("refused") && !(resuming && **recorded == QLatin1String("waiting")))
        return problem("/id", QStringLiteral("change order %1 of order %2 is already %3").arg(change.id, change.order, **recorded));
    const auto current = reader.currentDocument(change.order);
    if (!current)
        return problem("/order", current.message());
    if (!*current)
        return problem("/order", notRunning(database, change.order));
    const nlohmann::json document = parseStoredJson((*current)->document);
    if (document.is_discarded())
        return problem("/order",
                       QStringLiteral("the stored document of order %1 is not valid JSON (cut short or damaged)").arg(change.order));
    StoredAccountLines accountLines(database);
    StoreAssetLookup assets(database);
    PreparedChange changed = prepareChange(*order, document, change, (*current)->revision + 1, &accountLines, now, assets.lookup());
    if (const Status read = assets.status(); !read)
        return problem("/order", QStringLiteral("store read failed: ") + read.message());
    if (changed.ok() && changed.amended.order) {
        if (std::optional<Problem> waits = assetsInTheWay(database, *order, *changed.amended.order, change)) {
            prepared.preview.problems = { std::move(*waits) };
            return prepared;
        }
    }
    return changed;
}

} // namespace fw
