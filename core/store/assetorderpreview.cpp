// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "assetorderpreview.h"

#include "accountreader.h"
#include "assetreader.h"
#include "bulkimporter.h"
#include "common/clock.h"
#include "domain/catalog.h"
#include "domain/steptypes.h"
#include "storedcatalogs.h"

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    QString previewLaneName(const Catalog& catalog, const QString& lane)
    {
        for (const Lane& l : catalog.lanes) {
            if (l.id == lane)
                return l.name.isEmpty() ? lane : l.name;
        }
        return lane;
    }
} // namespace

AssetOrderPreview previewAssetOrder(Database& database, const nlohmann::json& document, const QString& label)
{
    AssetOrderPreview preview;
    preview.orderId = QString::fromStdString(document.value("id", std::string()));
    const SystemClock clock; // nothing is written: no time is recorded
    BulkImporter::DryRun checked = BulkImporter(database, clock, QStringLiteral("preview")).dryRun(document, label);
    if (!checked.problems.empty() || !checked.plan || !checked.catalog) {
        preview.problems = std::move(checked.problems);
        if (preview.problems.empty())
            preview.problems = { Problem { label, QString(), QStringLiteral("the order could not be planned") } };
        return preview;
    }
    const Catalog& catalog = *checked.catalog;
    preview.catalogId = catalog.id;
    for (const FulfillmentLine& line : checked.plan->lines) {
        preview.lines.push_back({ line.id, line.product, line.action, line.changeKind, line.quantity, line.quantityDelta,
                                  line.totalQuantity, line.changedAttributes, line.deliveryGroup });
    }
    for (const PlanStep& step : checked.plan->steps) {
        preview.steps.push_back({ step.id, step.name, step.lane, previewLaneName(catalog, step.lane), toString(step.type),
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
