// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/catalog.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace fw {

// A credential the store's catalogs declare (docs/credentials.md), with where it is used.
struct DeclaredCredential {
    Credential credential;
    QStringList catalogs; // ids of the catalogs declaring it (their newest imports)
    QStringList endpoints; // "catalog/endpoint" of the endpoints naming it
};

// The credentials declared by the newest import of each stored catalog, by name (a name declared
// with two kinds appears once per kind), or why the catalogs cannot be read.
Result<std::vector<DeclaredCredential>> declaredCredentials(const QSqlDatabase& database);

} // namespace fw
