#pragma once

#include "decomposition/decomposer.h"

#include <QSqlDatabase>

namespace fw {

// Account-scoped lines already stored for an order of the account (the store's AccountLineRegistry:
// imports and change orders decompose against it).
class StoredAccountLines final : public AccountLineRegistry {
public:
    explicit StoredAccountLines(const QSqlDatabase& database)
        : m_database(database)
    {
    }
    QString ownerOf(const QString& accountId, const QString& product) const override;
    void remember(const QString&, const QString&, const QString&) override { } // stored with the order

private:
    QSqlDatabase m_database;
};

} // namespace fw
