// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace fw {

// One account in the list the Account page is found from.
struct AccountListing {
    QString id;
    QString name; // from its newest order (the id when it has none)
    int orderCount = 0;
    int assetCount = 0;
    bool operator==(const AccountListing&) const = default;
};

// What the Account page's header shows: the account as its newest order names it.
struct AccountHeader {
    QString id;
    QString name;
    QString region; // empty when the orders do not say
    QString segment;
    QString country;
    int orderCount = 0;
    int assetCount = 0;
};

// One of an account's orders.
struct AccountOrder {
    QString id;
    QString state; // OrderState spelled out
    QDateTime createdAt; // when it came into the store
    QDateTime orderedAt; // invalid when the order does not say
    QDate requestedDate;
    QString catalogId;
    bool operator==(const AccountOrder&) const = default;
};

// Reads accounts as the store knows them from their orders (orders.account_id, account_name and
// the document's account object) and their installed base (assets.account_id). Read only.
class AccountReader {
public:
    explicit AccountReader(QSqlDatabase database);

    // Every account that has an order or an asset, by name then id.
    Result<std::vector<AccountListing>> accounts() const;
    // nullopt when the store has neither an order nor an asset of that account.
    Result<std::optional<AccountHeader>> header(const QString& accountId) const;
    // The account's orders, newest first.
    Result<std::vector<AccountOrder>> orders(const QString& accountId) const;
    // Whether an order with this id is in the store (a new order needs an unused id).
    Result<bool> hasOrder(const QString& orderId) const;
    // The catalog an order was imported with (empty when there is no such order).
    Result<QString> catalogOf(const QString& orderId) const;
    // The account an order is for (empty when there is no such order).
    Result<QString> accountOf(const QString& orderId) const;

private:
    QSqlDatabase m_database;
};

} // namespace fw
