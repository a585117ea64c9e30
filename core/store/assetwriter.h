// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/asset.h"

#include <QSqlDatabase>

#include <vector>

namespace fw {

// Writes assets and their history outside the engine's batches (the engine records an order's
// assets through EngineWriter::assetRecorded, in the batch that completes the order): imports,
// tools, tests, and later asset-based orders and sync. One transaction per call.
class AssetWriter {
public:
    explicit AssetWriter(QSqlDatabase database);

    // Records new assets, each with its first event ("created"). An asset already recorded for the
    // same id or (order, item) is left as it is.
    Status record(const std::vector<Asset>& assets, const std::vector<AssetEvent>& events);

private:
    QSqlDatabase m_database;
};

} // namespace fw
