// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderwriter.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "domain/catalog.h"
#include "domain/order.h"
#include "domain/plan.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace fw {

// One table's queued rows and its INSERT statements by row count.
struct OrderWriter::Table {
    std::string head; // "INSERT INTO t (a, b) VALUES "
    std::string tuple; // "(?, ?)"
    int columns = 0;
    std::vector<SqlValue> values;
    std::map<int, std::unique_ptr<SqliteQuery>> statements;

    void row(std::initializer_list<SqlValue> row)
    {
        Q_ASSERT(int(row.size()) == columns);
        values.insert(values.end(), row);
    }
};

namespace {
    // Imported orders' tables, in the order they are written; tuples as the single-row INSERTs had them.
    struct TableText {
        const char* head;
        const char* tuple;
        int columns;
    };
    const TableText importTables[] = {
        { "INSERT INTO orders (id, catalog_id, catalog_version, account_id, account_name, state, requested_date, ordered_at, "
          "document, created_at, updated_at) VALUES ",
          "(?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)", 10 },
        { "INSERT INTO fulfillment_lines (order_id, id, product, scope, owner_order, account_id, source_items, rules, quantity, "
          "attributes, delivery_group) VALUES ",
          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 11 },
        // Lines of asset-based items (schema v25): the same row with the action, the asset and the change.
        { "INSERT INTO fulfillment_lines (order_id, id, product, scope, owner_order, account_id, source_items, rules, quantity, "
          "attributes, delivery_group, action, asset_ref, change_kind, quantity_delta, total_quantity, changed_attributes) VALUES ",
          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 17 },
        { "INSERT INTO steps (order_id, seq, id, name, type, scope, lane, plan_definition, step_key, lines, depends_on, depth, "
          "estimated_seconds, point_of_no_return, state, updated_at) VALUES ",
          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)", 15 },
        // The same row Journal::record appends.
        { "INSERT INTO journal (at, order_id, step_id, kind, actor, before_state, after_state, payload, origin) VALUES ",
          "(?, ?, ?, ?, ?, ?, ?, ?, ?)", 9 },
    };
    enum ImportTable { OrdersTable, LinesTable, AssetLinesTable, StepsTable, JournalTable };

    // A JSON array of strings as nlohmann's dump() writes it; plain ids (the usual case) without a
    // JSON document in between.
    QString jsonStrings(const QStringList& list)
    {
        QString text;
        qsizetype size = 2;
        for (const QString& item : list)
            size += item.size() + 3;
        text.reserve(size);
        text += QLatin1Char('[');
        for (const QString& item : list) {
            for (const QChar c : item) {
                if (c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\') || c.unicode() >= 0x7f)
                    return toJsonArrayText(list); // escapes and non-ASCII exactly as dump()
            }
            if (text.size() > 1)
                text += QLatin1Char(',');
            text += QLatin1Char('"');
            text += item;
            text += QLatin1Char('"');
        }
        return text + QLatin1Char(']');
    }
} // namespace

OrderWriter::OrderWriter(const QSqlDatabase& database)
    : m_handle(SqliteQuery::handleOf(database))
{
    for (const TableText& text : importTables) {
        auto table = std::make_unique<Table>();
        table->head = text.head;
        table->tuple = text.tuple;
        table->columns = text.columns;
        m_tables.push_back(std::move(table));
    }
}

OrderWriter::~OrderWriter() = default;

void OrderWriter::add(const Order& order, const Catalog& catalog, const OrchestrationPlan& plan, const QString& document,
                      const QDateTime& now, const QString& actor)
{
    static const QString pending = QStringLiteral("pending");
    static const QString imported = QStringLiteral("order.imported");
    static const QString local = QStringLiteral("local");
    const QString time = toStoreTime(now);
    const auto text = [](const QString& value) { return SqlValue::of(value); };
    m_tables[OrdersTable]->row({ text(order.id), text(catalog.id), text(catalog.version), text(order.account.id), text(order.account.name),
                                 text(order.requestedDate), text(order.orderedAt), text(document), text(time), text(time) });
    // An order with lines of asset-based items writes all its lines with the asset columns, so they
    // keep the plan's order (their rowids) whatever their kind.
    const bool assetLines
        = std::any_of(plan.lines.begin(), plan.lines.end(), [](const FulfillmentLine& l) { return !l.assetRef.isEmpty(); });
    for (const auto& line : plan.lines) {
        const std::initializer_list<SqlValue> common { text(order.id),
                                                       text(line.id),
                                                       text(line.product),
                                                       text(toString(line.scope)),
                                                       text(line.ownerOrder),
                                                       text(order.account.id),
                                                       text(jsonStrings(line.sourceItems)),
                                                       text(jsonStrings(line.rules)),
                                                       SqlValue::of(qint64(line.quantity)),
                                                       text(QString::fromStdString(variantToJson(line.attributes).dump())),
                                                       text(line.deliveryGroup.isNull() ? QStringLiteral("") : line.deliveryGroup) };
        if (!assetLines) {
            m_tables[LinesTable]->row(common);
            continue;
        }
        Table& assetLines = *m_tables[AssetLinesTable];
        assetLines.values.insert(assetLines.values.end(), common);
        assetLines.values.insert(assetLines.values.end(),
                                 { text(line.action), text(line.assetRef), SqlValue::nullable(line.changeKind),
                                   SqlValue::of(qint64(line.quantityDelta)), SqlValue::of(qint64(line.totalQuantity)),
                                   text(jsonStrings(line.changedAttributes)) });
    }
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const PlanStep& step = plan.steps[i];
        QStringList dependsOn;
        for (int dependency : step.dependsOn)
            dependsOn << plan.steps[std::size_t(dependency)].id;
        m_tables[StepsTable]->row({ text(order.id), SqlValue::of(qint64(i)), text(step.id), text(step.name), text(toString(step.type)),
                                    text(toString(step.scope)), text(step.lane), text(step.planDefinition), text(step.stepKey),
                                    text(jsonStrings(step.lines)), text(jsonStrings(dependsOn)), SqlValue::of(qint64(step.depth)),
                                    SqlValue::of(step.estimatedSeconds), SqlValue::of(qint64(step.pointOfNoReturn ? 1 : 0)), text(time) });
    }
    const auto payload = nlohmann::json { { "catalog", catalog.id.toStdString() },
                                          { "catalogVersion", catalog.version.toStdString() },
                                          { "lines", plan.lines.size() },
                                          { "steps", plan.steps.size() } };
    m_tables[JournalTable]->row({ text(time), SqlValue::nullable(order.id), SqlValue {}, text(imported), text(actor), SqlValue {},
                                  text(pending), text(QString::fromStdString(payload.dump())), text(local) });
}

Status OrderWriter::flush(Table& table)
{
    const int rows = int(table.values.size()) / table.columns;
    Status status;
    for (int first = 0; first < rows && status; first += rowsPerInsert) {
        const int count = std::min(rowsPerInsert, rows - first);
        std::unique_ptr<SqliteQuery>& statement = table.statements[count];
        if (!statement) {
            std::string sql = table.head;
            for (int i = 0; i < count; ++i)
                sql += (i == 0 ? "" : ", ") + table.tuple;
            statement = std::make_unique<SqliteQuery>(m_handle, sql);
        }
        if (!statement->isValid()
            || !statement->run(table.values.data() + std::size_t(first) * std::size_t(table.columns), count * table.columns))
            status = failure(statement->error());
    }
    table.values.clear();
    return status;
}

Status OrderWriter::flush()
{
    Status status = m_handle ? Status() : failure(QStringLiteral("the store is not an open SQLite connection"));
    for (const auto& table : m_tables) {
        if (status)
            status = flush(*table);
        table->values.clear();
    }
    return status;
}

} // namespace fw
