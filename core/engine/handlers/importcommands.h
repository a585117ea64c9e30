// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/bulkimporter.h"
#include "store/storeimporter.h"

namespace fw {

class Clock;
class Database;
class ExecutionContext;
class OrderInputs;

// Importing a catalog or an order as a command: StoreImporter validates the file (an order is
// decomposed and planned against the stored catalog) and writes it with its journal entry in one
// transaction, so a bad file changes nothing; a new order is then handed to the run loop, which
// runs it from its next pass. Without a run loop in this process (fwctl import), an engine running
// elsewhere on the store picks the order up itself (Executor::adoptNewOrders).
class ImportCommands {
public:
    // context: the run loop of this process, nullptr when there is none.
    ImportCommands(Database& database, const Clock& clock, ExecutionContext* context = nullptr);

    ImportResult importCatalog(const QString& path, const QString& actor);
    // catalogId empty: the one stored catalog that knows every product of the order.
    ImportResult importOrder(const QString& path, const QString& actor, const QString& catalogId = {});
    // Many orders (files, directories, NDJSON) through BulkImporter: validated one by one, written in
    // grouped transactions; each group's orders are handed to the run loop once committed (one that
    // it cannot take up is noted in the report). Cancel and progress between groups (control).
    BulkImportReport importOrders(OrderInputs& inputs, const QString& actor, const QString& catalogId = {},
                                  const BulkImportControl& control = {}, int groupSize = BulkImporter::defaultGroupSize);
    // kind "catalog" or "order" (the GUI's and fwctl's import); anything else is a problem naming it.
    ImportResult importFile(const QString& kind, const QString& path, const QString& actor, const QString& catalogId = {});

private:
    Database& m_database;
    const Clock& m_clock;
    ExecutionContext* m_context;
};

} // namespace fw
