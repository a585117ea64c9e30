// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "evidencebundle.h"

#include <nlohmann/json_fwd.hpp>

namespace fw {

// The evidence bundle as JSON: `fwctl evidence ORDER --json` and the workbench's Export Evidence
// (docs/exports.md; docs/schemas/evidence-bundle.schema.json). Request, response and form bodies
// that are JSON are embedded as JSON, anything else as a string.
nlohmann::json evidenceToJson(const EvidenceBundle& bundle);

} // namespace fw
