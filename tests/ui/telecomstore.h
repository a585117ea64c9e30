// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A store file with the bundled telecom-fiber sample: its catalog and its order, or copies of the
// order under ids of their own. For the GUI tests that open a real store.
#include "common/clock.h"
#include "io/jsonfile.h"
#include "store/database.h"
#include "store/storeimporter.h"

#include <nlohmann/json.hpp>

namespace fw::test {

// The sample order as it is when copyPrefix is empty, else `copies` copies named PREFIX-1..PREFIX-N.
// false when the store cannot be made or an import fails.
inline bool makeTelecomStore(const QString& path, const QString& copyPrefix = {}, int copies = 1)
{
    Database database(path);
    if (!database.openStore())
        return false;
    SystemClock clock;
    StoreImporter importer(database, clock);
    const QString importedBy = QStringLiteral("t");
    if (!importer.importCatalog(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"), importedBy).ok())
        return false;
    const QString orderPath = QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json");
    if (copyPrefix.isEmpty())
        return importer.importOrder(orderPath, importedBy).ok();
    Problems problems;
    const auto order = readJsonFile(orderPath, problems);
    if (!order)
        return false;
    for (int i = 1; i <= copies; ++i) {
        nlohmann::json copy = *order;
        copy["id"] = QStringLiteral("%1-%2").arg(copyPrefix).arg(i).toStdString();
        if (!importer.importOrderDocument(copy, QStringLiteral("order.json"), importedBy).ok())
            return false;
    }
    return true;
}

} // namespace fw::test
