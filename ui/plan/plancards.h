// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QRectF>
#include <QString>

#include <vector>

namespace fw {

class PlanScene;

// A card of the plan graph that a keyboard or a screen reader reaches: a step's card, or the card of
// a collapsed group of steps (PlanGroupModel).
struct PlanCard {
    int step = -1; // index into the graph's nodes; -1 for a group's card
    int group = -1; // index into the groups when a collapsed group's card
    bool isNull() const { return step < 0 && group < 0; }
    bool operator==(const PlanCard&) const = default;
};

// The cards shown, in reading order: lane band by lane band from the top, in a band by column (the
// dependency order: a step comes after the steps it waits for), then top down. Cards of collapsed
// lanes and the steps inside collapsed groups are not shown, so not listed.
std::vector<PlanCard> planCardOrder(const PlanScene& scene);
QRectF planCardRect(const PlanScene& scene, const PlanCard& card); // empty: no such card
bool isPlanCardShown(const PlanScene& scene, const PlanCard& card);
// What a screen reader says of a card: "Reserve port, Inventory, Completed"; of a group's card
// "Site VENLO, 10 steps: 7 Completed, 3 Pending".
QString planCardName(const PlanScene& scene, const PlanCard& card);
// The rest of the card: its type and scope, attempts, point of no return, change badge.
QString planCardDescription(const PlanScene& scene, const PlanCard& card);

} // namespace fw
