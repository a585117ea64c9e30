// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "planreconciler.h"

#include <QHash>

namespace fw {

// The fulfillment lines before and after a change: which are kept, amended, added, removed, and
// why (for the preview's reasons). Part of reconcilePlan.
struct LineDiff {
    std::vector<ReconciledLine> lines; // current lines in order, then added ones
    QHash<QString, int> index; // line id -> index into lines
    const ReconciledLine* find(const QString& id) const
    {
        const int i = index.value(id, -1);
        return i < 0 ? nullptr : &lines[std::size_t(i)];
    }
    bool changed(const QString& id) const; // amended or removed
    // Whether a started step reading `inputs` (templateInputs) must see the change to line id:
    // the line was removed, or an input it reads changed.
    bool changedFor(const QString& id, const QStringList& inputs) const;
};

LineDiff diffLines(const OrderRuntime& current, const Order* nextOrder, const OrchestrationPlan* nextPlan);

} // namespace fw
