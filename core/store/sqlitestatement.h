#pragma once

// Transitional: SqliteStatement became SqliteQuery (sqlitequery.h), the one statement type for raw
// SQLite access. This alias keeps core/kpi, core/sla and core/sync building until they name
// SqliteQuery themselves; then delete this header.
#include "sqlitequery.h"

namespace fw {
using SqliteStatement = SqliteQuery;
} // namespace fw
