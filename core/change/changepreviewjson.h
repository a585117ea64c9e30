// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changepreview.h"

#include <nlohmann/json_fwd.hpp>

namespace fw {

// The preview as `fwctl change preview --json` prints it and the journal's change.applied payload
// carries it (docs/change-orders.md, "Preview").
nlohmann::json changePreviewToJson(const ChangePreview& preview);
// One line: "2 kept, 1 amended, 3 added, 1 discarded, 2 compensation" or the refusal/problem.
QString changeOutcome(const ChangePreview& preview);

} // namespace fw
