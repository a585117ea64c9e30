// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/orderbrowser.h"

#include <QStringList>

#include <optional>

namespace fw {

// The Orders view's saved views: a name for a search, state and lane filter and a sort, kept in
// the user's settings (QSettings, key "orders/savedViews"), shared by every store.
class OrderViewStore {
public:
    QStringList names() const; // sorted
    std::optional<OrderQuery> view(const QString& name) const;
    void save(const QString& name, const OrderQuery& query);
    void remove(const QString& name);
};

} // namespace fw
