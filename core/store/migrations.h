// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace fw {

// Forward-only schema migrations. Each version runs in its own transaction and records itself in
// schema_version; a database written by a newer build is refused rather than damaged.
int latestSchemaVersion();
int currentSchemaVersion(const QSqlDatabase& database); // 0 for an empty database
Status migrateSchema(QSqlDatabase& database); // up to latestSchemaVersion()
// Brings the schema up to `version` only (not past it): the store fixtures of every old version
// (scripts/make-store-fixtures.sh) are made this way. A store already past `version` is left as it is.
Status migrateSchemaTo(QSqlDatabase& database, int version);

} // namespace fw
