// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "linediff.h"

#include "common/jsonvariant.h"

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    QString addressText(const Address& a)
    {
        QStringList parts;
        for (const QString& part : { a.line1, a.line2, a.postalCode, a.city, a.region, a.country }) {
            if (!part.isEmpty())
                parts << part;
        }
        return parts.join(QStringLiteral(", "));
    }

    QString valueText(const QVariant& value)
    {
        if (!value.isValid() || value.isNull())
            return QStringLiteral("(none)");
        const nlohmann::json json = variantToJson(value);
        return json.is_string() ? toQString(json.get<std::string>()) : toQString(json.dump());
    }

    // "tier standard -> enterprise, seats 10 -> 12"; empty when equal (compared as JSON, so 100 and 100.0 are equal).
    QString attributeChanges(const QVariantMap& before, const QVariantMap& after, QStringList& inputs)
    {
        QStringList keys = before.keys();
        for (const QString& key : after.keys()) {
            if (!keys.contains(key))
                keys << key;
        }
        QStringList changes;
        for (const QString& key : keys) {
            const QVariant a = before.value(key);
            const QVariant b = after.value(key);
            if (variantToJson(a) != variantToJson(b)) {
                changes << QStringLiteral("%1 %2 -> %3").arg(key, valueText(a), valueText(b));
                inputs << QStringLiteral("line.attributes.") + key;
            }
        }
        return changes.join(QStringLiteral(", "));
    }

    // What changed about the line's delivery group: its address or requested date.
    QString groupChanges(const QString& groupId, const Order& before, const Order& after)
    {
        const DeliveryGroup* a = before.deliveryGroup(groupId);
        const DeliveryGroup* b = after.deliveryGroup(groupId);
        if (!a || !b)
            return {};
        QStringList changes;
        if (addressText(a->address) != addressText(b->address))
            changes << QStringLiteral("delivery address of %1 %2 -> %3").arg(groupId, addressText(a->address), addressText(b->address));
        if (a->requestedDate != b->requestedDate)
            changes << QStringLiteral("requested date of %1 %2 -> %3")
                           .arg(groupId, a->requestedDate.isEmpty() ? QStringLiteral("(none)") : a->requestedDate, b->requestedDate);
        return changes.join(QStringLiteral(", "));
    }

    LineChange describe(const FulfillmentLine& line, const QString& change, int before, int after, const QString& detail)
    {
        return { line.id, line.product, line.sourceItems, line.deliveryGroup, change, before, after, detail };
    }

    void collectPlaceholders(const QVariant& value, QStringList& paths)
    {
        if (value.typeId() == QMetaType::QVariantMap) {
            for (const QVariant& v : value.toMap())
                collectPlaceholders(v, paths);
        } else if (value.typeId() == QMetaType::QVariantList) {
            for (const QVariant& v : value.toList())
                collectPlaceholders(v, paths);
        } else if (value.typeId() == QMetaType::QString) {
            const QString text = value.toString();
            for (qsizetype at = text.indexOf(QLatin1String("{{")); at >= 0; at = text.indexOf(QLatin1String("{{"), at + 2)) {
                const qsizetype end = text.indexOf(QLatin1String("}}"), at + 2);
                if (end < 0)
                    break;
                const QString path = text.mid(at + 2, end - at - 2).trimmed();
                // A [*] path reads many items or lines: any change of the step's line redoes it.
                paths << (path.contains(QLatin1String("[*]")) ? QStringLiteral("*") : path);
            }
        }
    }

} // namespace

QStringList templateInputs(const StepDefinition& definition)
{
    QStringList paths;
    switch (definition.type) {
    case StepType::ManualTask:
        return { QStringLiteral("*") };
    case StepType::Callout:
        collectPlaceholders(definition.callout.payloadTemplate, paths);
        collectPlaceholders(definition.callout.path, paths);
        break;
    case StepType::AutoTask:
        collectPlaceholders(definition.autoTask.params, paths);
        break;
    case StepType::Pause:
        collectPlaceholders(definition.pause.at, paths);
        if (!definition.pause.field.isEmpty())
            paths << definition.pause.field;
        break;
    case StepType::Milestone:
        break;
    }
    return paths;
}

bool LineDiff::changed(const QString& id) const
{
    const ReconciledLine* line = find(id);
    return line && (line->change.change == QLatin1String("amended") || line->change.change == QLatin1String("removed"));
}

bool LineDiff::changedFor(const QString& id, const QStringList& inputs) const
{
    const ReconciledLine* line = find(id);
    if (!line || line->earlier)
        return false;
    if (line->change.change == QLatin1String("removed"))
        return true;
    for (const QString& changed : line->changedInputs) {
        for (const QString& read : inputs) {
            if (read == QLatin1String("*") || read == changed || read.startsWith(changed + QLatin1Char('.'))
                || changed.startsWith(read + QLatin1Char('.')))
                return true;
        }
    }
    return false;
}

LineDiff diffLines(const OrderRuntime& current, const Order* nextOrder, const OrchestrationPlan* nextPlan)
{
    LineDiff diff;
    QHash<QString, const FulfillmentLine*> next;
    if (nextPlan) {
        for (const FulfillmentLine& line : nextPlan->lines)
            next.insert(line.id, &line);
    }
    for (std::size_t i = 0; i < current.lines.size(); ++i) {
        const FulfillmentLine& line = current.lines[i];
        ReconciledLine reconciled { line, {}, int(i) };
        const FulfillmentLine* after = next.value(line.id);
        if (!line.removedBy.isEmpty()) {
            reconciled.change = describe(line, QStringLiteral("removed"), 0, 0, QStringLiteral("removed by %1").arg(line.removedBy));
            reconciled.earlier = true;
        } else if (!after) {
            reconciled.change = describe(line, QStringLiteral("removed"), line.quantity, 0,
                                         nextOrder ? QStringLiteral("line %1 removed").arg(line.id) : QStringLiteral("order cancelled"));
        } else {
            QStringList changes;
            QStringList& inputs = reconciled.changedInputs;
            if (after->quantity != line.quantity) {
                changes << QStringLiteral("quantity %1 -> %2").arg(line.quantity).arg(after->quantity);
                inputs << QStringLiteral("line.quantity");
            }
            if (const QString attributes = attributeChanges(line.attributes, after->attributes, inputs); !attributes.isEmpty())
                changes << attributes;
            // Lines stored before schema 13 do not know their group (empty): only its content is compared.
            if (!line.deliveryGroup.isEmpty() && after->deliveryGroup != line.deliveryGroup) {
                changes << QStringLiteral("delivery group %1 -> %2").arg(line.deliveryGroup, after->deliveryGroup);
                inputs << QStringLiteral("deliveryGroup") << QStringLiteral("line.deliveryGroup");
            } else if (const QString group = groupChanges(after->deliveryGroup, current.order, *nextOrder); !group.isEmpty()) {
                changes << group;
                inputs << QStringLiteral("deliveryGroup");
            }
            reconciled.line.quantity = after->quantity;
            reconciled.line.attributes = after->attributes;
            reconciled.line.deliveryGroup = after->deliveryGroup;
            reconciled.line.sourceItems = after->sourceItems;
            reconciled.change
                = describe(line, changes.isEmpty() ? QStringLiteral("kept") : QStringLiteral("amended"), line.quantity, after->quantity,
                           changes.isEmpty() ? QString() : QStringLiteral("line %1: %2").arg(line.id, changes.join(QStringLiteral("; "))));
        }
        diff.index.insert(line.id, int(diff.lines.size()));
        diff.lines.push_back(std::move(reconciled));
    }
    if (nextPlan) {
        for (const FulfillmentLine& line : nextPlan->lines) {
            if (diff.index.contains(line.id))
                continue;
            diff.index.insert(line.id, int(diff.lines.size()));
            diff.lines.push_back({ line,
                                   describe(line, QStringLiteral("added"), 0, line.quantity,
                                            QStringLiteral("line %1 added (%2 x%3)").arg(line.id, line.product).arg(line.quantity)),
                                   -1 });
        }
    }
    return diff;
}

} // namespace fw
