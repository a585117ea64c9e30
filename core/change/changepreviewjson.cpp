// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changepreviewjson.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "store/storedjson.h"

#include <nlohmann/json.hpp>

namespace fw {

namespace {

} // namespace

QString changeOutcome(const ChangePreview& preview)
{
    if (!preview.problems.empty())
        return QStringLiteral("not applied: ") + preview.problems.front().message;
    if (!preview.refusals.empty())
        return QStringLiteral("refused: ") + preview.refusals.front().message;
    QStringList parts;
    for (StepChangeKind kind : { StepChangeKind::Kept, StepChangeKind::Amended, StepChangeKind::Added, StepChangeKind::Discarded,
                                 StepChangeKind::Compensation }) {
        if (const int n = preview.count(kind))
            parts << QStringLiteral("%1 %2").arg(n).arg(toString(kind));
    }
    return parts.join(QStringLiteral(", "));
}

nlohmann::json changePreviewToJson(const ChangePreview& preview)
{
    nlohmann::json json;
    json["order"] = utf8(preview.orderId);
    json["change"] = utf8(preview.changeId);
    json["revision"] = preview.revision;
    json["cancelsOrder"] = preview.cancelsOrder;
    json["accepted"] = preview.accepted();
    json["outcome"] = utf8(changeOutcome(preview));
    auto& problems = json["problems"] = nlohmann::json::array();
    for (const Problem& p : preview.problems)
        problems.push_back({ { "file", utf8(p.file) }, { "pointer", utf8(p.pointer) }, { "message", utf8(p.message) } });
    auto& refusals = json["refusals"] = nlohmann::json::array();
    for (const PonrRefusal& r : preview.refusals)
        refusals.push_back({ { "step", utf8(r.stepId) },
                             { "name", utf8(r.stepName) },
                             { "line", utf8(r.line) },
                             { "item", utf8(r.item) },
                             { "message", utf8(r.message) } });
    auto& items = json["items"] = nlohmann::json::array();
    for (const ItemChange& i : preview.items)
        items.push_back({ { "item", utf8(i.item) },
                          { "action", utf8(i.action) },
                          { "product", utf8(i.product) },
                          { "quantityBefore", i.quantityBefore },
                          { "quantityAfter", i.quantityAfter },
                          { "supplement", utf8(i.supplement) },
                          { "detail", utf8(i.detail) } });
    auto& lines = json["lines"] = nlohmann::json::array();
    for (const LineChange& l : preview.lines)
        lines.push_back({ { "id", utf8(l.id) },
                          { "product", utf8(l.product) },
                          { "sourceItems", toJsonArray(l.sourceItems) },
                          { "deliveryGroup", utf8(l.deliveryGroup) },
                          { "change", utf8(l.change) },
                          { "quantityBefore", l.quantityBefore },
                          { "quantityAfter", l.quantityAfter },
                          { "detail", utf8(l.detail) } });
    auto& steps = json["steps"] = nlohmann::json::array();
    for (const StepChange& s : preview.steps) {
        nlohmann::json step { { "id", utf8(s.id) },
                              { "name", utf8(s.name) },
                              { "type", utf8(s.type) },
                              { "lane", utf8(s.lane) },
                              { "change", utf8(toString(s.kind)) },
                              { "stateBefore", utf8(s.stateBefore) },
                              { "stateAfter", utf8(s.stateAfter) },
                              { "lines", toJsonArray(s.lines) },
                              { "dependsOn", toJsonArray(s.dependsOn) },
                              { "reason", utf8(s.reason) } };
        if (!s.compensates.isEmpty())
            step["compensates"] = utf8(s.compensates);
        steps.push_back(std::move(step));
    }
    auto& effects = json["effects"] = nlohmann::json::array();
    for (const ExternalEffect& e : preview.effects)
        effects.push_back({ { "step", utf8(e.stepId) },
                            { "name", utf8(e.stepName) },
                            { "kind", utf8(e.kind) },
                            { "endpoint", utf8(e.endpoint) },
                            { "method", utf8(e.method) },
                            { "path", utf8(e.path) },
                            { "payload", parseStoredJson(e.payload) } });
    json["inFlight"] = toJsonArray(preview.inFlight);
    json["forecastBefore"]
        = preview.forecastBefore.isValid() ? nlohmann::json(utf8(toStoreTime(preview.forecastBefore))) : nlohmann::json();
    json["forecastAfter"] = preview.forecastAfter.isValid() ? nlohmann::json(utf8(toStoreTime(preview.forecastAfter))) : nlohmann::json();
    return json;
}

} // namespace fw
