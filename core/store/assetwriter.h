// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/asset.h"
#include "domain/assetchange.h"

#include <QSqlDatabase>

#include <vector>

namespace fw {

// Writes assets and their history outside the engine's batches (the engine records an order's
// assets through EngineWriter::assetWritten, in the batch that completes the order): imports,
// tools, tests, and later asset-based orders and sync. One transaction per call.
class AssetWriter {
public:
    explicit AssetWriter(QSqlDatabase database);

    // Records new assets, each with its first event ("created"). An asset already recorded for the
    // same id or (order, item) is left as it is.
    Status record(const std::vector<Asset>& assets, const std::vector<AssetEvent>& events);
    // Applies changes of existing assets as a completed asset-based order does (the same statements
    // as the engine's batch, assetrows.h): new values, revision + 1, updated_at, and each event with
    // the state before and after. A change already applied (same asset, order and kind) is skipped.
    Status apply(const std::vector<AssetChange>& changes);

private:
    QSqlDatabase m_database;
};

} // namespace fw
