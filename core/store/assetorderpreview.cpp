// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetorderpreview.h"

#include "accountreader.h"
#include "assetreader.h"
#include "catalogchoice.h"
#include "decomposition/decomposer.h"
#include "domain/catalog.h"
#include "domain/steptypes.h"
#include "order/orderreader.h"
#include "planning/planner.h"
#include "storeassetlookup.h"
#include "storedaccountlines.h"
#include "storedcatalogs.h"

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    Problems assetPreviewStoreProblem(const QString& label, const QString& why)
    {
        return { Problem { label, QString(), QStringLiteral("store read failed: ") + why } };
    }

    QString previewLaneName(const Catalog& catalog, const QString& lane)
    {
        for (const Lane& l : catalog.lanes) {
            if (l.id == lane)
                return l.name.isEmpty() ? lane : l.name;
        }
        return lane;
    }
} // namespace

AssetOrderPreview previewAssetOrder(const QSqlDatabase& database, const nlohmann::json& document, const QString& label)
{
    AssetOrderPreview preview;
    preview.orderId = QString::fromStdString(document.value("id", std::string()));
    CatalogChoice catalogs(database);
    const CatalogLoad catalog = catalogs.choose(document, label, {});
    if (!catalog.ok()) {
        preview.problems = catalog.problems;
        return preview;
    }
    preview.catalogId = catalog.catalog->id;
    OrderLoad load = OrderReader::readJson(document, label, *catalog.catalog);
    if (!load.ok()) {
        preview.problems = std::move(load.problems);
        return preview;
    }
    const Order& order = *load.order;
    const Result<bool> stored = AccountReader(database).hasOrder(order.id);
    if (!stored) {
        preview.problems = assetPreviewStoreProblem(label, stored.message());
        return preview;
    }
    if (*stored) {
        preview.problems = { Problem { label, QStringLiteral("/id"), QStringLiteral("order '%1' is already in the store").arg(order.id) } };
        return preview;
    }
    StoredAccountLines accountLines(database);
    StoreAssetLookup assets(database);
    Decomposition decomposition = Decomposer(*catalog.catalog, &accountLines, assets.lookup()).decompose(order, label);
    for (const Status& looked : { accountLines.status(), assets.status() }) {
        if (!looked) {
            preview.problems = assetPreviewStoreProblem(label, looked.message());
            return preview;
        }
    }
    if (!decomposition.problems.empty()) {
        preview.problems = std::move(decomposition.problems);
        return preview;
    }
    PlanResult planned = Planner(*catalog.catalog, assets.lookup()).plan(order, std::move(decomposition.lines), label);
    if (!planned.plan) {
        preview.problems = std::move(planned.problems);
        return preview;
    }
    for (const FulfillmentLine& line : planned.plan->lines) {
        preview.lines.push_back({ line.id, line.product, line.action, line.changeKind, line.quantity, line.quantityDelta,
                                  line.totalQuantity, line.changedAttributes, line.deliveryGroup });
    }
    for (const PlanStep& step : planned.plan->steps) {
        preview.steps.push_back({ step.id, step.name, step.lane, previewLaneName(*catalog.catalog, step.lane), toString(step.type),
                                  step.planDefinition, step.lines, step.depth });
    }
    return preview;
}

Result<AssetOrderContext> readAssetOrderContext(const QSqlDatabase& database, const QString& assetId)
{
    const QString what = QStringLiteral("change asset");
    const Result<std::optional<Asset>> read = AssetReader(database).asset(assetId);
    if (!read)
        return read.error();
    if (!*read)
        return failure(QStringLiteral("asset '%1' is not in the store").arg(assetId), assetId, what);
    AssetOrderContext context;
    context.asset = **read;
    const AccountReader accounts(database);
    context.account.id = context.asset.accountId;
    if (const auto header = accounts.header(context.asset.accountId); header && *header)
        context.account = **header;
    const Result<QString> catalogId = accounts.catalogOf(context.asset.sourceOrder);
    if (!catalogId)
        return catalogId.error();
    if (!catalogId->isEmpty()) {
        const CatalogLoad load = StoredCatalogs::load(database, *catalogId);
        if (load.ok()) {
            context.catalog = load.catalog;
            context.product = context.catalog->product(context.asset.product);
        }
    }
    return context;
}

} // namespace fw
