// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"
#include "domain/assetstate.h"
#include "domain/fulfillmentline.h"

#include <QHash>

#include <vector>

namespace fw {

struct Catalog;
struct Order;
struct AssetItemDelta;
struct DecompositionRule;
struct DecompositionDestination;
struct FieldContext;

// Account-scoped lines live across orders: the first order of an account that needs one owns it;
// a later order gets a supplement line for its own items and quantity, with ownerOrder naming the
// owner (planned and fulfilled by the later order). The registry remembers the owners (in memory
// for a batch; the store later).
class AccountLineRegistry {
public:
    virtual ~AccountLineRegistry() = default;
    // The order that owns the account line (account, product), or an empty string if none yet.
    virtual QString ownerOf(const QString& accountId, const QString& product) const = 0;
    virtual void remember(const QString& accountId, const QString& product, const QString& ownerOrder) = 0;
};

class InMemoryAccountLineRegistry final : public AccountLineRegistry {
public:
    QString ownerOf(const QString& accountId, const QString& product) const override;
    void remember(const QString& accountId, const QString& product, const QString& ownerOrder) override;

private:
    QHash<QString, QString> m_owners;
};

struct Decomposition {
    std::vector<FulfillmentLine> lines;
    Problems problems; // located in the order file
};

// Order + catalog -> fulfillment line items. Every commercial item that needs fulfillment must be
// matched by at least one decomposition rule, otherwise it is reported (the order would stall).
// An item acting on an asset (assetRef) is decomposed as the asset will be after the item, and its
// lines carry the delta against the asset (core/decomposition/assetdelta.h); the assets come from
// the lookup (none given: every asset is unknown, reported as a problem of the order).
class Decomposer {
public:
    explicit Decomposer(const Catalog& catalog, AccountLineRegistry* accountLines = nullptr, AssetLookup assets = {});

    Decomposition decompose(const Order& order, const QString& orderFileLabel) const;

private:
    void addAssetLines(const DecompositionRule& rule, const DecompositionDestination& destination, const FieldContext& context,
                       const AssetItemDelta& delta, std::vector<FulfillmentLine>& lines) const;

    const Catalog& m_catalog;
    AccountLineRegistry* m_accountLines;
    AssetLookup m_assets;
};

} // namespace fw
