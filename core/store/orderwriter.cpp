#include "orderwriter.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "domain/catalog.h"
#include "domain/order.h"
#include "domain/plan.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace fw {

namespace {
    const char* const orderRowSql = "INSERT INTO orders (id, catalog_id, catalog_version, account_id, account_name, state, "
                                    "requested_date, ordered_at, document, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)";
    const char* const lineRowSql = "INSERT INTO fulfillment_lines (order_id, id, product, scope, owner_order, account_id, "
                                   "source_items, rules, quantity, attributes, delivery_group) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    const char* const stepRowSql = "INSERT INTO steps (order_id, seq, id, name, type, scope, lane, plan_definition, step_key, "
                                   "lines, depends_on, depth, estimated_seconds, point_of_no_return, state, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)";
    // The same row Journal::record appends.
    const char* const importJournalSql = "INSERT INTO journal (at, order_id, step_id, kind, actor, before_state, after_state, "
                                         "payload, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
} // namespace

OrderWriter::OrderWriter(const QSqlDatabase& database)
    : m_handle(SqliteQuery::handleOf(database))
    , m_order(m_handle, orderRowSql)
    , m_line(m_handle, lineRowSql)
    , m_step(m_handle, stepRowSql)
    , m_journal(m_handle, importJournalSql)
{
}

bool OrderWriter::run(SqliteQuery& query, std::initializer_list<SqlValue> values)
{
    if (query.run(values.begin(), int(values.size())))
        return true;
    m_error = query.error();
    return false;
}

Status OrderWriter::write(const Order& order, const Catalog& catalog, const OrchestrationPlan& plan, const QString& document,
                          const QDateTime& now, const QString& actor)
{
    if (!m_handle)
        return failure(QStringLiteral("the store is not an open SQLite connection"));
    for (const SqliteQuery* query : { &m_order, &m_line, &m_step, &m_journal }) {
        if (!query->isValid())
            return failure(query->error());
    }
    static const QString pending = QStringLiteral("pending");
    static const QString imported = QStringLiteral("order.imported");
    static const QString local = QStringLiteral("local");
    const QString time = toStoreTime(now);
    const auto text = [](const QString& value) { return SqlValue::of(value); };
    if (!run(m_order,
             { text(order.id), text(catalog.id), text(catalog.version), text(order.account.id), text(order.account.name),
               text(order.requestedDate), text(order.orderedAt), text(document), text(time), text(time) }))
        return failure(m_error);
    for (const auto& line : plan.lines) {
        if (!run(m_line,
                 { text(order.id), text(line.id), text(line.product), text(toString(line.scope)), text(line.ownerOrder),
                   text(order.account.id), text(toJsonArrayText(line.sourceItems)), text(toJsonArrayText(line.rules)),
                   SqlValue::of(qint64(line.quantity)), text(QString::fromStdString(variantToJson(line.attributes).dump())),
                   text(line.deliveryGroup.isNull() ? QStringLiteral("") : line.deliveryGroup) }))
            return failure(m_error);
    }
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const PlanStep& step = plan.steps[i];
        QStringList dependsOn;
        for (int dependency : step.dependsOn)
            dependsOn << plan.steps[std::size_t(dependency)].id;
        if (!run(m_step,
                 { text(order.id), SqlValue::of(qint64(i)), text(step.id), text(step.name), text(toString(step.type)),
                   text(toString(step.scope)), text(step.lane), text(step.planDefinition), text(step.stepKey),
                   text(toJsonArrayText(step.lines)), text(toJsonArrayText(dependsOn)), SqlValue::of(qint64(step.depth)),
                   SqlValue::of(step.estimatedSeconds), SqlValue::of(qint64(step.pointOfNoReturn ? 1 : 0)), text(time) }))
            return failure(m_error);
    }
    const auto payload = nlohmann::json { { "catalog", catalog.id.toStdString() },
                                          { "catalogVersion", catalog.version.toStdString() },
                                          { "lines", plan.lines.size() },
                                          { "steps", plan.steps.size() } };
    if (!run(m_journal,
             { text(time), SqlValue::nullable(order.id), SqlValue {}, text(imported), text(actor), SqlValue {}, text(pending),
               text(QString::fromStdString(payload.dump())), text(local) }))
        return failure(m_error, {}, QStringLiteral("cannot append to the journal"));
    return {};
}

} // namespace fw
