// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"
#include "domain/fulfillmentline.h"

#include <QHash>

#include <vector>

namespace fw {

struct Catalog;
struct Order;

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
class Decomposer {
public:
    explicit Decomposer(const Catalog& catalog, AccountLineRegistry* accountLines = nullptr);

    Decomposition decompose(const Order& order, const QString& orderFileLabel) const;

private:
    const Catalog& m_catalog;
    AccountLineRegistry* m_accountLines;
};

} // namespace fw
