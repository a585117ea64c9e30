// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/problem.h"

namespace fw {

struct OrchestrationPlan;

// Reorders plan steps topologically (ties keep creation order), remaps dependsOn to the new
// indexes and computes each step's depth (longest chain of dependencies before it).
// Reports the steps on a cycle and returns false if the graph is not a DAG.
bool sortTopologically(OrchestrationPlan& plan, Problems& problems, const QString& fileLabel);

} // namespace fw
