// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A store whose `orders` orders of the auto-only test catalog (tests/data/engine/auto-catalog.json,
// ids PREFIX0, PREFIX1, ...) have run to completion: a journal to push without any people or
// systems. Each order has `items` AUTO items (47 journal entries for one item, 4,403 for 100).
// nullptr when it cannot be made.

#include "common/clock.h"
#include "engine/executor.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace fw::test {

inline std::unique_ptr<Database> storeWithFinishedOrders(const QString& path, const Clock& clock, const QString& prefix, int orders,
                                                         int items = 1)
{
    auto database = std::make_unique<Database>(path);
    if (!database->openStore())
        return nullptr;
    StoreImporter importer(*database, clock);
    if (!importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/engine/auto-catalog.json"), QStringLiteral("test")).ok())
        return nullptr;
    for (int i = 0; i < orders; ++i) {
        auto lines = nlohmann::json::array();
        for (int item = 1; item <= items; ++item)
            lines.push_back({ { "id", std::to_string(item) }, { "product", "AUTO" } });
        const auto document = nlohmann::json {
            { "formatVersion", 1 }, { "id", prefix.toStdString() + std::to_string(i) }, { "account", { { "id", "A" } } }, { "items", lines }
        };
        if (!importer.importOrderDocument(document, QStringLiteral("order %1").arg(i), QStringLiteral("test"), QStringLiteral("auto-flow"))
                 .ok())
            return nullptr;
    }
    Executor executor(*database, clock);
    if (!executor.load() || !executor.runUntilIdle())
        return nullptr;
    return database;
}

} // namespace fw::test
