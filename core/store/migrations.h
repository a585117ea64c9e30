#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fw {

// Forward-only schema migrations. Each version runs in its own transaction and records itself in
// schema_version; a database written by a newer build is refused rather than damaged.
int latestSchemaVersion();
int currentSchemaVersion(const QSqlDatabase& database); // 0 for an empty database
std::optional<QString> migrateSchema(QSqlDatabase& database);

} // namespace fw
