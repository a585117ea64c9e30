#include "ordersummaryreader.h"

#include "common/clock.h"
#include "common/jsonvariant.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

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
        return nlohmann::json::parse(text.toStdString(), nullptr, false);
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
        return object.is_object() && object.contains(key) && object[key].is_string() ? toQString(object[key].get<std::string>())
                                                                                     : QString();
    }

    int quantity(const nlohmann::json& item)
    {
        return item.is_object() && item.contains("quantity") && item["quantity"].is_number_integer() ? item["quantity"].get<int>() : 1;
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
        SummaryReader(const QSqlDatabase& db, OrderSummaryReport& report)
            : m_db(db)
            , m_report(report)
        {
        }

        bool readOrder(const QString& orderId, QString& error)
        {
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("SELECT account_name, state, revision, cancel_requested, document, "
                                         "COALESCE(current_document, document) FROM orders WHERE id = ?"));
            query.addBindValue(orderId);
            if (!query.exec() || !query.next()) {
                error = QStringLiteral("unknown order '%1'").arg(orderId);
                return false;
            }
            m_report.orderId = orderId;
            m_report.account = query.value(0).toString();
            m_report.state = query.value(1).toString();
            m_report.revision = query.value(2).toInt();
            m_report.cancelled = query.value(3).toBool() || m_report.state == QLatin1String("cancelled");
            m_original = parse(query.value(4).toString());
            m_current = parse(query.value(5).toString());
            return true;
        }

        void readLinesAndSteps()
        {
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral(
                "SELECT id, source_items, delivery_group, removed_by FROM fulfillment_lines WHERE order_id = ? ORDER BY rowid"));
            query.addBindValue(m_report.orderId);
            query.exec();
            while (query.next())
                m_lines.push_back({ query.value(0).toString(), fromJsonArrayText(query.value(1).toString()), query.value(2).toString(),
                                    !query.value(3).toString().isEmpty() });
            query.prepare(QStringLiteral("SELECT lane, type, state, lines, scope FROM steps WHERE order_id = ? AND state <> 'cancelled' "
                                         "AND compensates = '' ORDER BY seq"));
            query.addBindValue(m_report.orderId);
            query.exec();
            while (query.next()) {
                const QString lane = query.value(0).toString();
                m_steps.push_back({ lane, query.value(1).toString(), query.value(4).toString(), query.value(2).toString(),
                                    fromJsonArrayText(query.value(3).toString()),
                                    lane.contains(QLatin1String("billing"), Qt::CaseInsensitive) });
            }
        }

        void readChangeOrders()
        {
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("SELECT id, revision, state, requested_by, reason, submitted_by, submitted_at, applied_at, "
                                         "outcome, preview FROM change_orders WHERE order_id = ? ORDER BY submitted_at, revision"));
            query.addBindValue(m_report.orderId);
            query.exec();
            while (query.next()) {
                ChangeOrderRecord record { query.value(0).toString(),
                                           query.value(1).toInt(),
                                           query.value(2).toString(),
                                           query.value(3).toString(),
                                           query.value(4).toString(),
                                           query.value(5).toString(),
                                           fromStoreTimeText(query.value(6).toString()),
                                           fromStoreTimeText(query.value(7).toString()),
                                           query.value(8).toString() };
                if (record.state == QLatin1String("applied")) {
                    for (const auto& item : parse(query.value(9).toString()).value("items", nlohmann::json::array()))
                        m_changedBy[str(item, "item")].push_back({ record.id, str(item, "action") });
                }
                m_report.changeOrders.push_back(std::move(record));
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
            position.changedBy = changedBy(id);
            for (const StoredLine& line : m_lines) {
                if (fromItem(line, id))
                    position.lines << line.id;
            }
            const auto steps = stepsOn([&](const StoredLine& l) { return fromItem(l, id); });
            position.status = !now || m_report.cancelled ? QStringLiteral("cancelled") : progress(steps);
            if (steps.empty())
                m_withoutSteps.insert(id);
            m_report.items.push_back(std::move(position));
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
        const QSqlDatabase& m_db;
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

std::optional<OrderSummaryReport> readOrderSummaryReport(const QSqlDatabase& database, const QString& orderId, QString& error)
{
    OrderSummaryReport report;
    SummaryReader reader(database, report);
    if (!reader.readOrder(orderId, error))
        return std::nullopt;
    reader.readLinesAndSteps();
    reader.readChangeOrders();
    reader.items();
    reader.rollUpBundles();
    reader.splits();
    reader.billing();
    return report;
}

} // namespace fw
