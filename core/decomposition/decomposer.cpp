// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "decomposer.h"

#include "assetdelta.h"
#include "conditionevaluator.h"
#include "domain/catalog.h"
#include "domain/order.h"

#include <algorithm>

namespace fw {

QString InMemoryAccountLineRegistry::ownerOf(const QString& accountId, const QString& product) const
{
    return m_owners.value(accountId + QLatin1Char('\n') + product);
}

void InMemoryAccountLineRegistry::remember(const QString& accountId, const QString& product, const QString& ownerOrder)
{
    m_owners.insert(accountId + QLatin1Char('\n') + product, ownerOrder);
}

namespace {

    struct ItemIndex {
        QHash<QString, const OrderItem*> byId;

        const OrderItem* parentOf(const OrderItem& item) const { return byId.value(item.parentItem); }

        const OrderItem* rootBundle(const OrderItem& item, const Catalog& catalog) const
        {
            const OrderItem* bundle = nullptr;
            const OrderItem* current = &item;
            for (int hops = 0; current && hops <= byId.size(); ++hops) {
                const Product* product = catalog.product(current->product);
                if (product && product->isBundle)
                    bundle = current;
                current = current->parentItem.isEmpty() ? nullptr : byId.value(current->parentItem);
            }
            return bundle;
        }

        // The item's own delivery group, else its nearest ancestor's, else the order's only one.
        const DeliveryGroup* deliveryGroup(const OrderItem& item, const Order& order) const
        {
            const OrderItem* current = &item;
            for (int hops = 0; current && hops <= byId.size(); ++hops) {
                if (!current->deliveryGroup.isEmpty())
                    return order.deliveryGroup(current->deliveryGroup);
                current = current->parentItem.isEmpty() ? nullptr : byId.value(current->parentItem);
            }
            return order.deliveryGroups.size() == 1 ? &order.deliveryGroups.front() : nullptr;
        }
    };

    QString lineIdFor(DecompositionScope scope, const OrderItem& item, const OrderItem* bundle, const Order& order, const QString& product)
    {
        switch (scope) {
        case DecompositionScope::LineItem:
            break;
        case DecompositionScope::Order:
            return QStringLiteral("order.") + product;
        case DecompositionScope::Bundle:
            if (bundle)
                return QStringLiteral("bundle.") + bundle->id + QLatin1Char('.') + product;
            break; // an unbundled item is a bundle of its own
        case DecompositionScope::Account:
            return QStringLiteral("account.") + order.account.id + QLatin1Char('.') + product;
        }
        return item.id + QLatin1Char('.') + product;
    }

    FulfillmentLine makeFulfillmentLine(const DecompositionRule& rule, const DecompositionDestination& destination,
                                        const FieldContext& context, const QString& id, const OrderItem* bundle)
    {
        FulfillmentLine line;
        line.id = id;
        line.product = destination.product;
        line.orderId = context.order->id;
        line.ownerOrder = context.order->id;
        line.sourceItems << context.item->id;
        line.rule = rule.id;
        line.rules << rule.id;
        line.scope = rule.scope;
        line.bundleItem = bundle ? bundle->id : QString();
        line.deliveryGroup = context.deliveryGroup ? context.deliveryGroup->id : QString();
        line.quantity = context.item->quantity;
        for (const auto& mapping : destination.mappings)
            line.attributes.insert(mapping.target,
                                   mapping.sourcePath.isEmpty() ? mapping.constant : resolveField(context, mapping.sourcePath));
        return line;
    }

    // A line of a per-unit destination before it is split: its units per line and the units each
    // source item brought, in order.
    struct UnitSplit {
        int unitsPerLine = 0;
        std::vector<std::pair<QString, int>> sources;
    };

    // The items whose units [first, last] (1-based) fall in.
    QStringList sourcesOfUnits(const UnitSplit& split, int first, int last)
    {
        QStringList items;
        int end = 0;
        for (const auto& [item, units] : split.sources) {
            const int begin = end + 1;
            end += units;
            if (units > 0 && begin <= last && end >= first)
                items << item;
        }
        return items;
    }

    // The lines per-unit destinations made, split into lines of at most unitsPerLine units (ids
    // "<line>.u<n>" per unit, "<line>.b<n>" per batch; attributes unitIndex 1-based and unitCount;
    // sourceItems: the items whose units the line carries). Too many lines leave the line whole and
    // report the problem at its first item's quantity.
    void splitPerUnit(std::vector<FulfillmentLine>& lines, const QHash<QString, UnitSplit>& splits, const Order& order, const QString& file,
                      Problems& problems)
    {
        if (splits.isEmpty())
            return;
        std::vector<FulfillmentLine> result;
        result.reserve(lines.size());
        for (FulfillmentLine& line : lines) {
            const auto split = splits.constFind(line.id);
            const int units = split == splits.cend() ? 0 : split->unitsPerLine;
            const int count = units > 0 && line.quantity > 0 ? (line.quantity + units - 1) / units : 0;
            if (count > DecompositionDestination::maxSplitLines) {
                int item = 0;
                while (item < int(order.items.size()) && order.items[std::size_t(item)].id != line.sourceItems.value(0))
                    ++item;
                problems.push_back({ file, QStringLiteral("/items/%1/quantity").arg(item),
                                     QStringLiteral("rule '%1' would make %2 lines of '%3' (%4 unit(s) a line); at most %5 are allowed")
                                         .arg(line.rule)
                                         .arg(count)
                                         .arg(line.product)
                                         .arg(units)
                                         .arg(DecompositionDestination::maxSplitLines) });
            }
            if (count < 1 || count > DecompositionDestination::maxSplitLines) {
                result.push_back(std::move(line));
                continue;
            }
            const QString suffix = units == 1 ? QStringLiteral(".u%1") : QStringLiteral(".b%1");
            for (int n = 1; n <= count; ++n) {
                FulfillmentLine unit = line;
                const int first = (n - 1) * units + 1;
                unit.id = line.id + suffix.arg(n);
                unit.quantity = std::min(units, line.quantity - first + 1);
                unit.sourceItems = sourcesOfUnits(*split, first, first + unit.quantity - 1);
                unit.attributes.insert(QStringLiteral("unitIndex"), n);
                unit.attributes.insert(QStringLiteral("unitCount"), count);
                result.push_back(std::move(unit));
            }
        }
        lines = std::move(result);
    }

} // namespace

Decomposer::Decomposer(const Catalog& catalog, AccountLineRegistry* accountLines, AssetLookup assets)
    : m_catalog(catalog)
    , m_accountLines(accountLines)
    , m_assets(std::move(assets))
{
}

Decomposition Decomposer::decompose(const Order& order, const QString& file) const
{
    Decomposition result;
    ItemIndex index;
    index.byId.reserve(static_cast<qsizetype>(order.items.size()));
    for (const auto& item : order.items)
        index.byId.insert(item.id, &item);
    QHash<QString, std::size_t> lineIndex;
    QHash<QString, UnitSplit> splits; // the lines of per-unit destinations, split at the end

    for (std::size_t i = 0; i < order.items.size(); ++i) {
        const OrderItem& item = order.items[i];
        const QString productPointer = QStringLiteral("/items/%1/product").arg(i);
        const Product* product = m_catalog.product(item.product);
        if (!product) {
            result.problems.push_back({ file, productPointer, QStringLiteral("unknown product '%1'").arg(item.product) });
            continue;
        }
        if (product->kind == Product::Kind::Fulfillment) {
            result.problems.push_back(
                { file, productPointer,
                  QStringLiteral("'%1' is a fulfillment product; orders contain commercial products").arg(item.product) });
            continue;
        }
        std::optional<AssetItemDelta> delta;
        if (item.actsOnAsset()) {
            const DeliveryGroup* newSite = item.action == QLatin1String("move") ? index.deliveryGroup(item, order) : nullptr;
            delta = assetItemDelta(item, order, newSite, m_assets, file, i, result.problems);
            if (!delta)
                continue;
        }
        const OrderItem* bundle = delta ? nullptr : index.rootBundle(item, m_catalog);
        FieldContext context;
        context.order = &order;
        context.item = delta ? &delta->effective : &item;
        context.parent = index.parentOf(item);
        context.bundle = bundle;
        context.asset = delta ? &delta->asset : nullptr;
        const bool atAssetSite = delta && item.action != QLatin1String("move") && item.deliveryGroup.isEmpty();
        context.deliveryGroup = atAssetSite ? &delta->asset.site : index.deliveryGroup(item, order);

        QStringList notMatched;
        bool matched = false;
        for (const DecompositionRule* rule : m_catalog.rulesFor(item.product)) {
            if (!evaluateCondition(rule->when, context)) {
                notMatched << rule->id;
                continue;
            }
            matched = true;
            for (const auto& destination : rule->destinations) {
                if (delta) { // an asset's lines are its own: never merged with other items' lines
                    addAssetLines(*rule, destination, context, *delta, result.lines);
                    continue;
                }
                // A supplement (more units on started work) continues its item's units: new lines, same numbering.
                const OrderItem* base = destination.unitsPerLine() > 0 ? index.byId.value(item.supplementOf) : nullptr;
                const QString id = lineIdFor(rule->scope, base ? *base : item, bundle, order, destination.product);
                const auto existing = lineIndex.constFind(id);
                if (existing != lineIndex.cend()) {
                    FulfillmentLine& line = result.lines[*existing];
                    if (line.sourceItems.contains(item.id)) {
                        result.problems.push_back({ file, productPointer,
                                                    QStringLiteral("rules '%1' and '%2' both decompose item '%3' into '%4'")
                                                        .arg(line.rules.constLast(), rule->id, item.id, destination.product) });
                        continue;
                    }
                    line.sourceItems << item.id;
                    if (!line.rules.contains(rule->id))
                        line.rules << rule->id;
                    line.quantity += item.quantity;
                    if (const auto split = splits.find(id); split != splits.end())
                        split->sources.emplace_back(item.id, item.quantity);
                    if (line.bundleItem != (bundle ? bundle->id : QString()))
                        line.bundleItem.clear(); // sources from several bundles: the line belongs to none
                    continue;
                }
                FulfillmentLine line = makeFulfillmentLine(*rule, destination, context, id, bundle);
                if (rule->scope == DecompositionScope::Account && m_accountLines) {
                    const QString owner = m_accountLines->ownerOf(order.account.id, line.product);
                    if (owner.isEmpty())
                        m_accountLines->remember(order.account.id, line.product, order.id);
                    else
                        line.ownerOrder = owner;
                }
                if (destination.unitsPerLine() > 0)
                    splits.insert(id, { destination.unitsPerLine(), { { item.id, item.quantity } } });
                lineIndex.insert(id, result.lines.size());
                result.lines.push_back(std::move(line));
            }
        }
        if (!matched && product->requiresFulfillment) {
            const QString why = notMatched.isEmpty()
                ? QStringLiteral("the catalog has no decomposition rule for product '%1'").arg(item.product)
                : QStringLiteral("no decomposition rule matched item '%1' (product '%2'; conditions false in %3)")
                      .arg(item.id, item.product, notMatched.join(QStringLiteral(", ")));
            result.problems.push_back({ file, productPointer, why + QStringLiteral("; the order would stall") });
        }
    }
    splitPerUnit(result.lines, splits, order, file, result.problems);
    return result;
}

void Decomposer::addAssetLines(const DecompositionRule& rule, const DecompositionDestination& destination, const FieldContext& context,
                               const AssetItemDelta& delta, std::vector<FulfillmentLine>& lines) const
{
    const QString id = lineIdFor(DecompositionScope::LineItem, *context.item, nullptr, *context.order, destination.product);
    FulfillmentLine line = makeFulfillmentLine(rule, destination, context, id, nullptr);
    applyAssetDelta(line, delta);
    if (line.action == QLatin1String("move") && movesAsDisconnectAndAdd(line.product, m_catalog)) {
        FieldContext oldSite = context;
        oldSite.deliveryGroup = &delta.asset.site;
        FulfillmentLine old = makeFulfillmentLine(rule, destination, oldSite, id + QStringLiteral(".disconnect"), nullptr);
        applyAssetDelta(old, delta);
        old.action = QStringLiteral("disconnect");
        old.deliveryGroup = delta.asset.site.id;
        line.action = QStringLiteral("add");
        lines.push_back(std::move(old));
    }
    lines.push_back(std::move(line));
}

} // namespace fw
