// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ordersummaryreader.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "domain/catalog.h"
#include "store/ordersummaryrows.h"
#include "store/storedcatalogs.h"
#include "store/storedjson.h"

#include <QHash>
#include <QSet>

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    struct StoredLine {
        QString id;
        QStringList sourceItems;
        QString group;
        bool removed = false;
    };

    struct StoredStep {
        QString lane;
        QString type;
        QString scope;
        QString state;
        QStringList lines;
        bool billing = false;
        bool done() const { return state == QLatin1String("completed") || state == QLatin1String("skipped"); }
        bool started() const { return state != QLatin1String("pending") && state != QLatin1String("ready"); }
    };

    nlohmann::json parse(const QString& text)
    {
        return parseStoredJson(text); // a damaged document reads as none
    }

    // The document's items by reference (json::value() would copy them).
    const nlohmann::json& itemsOf(const nlohmann::json& document)
    {
        static const nlohmann::json none = nlohmann::json::array();
        const auto it = document.is_object() ? document.find("items") : document.end();
        return document.is_object() && it != document.end() && it->is_array() ? *it : none;
    }

    QString str(const nlohmann::json& object, const char* key)
    {
        return storedString(object, key);
    }

    int quantity(const nlohmann::json& item)
    {
        const auto it = item.is_object() ? item.find("quantity") : item.end();
        return item.is_object() && it != item.end() && it->is_number_integer() ? int(it->get<qint64>()) : 1;
    }

    // Whether a line comes from the item: the item itself or one of its supplements ("<item>+<change>").
    bool fromItem(const StoredLine& line, const QString& item)
    {
        return std::any_of(line.sourceItems.begin(), line.sourceItems.end(),
                           [&](const QString& s) { return s == item || s.startsWith(item + QLatin1Char('+')); });
    }

    // pending, active, delivered or billed, from the live steps on the lines.
    QString progress(const std::vector<const StoredStep*>& steps)
    {
        if (steps.empty() || std::none_of(steps.begin(), steps.end(), [](const StoredStep* s) { return s->started(); }))
            return QStringLiteral("pending");
        const bool delivered = std::all_of(steps.begin(), steps.end(), [](const StoredStep* s) { return s->billing || s->done(); });
        if (!delivered)
            return QStringLiteral("active");
        const bool billed = std::all_of(steps.begin(), steps.end(), [](const StoredStep* s) { return s->done(); })
            && std::any_of(steps.begin(), steps.end(), [](const StoredStep* s) { return s->billing; });
        return billed ? QStringLiteral("billed") : QStringLiteral("delivered");
    }

    class SummaryReader {
    public:
        explicit SummaryReader(OrderSummaryReport& report)
            : m_report(report)
        {
        }

        void read(const QString& orderId, const OrderSummaryRows& rows)
        {
            m_report.orderId = orderId;
            m_report.account = rows.account;
            m_report.state = rows.state;
            m_report.revision = rows.revision;
            m_report.cancelled = rows.cancelRequested || m_report.state == QLatin1String("cancelled");
            m_original = parse(rows.document);
            m_current = parse(rows.currentDocument);
            for (const SummaryLineRow& line : rows.lines)
                m_lines.push_back({ line.id, line.sourceItems, line.group, line.removed });
            for (const SummaryStepRow& step : rows.steps)
                m_steps.push_back({ step.lane, step.type, step.scope, step.state, step.lines,
                                    step.lane.contains(QLatin1String("billing"), Qt::CaseInsensitive) });
            for (const SummaryChangeRow& change : rows.changes) {
                if (change.record.state == QLatin1String("applied")) {
                    const nlohmann::json preview = parse(change.preview);
                    for (const auto& item : itemsOf(preview))
                        m_changedBy[str(item, "item")].push_back({ change.record.id, str(item, "action") });
                }
                m_report.changeOrders.push_back(change.record);
            }
        }

        std::vector<const StoredStep*> stepsOn(const std::function<bool(const StoredLine&)>& which) const
        {
            QSet<QString> lines;
            for (const StoredLine& line : m_lines) {
                if (!line.removed && which(line))
                    lines.insert(line.id);
            }
            std::vector<const StoredStep*> steps;
            for (const StoredStep& step : m_steps) {
                if (std::any_of(step.lines.begin(), step.lines.end(), [&](const QString& l) { return lines.contains(l); }))
                    steps.push_back(&step);
            }
            return steps;
        }

        // The change orders that touched an item: its own actions, and the removal of an ancestor.
        QStringList changedBy(const QString& id) const
        {
            QStringList ids;
            for (const auto& [change, action] : m_changedBy.value(id))
                ids << change;
            for (QString up = m_parent.value(id); !up.isEmpty(); up = m_parent.value(up)) {
                for (const auto& [change, action] : m_changedBy.value(up)) {
                    if (action == QLatin1String("remove") && !ids.contains(change))
                        ids << change;
                }
            }
            return ids;
        }

        // A bundle without lines of its own stands as its components do.
        void rollUpBundles()
        {
            for (ItemPosition& parent : m_report.items) {
                if (!m_withoutSteps.contains(parent.item) || parent.status == QLatin1String("cancelled"))
                    continue;
                QSet<QString> statuses;
                for (const ItemPosition& child : m_report.items) {
                    if (child.parentItem == parent.item)
                        statuses.insert(child.status);
                }
                statuses.remove(QStringLiteral("cancelled"));
                if (statuses.isEmpty())
                    continue;
                for (const char* status : { "active", "pending", "delivered", "billed" }) { // the least advanced wins
                    if (statuses.contains(QLatin1String(status))) {
                        parent.status = QLatin1String(status);
                        break;
                    }
                }
                if (statuses.contains(QStringLiteral("pending")) && statuses.size() > 1)
                    parent.status = QStringLiteral("active");
            }
        }

        void items()
        {
            for (const nlohmann::json* document : { &m_original, &m_current }) {
                for (const auto& item : itemsOf(*document)) {
                    if (!str(item, "parentItem").isEmpty())
                        m_parent.insert(str(item, "id"), str(item, "parentItem"));
                    if (!str(item, "deliveryGroup").isEmpty())
                        m_groupOf.insert(str(item, "id"), str(item, "deliveryGroup"));
                }
            }
            QHash<QString, const nlohmann::json*> current;
            QStringList order;
            for (const auto& item : itemsOf(m_current)) {
                if (str(item, "supplementOf").isEmpty()) {
                    current.insert(str(item, "id"), &item);
                }
            }
            for (const auto& item : itemsOf(m_original))
                addItem(str(item, "id"), &item, current.value(str(item, "id")));
            for (const auto& item : itemsOf(m_current)) {
                const QString id = str(item, "id");
                if (str(item, "supplementOf").isEmpty() && !m_seen.contains(id))
                    addItem(id, nullptr, &item);
            }
        }

        void addItem(const QString& id, const nlohmann::json* original, const nlohmann::json* now)
        {
            m_seen.insert(id);
            const nlohmann::json& any = now ? *now : *original;
            ItemPosition position;
            position.item = id;
            position.product = str(any, "product");
            position.parentItem = str(any, "parentItem");
            position.deliveryGroup = str(any, "deliveryGroup");
            for (QString up = m_parent.value(id); position.deliveryGroup.isEmpty() && !up.isEmpty(); up = m_parent.value(up))
                position.deliveryGroup = m_groupOf.value(up); // components ship with their bundle
            position.quantityOrdered = original ? quantity(*original) : 0;
            if (now && !m_report.cancelled) {
                position.quantityNow = quantity(*now);
                for (const auto& item : itemsOf(m_current)) {
                    if (str(item, "supplementOf") == id)
                        position.quantityNow += quantity(item);
                }
            }
            if (now && !m_report.cancelled)
                countParts(position, id, *now);
            position.changedBy = changedBy(id);
            for (const StoredLine& line : m_lines) {
                if (fromItem(line, id))
                    position.lines << line.id;
            }
            const auto steps = stepsOn([&](const StoredLine& l) { return fromItem(l, id); });
            position.status = !now || m_report.cancelled ? QStringLiteral("cancelled") : progress(steps);
            const bool partly = position.quantityDelivered > 0 && position.quantityDelivered < position.quantityNow;
            if (partly && (position.status == QLatin1String("delivered") || position.status == QLatin1String("billed")))
                position.status = QStringLiteral("active"); // units added later are not delivered yet
            if (steps.empty())
                m_withoutSteps.insert(id);
            m_report.items.push_back(std::move(position));
        }

        // The item itself and each of its supplements (quantity increases on started work) run on
        // lines of their own: a part counts as delivered when its lines' non-billing steps are done,
        // as pending while none of them started. A part without steps goes as the item does.
        void countParts(ItemPosition& position, const QString& id, const nlohmann::json& now)
        {
            std::vector<std::pair<QString, int>> parts { { id, quantity(now) } };
            for (const auto& item : itemsOf(m_current)) {
                if (str(item, "supplementOf") == id)
                    parts.emplace_back(str(item, "id"), quantity(item));
            }
            const QString whole = progress(stepsOn([&](const StoredLine& l) { return fromItem(l, id); }));
            for (const auto& [part, count] : parts) {
                const auto steps = stepsOn([&](const StoredLine& l) { return l.sourceItems.contains(part); });
                // A supplement without steps of its own has nothing delivered yet (its lines not planned,
                // or planned into no step); the item itself without steps (a bundle) goes as a whole.
                const QString state = !steps.empty() ? progress(steps) : part == id ? whole : QStringLiteral("pending");
                if (state == QLatin1String("delivered") || state == QLatin1String("billed"))
                    position.quantityDelivered += count;
                else if (state == QLatin1String("pending"))
                    position.quantityPending += count;
            }
        }

        void splits()
        {
            // A damaged stored document is read as far as it goes, never with an exception.
            const auto groups = m_current.is_object() && m_current.contains("deliveryGroups") && m_current["deliveryGroups"].is_array()
                ? m_current["deliveryGroups"]
                : nlohmann::json::array();
            for (const auto& group : groups) {
                SplitPath path;
                path.group = str(group, "id");
                QStringList address;
                for (const char* key : { "line1", "line2", "postalCode", "city", "region", "country" }) {
                    const QString part = group.is_object() && group.contains("address") ? str(group["address"], key) : QString();
                    if (!part.isEmpty())
                        address << part;
                }
                path.address = address.join(QStringLiteral(", "));
                path.requestedDate = str(group, "requestedDate");
                for (const ItemPosition& item : m_report.items) {
                    if (item.deliveryGroup == path.group || (item.deliveryGroup.isEmpty() && groups.size() == 1))
                        path.items << item.item;
                }
                if (path.items.isEmpty())
                    continue;
                const auto steps = stepsOn([&](const StoredLine& l) {
                    return l.group == path.group
                        || (l.group.isEmpty()
                            && std::any_of(path.items.begin(), path.items.end(), [&](const QString& i) { return fromItem(l, i); }));
                });
                path.steps = int(steps.size());
                path.stepsDone = int(std::count_if(steps.begin(), steps.end(), [](const StoredStep* s) { return s->done(); }));
                const bool allCancelled = std::all_of(m_report.items.begin(), m_report.items.end(), [&](const ItemPosition& i) {
                    return !path.items.contains(i.item) || i.status == QLatin1String("cancelled");
                });
                path.status = allCancelled ? QStringLiteral("cancelled") : progress(steps);
                if (path.status == QLatin1String("billed"))
                    path.status = QStringLiteral("delivered");
                m_report.splits.push_back(std::move(path));
            }
        }

        // The consolidated billing milestone: a plan-scope billing milestone (it waits for every path).
        void billing()
        {
            for (const StoredStep& step : m_steps) {
                if (!step.billing || step.type != QLatin1String("milestone") || step.scope != QLatin1String("plan"))
                    continue;
                QSet<QString> groups;
                for (const StoredLine& line : m_lines) {
                    if (step.lines.contains(line.id) && !line.removed)
                        groups.insert(line.group);
                }
                if (groups.isEmpty())
                    continue;
                const QString paths = groups.size() == 1 ? QStringLiteral("path") : QStringLiteral("paths");
                if (step.done()) {
                    m_report.billing = QStringLiteral("released: %1 delivery %2 delivered").arg(groups.size()).arg(paths);
                } else {
                    const int delivered = int(std::count_if(m_report.splits.begin(), m_report.splits.end(),
                                                            [](const SplitPath& p) { return p.status == QLatin1String("delivered"); }));
                    m_report.billing
                        = QStringLiteral("waiting: %1 of %2 delivery %3 delivered").arg(delivered).arg(groups.size()).arg(paths);
                }
                return;
            }
        }

    private:
        OrderSummaryReport& m_report;
        nlohmann::json m_original;
        nlohmann::json m_current;
        std::vector<StoredLine> m_lines;
        std::vector<StoredStep> m_steps;
        QHash<QString, std::vector<std::pair<QString, QString>>> m_changedBy; // item -> (change order, action)
        QHash<QString, QString> m_parent; // item -> its parent item, in the original or the amended order
        QHash<QString, QString> m_groupOf; // item -> the delivery group it names itself
        QSet<QString> m_seen;
        QSet<QString> m_withoutSteps; // items none of whose lines has a step (bundles)
    };

} // namespace

void describeCatalogProducts(OrderSummaryReport& report, const Catalog& catalog)
{
    static const char* const types[] = { "string", "integer", "number", "boolean", "date", "enum" };
    report.products.clear();
    for (const Product& product : catalog.products) {
        if (product.kind != Product::Kind::Commercial)
            continue;
        CatalogProductInfo info;
        info.id = product.id;
        info.name = product.name;
        info.isBundle = product.isBundle || !product.components.empty();
        for (const BundleComponent& component : product.components)
            info.components << component.product;
        for (const AttributeDefinition& a : product.attributes)
            info.attributes.push_back({ a.name, QLatin1String(types[int(a.type)]), a.required, a.values,
                                        a.defaultValue.isValid() ? a.defaultValue.toString() : QString() });
        report.products.push_back(std::move(info));
    }
    for (ItemPosition& item : report.items) {
        if (const Product* product = catalog.product(item.product))
            item.productName = product->name;
    }
}

OrderSummaryReport summarizeOrder(const QString& orderId, const OrderSummaryRows& rows)
{
    OrderSummaryReport report;
    SummaryReader reader(report);
    reader.read(orderId, rows);
    reader.items();
    reader.rollUpBundles();
    reader.splits();
    reader.billing();
    report.catalog = rows.catalogId;
    return report;
}

Result<OrderSummaryReport> readOrderSummaryReport(const QSqlDatabase& database, const QString& orderId, const Catalog* catalog)
{
    const auto rows = readOrderSummaryRows(database, orderId);
    if (!rows)
        return rows.error();
    if (!*rows)
        return failure(QStringLiteral("unknown order '%1'").arg(orderId));
    OrderSummaryReport report = summarizeOrder(orderId, **rows);
    if (catalog) {
        describeCatalogProducts(report, *catalog);
    } else if (!report.catalog.isEmpty()) {
        if (const CatalogLoad stored = StoredCatalogs::load(database, report.catalog); stored.ok())
            describeCatalogProducts(report, *stored.catalog);
    }
    return report;
}

} // namespace fw
