// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"

namespace fw {

struct Catalog;

// Cross-reference checks of a structurally valid catalog: duplicate ids, unknown references,
// products that cannot be fulfilled, dependency cycles. Each problem carries the JSON pointer of the
// offending field.
class CatalogValidator {
public:
    static void validate(const Catalog& catalog, const QString& fileLabel, Problems& problems);

    // Built-in auto-task handlers a catalog may name.
    static const QStringList& knownAutoTaskHandlers();
};

} // namespace fw
