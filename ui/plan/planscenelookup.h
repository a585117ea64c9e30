// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plangraph/plangraph.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace fw {

class LaneBandItem;
class PlanScene;

// Where a plan scene's cards are and what they show, in scene coordinates (the view's hit tests,
// the search box, the tests).
// Steps whose name or id contains `text` (case-insensitive), left to right, then top down.
std::vector<int> findSteps(const PlanScene& scene, const QString& text);
QRectF stepRect(const PlanScene& scene, int index); // empty for an unknown index
QRectF stepRect(const PlanScene& scene, const QString& stepId);
int stepAt(const PlanScene& scene, const QPointF& scenePos); // -1: no visible card there
LaneBandItem* laneHeaderAt(const PlanScene& scene, const QPointF& scenePos); // a header's collapse toggle there
std::optional<StepState> stepState(const PlanScene& scene, const QString& stepId); // nullopt: no such step

// Groups of steps (PlanGroupModel) in a scene.
int groupAt(const PlanScene& scene, const QPointF& scenePos); // -1: no visible group card there
// Collapses or expands one group (-1: all), keeping the others as they are; false when nothing changed.
bool setGroupCollapsed(PlanScene& scene, int group, bool collapsed);
// Expands the collapsed group a step is in, so that its card shows; false when it needed nothing.
bool revealStep(PlanScene& scene, const QString& stepId);
// The steps the scene's filter keeps (none for PlanFilter::All).
std::vector<int> filterMatches(const PlanScene& scene);
// Where the steps are drawn (their cards, or their collapsed groups' cards), together.
QRectF shownRect(const PlanScene& scene, const std::vector<int>& steps);
// The tooltip of what is at a scene position: a step, a group or a lane header; empty: nothing.
QString planToolTip(const PlanScene& scene, const QPointF& scenePos);

} // namespace fw
