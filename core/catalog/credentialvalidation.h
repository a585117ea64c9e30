// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"

#include <QString>

namespace fw {

struct Catalog;

// Named credentials' cross-checks (issue 22; CatalogValidator runs them): unique names usable as an
// environment variable's suffix (FW_CREDENTIAL_<NAME>), a header credential's header a valid name
// the engine does not set itself, endpoints naming declared credentials. Problems name the file,
// the JSON pointer and the reason.
void checkCredentials(const Catalog& catalog, const QString& file, Problems& problems);

} // namespace fw
