// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "decomposition/decomposer.h"

#include <QSqlDatabase>

namespace fw {

// Account-scoped lines already stored for an order of the account (the store's AccountLineRegistry:
// imports and change orders decompose against it). The registry's interface cannot fail, so a
// lookup the store could not answer reads as "no owner" and is kept in status(): check it after
// decomposing, before writing anything decided on it.
class StoredAccountLines final : public AccountLineRegistry {
public:
    explicit StoredAccountLines(const QSqlDatabase& database)
        : m_database(database)
    {
    }
    QString ownerOf(const QString& accountId, const QString& product) const override;
    void remember(const QString&, const QString&, const QString&) override { } // stored with the order
    // The first lookup the store could not answer, if any.
    Status status() const { return m_failure ? Status(*m_failure) : Status(); }

private:
    QSqlDatabase m_database;
    mutable std::optional<Error> m_failure;
};

} // namespace fw
