// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace fw {

// The full check of a store file (`fwctl check`): SQLite's integrity_check (every page, every
// index against its table) and foreign_key_check, on a read-only connection of its own, so a
// damaged store is examined without being migrated or written.
struct StoreCheckResult {
    bool opened = false; // false: the file could not be read as a store at all (problems says why)
    QStringList problems; // one line each; empty: the store is sound
    qint64 pages = 0;
    bool ok() const { return opened && problems.isEmpty(); }
};

class StoreCheck {
public:
    static StoreCheckResult run(const QString& path, int maxProblems = 100);
};

} // namespace fw
