// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"
#include "common/result.h"
#include "accountreader.h"
#include "domain/asset.h"

#include <QMetaType>
#include <QSqlDatabase>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <vector>

namespace fw {

class Database;
struct Catalog;
struct Product;

// What an asset-based order would do, planned against the store's installed base without storing
// anything: its fulfillment lines with their delta and the plan's steps by lane.
struct AssetOrderPreview {
    struct Line {
        QString id;
        QString product; // fulfillment product
        QString action; // add, change, move, suspend, resume, disconnect
        QString changeKind; // change: increase, decrease, modify
        int quantity = 0; // what the line provisions (a change of quantity: the delta)
        int quantityDelta = 0; // signed: +50 for 250 -> 300
        int totalQuantity = 0; // the asset's quantity once done
        QStringList changedAttributes;
        QString deliveryGroup;
    };
    struct Step {
        QString id;
        QString name;
        QString lane; // lane id
        QString laneName; // the catalog's name for it
        QString type; // StepType spelled out
        QString planDefinition;
        QStringList lines;
        int depth = 0;
    };
    QString orderId;
    QString catalogId;
    Problems problems; // the first stage's problems that stopped it (a bad order, an unknown asset, ...)
    std::vector<Line> lines;
    std::vector<Step> steps; // in plan order
    bool accepted() const { return problems.empty(); }
};

// Validates, decomposes and plans an order document exactly as `fwctl import order` would
// (BulkImporter::dryRun: the catalog chosen the same way, the store's installed base through
// StoreAssetLookup, an id already in the store refused, and every other check of an import),
// without writing anything. label: the file the problems name.
AssetOrderPreview previewAssetOrder(Database& database, const nlohmann::json& document, const QString& label);

// What "Change..." on an asset needs: the asset, the catalog its order came with, its product
// there (for the attributes a change may give) and the account as its newest order names it.
struct AssetOrderContext {
    Asset asset;
    std::shared_ptr<const Catalog> catalog; // null when the store no longer has the order's catalog
    const Product* product = nullptr; // into catalog; null when the catalog lacks it
    AccountHeader account; // id only when the store has no order of the account
};
// An error for an unknown asset ("asset 'X' is not in the store") or a failed read.
Result<AssetOrderContext> readAssetOrderContext(const QSqlDatabase& database, const QString& assetId);

} // namespace fw

Q_DECLARE_METATYPE(fw::AssetOrderPreview)
