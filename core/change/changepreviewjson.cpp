#include "changepreviewjson.h"

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    nlohmann::json strings(const QStringList& list)
    {
        auto array = nlohmann::json::array();
        for (const QString& s : list)
            array.push_back(s.toStdString());
        return array;
    }

    std::string text(const QString& s) { return s.toStdString(); }

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
    json["order"] = text(preview.orderId);
    json["change"] = text(preview.changeId);
    json["revision"] = preview.revision;
    json["cancelsOrder"] = preview.cancelsOrder;
    json["accepted"] = preview.accepted();
    json["outcome"] = text(changeOutcome(preview));
    auto& problems = json["problems"] = nlohmann::json::array();
    for (const Problem& p : preview.problems)
        problems.push_back({ { "file", text(p.file) }, { "pointer", text(p.pointer) }, { "message", text(p.message) } });
    auto& refusals = json["refusals"] = nlohmann::json::array();
    for (const PonrRefusal& r : preview.refusals)
        refusals.push_back({ { "step", text(r.stepId) }, { "name", text(r.stepName) }, { "line", text(r.line) },
                             { "item", text(r.item) }, { "message", text(r.message) } });
    auto& items = json["items"] = nlohmann::json::array();
    for (const ItemChange& i : preview.items)
        items.push_back({ { "item", text(i.item) }, { "action", text(i.action) }, { "product", text(i.product) },
                          { "quantityBefore", i.quantityBefore }, { "quantityAfter", i.quantityAfter },
                          { "supplement", text(i.supplement) }, { "detail", text(i.detail) } });
    auto& lines = json["lines"] = nlohmann::json::array();
    for (const LineChange& l : preview.lines)
        lines.push_back({ { "id", text(l.id) }, { "product", text(l.product) }, { "sourceItems", strings(l.sourceItems) },
                          { "deliveryGroup", text(l.deliveryGroup) }, { "change", text(l.change) },
                          { "quantityBefore", l.quantityBefore }, { "quantityAfter", l.quantityAfter }, { "detail", text(l.detail) } });
    auto& steps = json["steps"] = nlohmann::json::array();
    for (const StepChange& s : preview.steps) {
        nlohmann::json step { { "id", text(s.id) }, { "name", text(s.name) }, { "type", text(s.type) }, { "lane", text(s.lane) },
                              { "change", text(toString(s.kind)) }, { "stateBefore", text(s.stateBefore) },
                              { "stateAfter", text(s.stateAfter) }, { "lines", strings(s.lines) },
                              { "dependsOn", strings(s.dependsOn) }, { "reason", text(s.reason) } };
        if (!s.compensates.isEmpty())
            step["compensates"] = text(s.compensates);
        steps.push_back(std::move(step));
    }
    auto& effects = json["effects"] = nlohmann::json::array();
    for (const ExternalEffect& e : preview.effects)
        effects.push_back({ { "step", text(e.stepId) }, { "name", text(e.stepName) }, { "kind", text(e.kind) },
                            { "endpoint", text(e.endpoint) }, { "method", text(e.method) }, { "path", text(e.path) },
                            { "payload", nlohmann::json::parse(e.payload.toStdString(), nullptr, false) } });
    json["inFlight"] = strings(preview.inFlight);
    return json;
}

} // namespace fw
