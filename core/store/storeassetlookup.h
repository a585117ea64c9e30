// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/asset.h"
#include "domain/assetstate.h"

#include <QSqlDatabase>

namespace fw {

// The decomposer's view of the installed base read from the store's assets table (schema v24).
// A read failure is remembered (status()) and the asset is reported missing, so callers check
// status() after decomposing, as they do for the account-line registry.
class StoreAssetLookup {
public:
    explicit StoreAssetLookup(QSqlDatabase database);

    // A lookup over this object (which must outlive the returned function).
    AssetLookup lookup();
    Status status() const { return m_status; }

private:
    std::optional<AssetState> find(const QString& assetId);

    QSqlDatabase m_database;
    Status m_status;
};

// The decomposer's view of one stored asset.
AssetState assetStateOf(const Asset& asset);

} // namespace fw
