// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace fw {

class Database;

// Where a store's archive is (docs/store.md, "Archive"): the file `fwctl archive` last wrote for
// this store (store_settings 'archive.path'), else <store>.archive.db when that file exists. The
// archive is a store of its own: the readers (timeline, summary, status, the order browser) read an
// archived order from it as they read the store.
class OrderArchive {
public:
    static QString defaultPath(const QString& storePath);
    // The store's archive, or empty when it has none (nothing archived yet).
    static Result<QString> pathOf(const Database& store);
    // Remembers the archive the store's orders went to.
    static Status remember(const Database& store, const QString& archivePath);
    // Opens the archive for reading (a store of its own; read-only when this user cannot write it).
    static Result<std::unique_ptr<Database>> open(const QString& archivePath);
    // Whether the archive holds the order.
    static Result<bool> holds(const QSqlDatabase& archive, const QString& orderId);
    // The store's archive opened when it holds the order; nullptr when there is no archive or the
    // order is not in it.
    static Result<std::unique_ptr<Database>> holding(const Database& store, const QString& orderId);
};

} // namespace fw
