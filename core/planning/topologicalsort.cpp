// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "topologicalsort.h"

#include "domain/plan.h"

#include <QStringList>

#include <functional>
#include <queue>

namespace fw {

bool sortTopologically(OrchestrationPlan& plan, Problems& problems, const QString& fileLabel)
{
    const std::size_t count = plan.steps.size();
    std::vector<int> pending(count, 0);
    std::vector<std::vector<int>> dependents(count);
    for (std::size_t i = 0; i < count; ++i) {
        for (int dependency : plan.steps[i].dependsOn) {
            dependents[static_cast<std::size_t>(dependency)].push_back(static_cast<int>(i));
            ++pending[i];
        }
    }
    std::priority_queue<int, std::vector<int>, std::greater<>> ready;
    for (std::size_t i = 0; i < count; ++i) {
        if (pending[i] == 0)
            ready.push(static_cast<int>(i));
    }
    std::vector<int> order;
    order.reserve(count);
    std::vector<int> depth(count, 0);
    while (!ready.empty()) {
        const int current = ready.top();
        ready.pop();
        order.push_back(current);
        for (int next : dependents[static_cast<std::size_t>(current)]) {
            depth[static_cast<std::size_t>(next)]
                = std::max(depth[static_cast<std::size_t>(next)], depth[static_cast<std::size_t>(current)] + 1);
            if (--pending[static_cast<std::size_t>(next)] == 0)
                ready.push(next);
        }
    }
    if (order.size() != count) {
        QStringList stuck;
        for (std::size_t i = 0; i < count; ++i) {
            if (pending[i] > 0)
                stuck << plan.steps[i].id;
        }
        problems.push_back({ fileLabel, QString(),
                             QStringLiteral("plan of order '%1' has a dependency cycle among steps: %2")
                                 .arg(plan.orderId, stuck.join(QStringLiteral(", "))) });
        return false;
    }
    std::vector<int> newIndex(count);
    for (std::size_t position = 0; position < count; ++position)
        newIndex[static_cast<std::size_t>(order[position])] = static_cast<int>(position);
    std::vector<PlanStep> sorted;
    sorted.reserve(count);
    for (int old : order) {
        PlanStep step = std::move(plan.steps[static_cast<std::size_t>(old)]);
        step.depth = depth[static_cast<std::size_t>(old)];
        for (int& dependency : step.dependsOn)
            dependency = newIndex[static_cast<std::size_t>(dependency)];
        std::sort(step.dependsOn.begin(), step.dependsOn.end());
        sorted.push_back(std::move(step));
    }
    plan.steps = std::move(sorted);
    return true;
}

} // namespace fw
