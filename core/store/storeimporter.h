// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

namespace fw {

class Clock;
class Database;

struct ImportResult {
    Problems problems; // empty on success; then nothing was written
    QString id; // the catalog or order id that was imported
    QString summary; // one human line ("order SO-1: 4 lines, 12 steps, catalog telecom 2026.4")
    bool storeFailed = false; // the file was fine but the store could not be written (disk full): nothing was written
    QString notRun; // an order stored, but the engine it was handed to could not take it up: why (ImportCommands)
    bool ok() const { return problems.empty(); }
};

// Imports catalog and order files into the store: validate everything first (for an order:
// decompose and plan it against the stored catalog), then write it, with its journal entry, in
// one transaction. A bad file changes nothing.
class StoreImporter {
public:
    StoreImporter(Database& database, const Clock& clock);

    ImportResult importCatalog(const QString& path, const QString& actor);
    // The same for a catalog document already read; path names it in problems.
    ImportResult importCatalogDocument(const nlohmann::json& document, const QString& path, const QString& actor);
    // catalogId empty: the one stored catalog that knows every product of the order.
    ImportResult importOrder(const QString& path, const QString& actor, const QString& catalogId = {});
    // The same for an order document already read; label names it in problems (a file path).
    ImportResult importOrderDocument(const nlohmann::json& document, const QString& label, const QString& actor,
                                     const QString& catalogId = {});

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace fw
