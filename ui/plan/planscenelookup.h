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

} // namespace fw
