// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changewriter.h"

#include "change/changepreviewjson.h"
#include "common/clock.h"
#include "common/jsonvariant.h"
#include "journal.h"
#include "queryerror.h"
#include "textcolumn.h"
#include "transactionguard.h"

#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    // Runs one prepared statement with its values; the database's reason on failure.
    Status run(QSqlDatabase& db, const QString& sql, const QVariantList& values)
    {
        QSqlQuery query(db);
        return runQuery(query, sql, values);
    }

    // NULL for an empty text (a line that acts on no asset has no asset_ref).
    QVariant nullableText(const QString& value)
    {
        return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
    }

    QString payload(std::initializer_list<std::pair<const char*, QString>> fields)
    {
        nlohmann::json json = nlohmann::json::object();
        for (const auto& [key, value] : fields) {
            if (!value.isEmpty())
                json[key] = value.toStdString();
        }
        return QString::fromStdString(json.dump());
    }

    class Apply {
    public:
        Apply(QSqlDatabase& db, const OrderRuntime& current, const PreparedChange& prepared, const ChangeOrder& change,
              const QString& actor, const QDateTime& now)
            : m_db(db)
            , m_current(current)
            , m_prepared(prepared)
            , m_change(change)
            , m_actor(actor)
            , m_now(now)
            , m_time(toStoreTime(now))
        {
        }

        Status order()
        {
            const int revision = m_prepared.preview.revision;
            const QVariant document = m_prepared.amended.order ? QVariant(QString::fromStdString(m_prepared.amended.document.dump()))
                                                               : QVariant(QMetaType(QMetaType::QString));
            return run(m_db,
                       QStringLiteral("UPDATE orders SET revision = ?, current_document = COALESCE(?, current_document), "
                                      "cancel_requested = MAX(cancel_requested, ?), updated_at = ? WHERE id = ?"),
                       { revision, document, m_prepared.preview.cancelsOrder ? 1 : 0, m_time, m_current.orderId });
        }

        Status lines()
        {
            const int revision = m_prepared.preview.revision;
            for (const ReconciledLine& reconciled : m_prepared.reconciliation.lines) {
                const FulfillmentLine& line = reconciled.line;
                const QString& change = reconciled.change.change;
                Status written;
                if (reconciled.earlier || change == QLatin1String("kept"))
                    continue;
                if (change == QLatin1String("removed")) {
                    written = run(m_db,
                                  QStringLiteral("UPDATE fulfillment_lines SET removed_by = ?, revision = ? WHERE order_id = ? AND id = ?"),
                                  { m_change.id, revision, m_current.orderId, line.id });
                } else if (change == QLatin1String("amended")) {
                    written = run(
                        m_db,
                        QStringLiteral("UPDATE fulfillment_lines SET quantity = ?, attributes = ?, source_items = ?, "
                                       "delivery_group = ?, revision = ?, action = ?, asset_ref = ?, change_kind = ?, "
                                       "quantity_delta = ?, total_quantity = ?, changed_attributes = ? WHERE order_id = ? AND id = ?"),
                        { line.quantity, QString::fromStdString(variantToJson(line.attributes).dump()), toJsonArrayText(line.sourceItems),
                          textColumn(line.deliveryGroup), revision, line.action, nullableText(line.assetRef), nullableText(line.changeKind),
                          line.quantityDelta, line.totalQuantity, toJsonArrayText(line.changedAttributes), m_current.orderId, line.id });
                } else {
                    written
                        = run(m_db,
                              QStringLiteral("INSERT INTO fulfillment_lines (order_id, id, product, scope, owner_order, account_id, "
                                             "source_items, rules, quantity, attributes, delivery_group, revision, action, asset_ref, "
                                             "change_kind, quantity_delta, total_quantity, changed_attributes) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              { m_current.orderId, line.id, line.product, toString(line.scope), line.ownerOrder, m_current.order.account.id,
                                toJsonArrayText(line.sourceItems), toJsonArrayText(line.rules), line.quantity,
                                QString::fromStdString(variantToJson(line.attributes).dump()), textColumn(line.deliveryGroup), revision,
                                line.action, nullableText(line.assetRef), nullableText(line.changeKind), line.quantityDelta,
                                line.totalQuantity, toJsonArrayText(line.changedAttributes) });
                }
                if (!written)
                    return failure(written.message(), QStringLiteral("line ") + line.id);
            }
            return {};
        }

        Status steps()
        {
            QSqlQuery seq(m_db);
            seq.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), -1) FROM steps WHERE order_id = ?"));
            seq.addBindValue(m_current.orderId);
            if (!seq.exec() || !seq.next())
                return failure(seq.lastError().text());
            qint64 next = seq.value(0).toLongLong() + 1;
            for (const ReconciledStep& step : m_prepared.reconciliation.steps) {
                const Status written = step.current >= 0 ? updateStep(step) : insertStep(step, next++);
                if (!written)
                    return failure(written.message(), QStringLiteral("step ") + step.change.id);
            }
            return {};
        }

        Status journal()
        {
            const ChangePreview& preview = m_prepared.preview;
            nlohmann::json summary = changePreviewToJson(preview);
            summary.erase("steps"); // the step entries below tell each; the change order's row keeps the whole preview
            summary["requestedBy"] = m_change.requestedBy.toStdString();
            summary["reason"] = m_change.reason.toStdString();
            return Journal::record(m_db,
                                   { 0,
                                     m_now,
                                     m_current.orderId,
                                     {},
                                     QStringLiteral("change.applied"),
                                     m_actor,
                                     QString::number(preview.revision - 1),
                                     QString::number(preview.revision),
                                     QString::fromStdString(summary.dump()) });
        }

    private:
        Status updateStep(const ReconciledStep& step)
        {
            const StepChange& c = step.change;
            const StepState before = m_current.execution->state(step.current);
            QStringList oldDependencies;
            for (int d : m_current.execution->dependencies(step.current))
                oldDependencies << m_current.steps[std::size_t(d)].id;
            const bool rewired = c.dependsOn != oldDependencies;
            if (c.kind == StepChangeKind::Kept && !rewired)
                return {};
            const QString change = c.kind == StepChangeKind::Kept ? QString(QLatin1String("")) : toString(c.kind);
            if (Status done
                = run(m_db,
                      QStringLiteral("UPDATE steps SET state = ?, lines = ?, depends_on = ?, depth = ?, revision = ?, "
                                     "change = CASE WHEN ? = '' THEN change ELSE ? END, "
                                     "change_reason = CASE WHEN ? = '' THEN change_reason ELSE ? END, "
                                     "updated_at = ? WHERE order_id = ? AND id = ?"),
                      { toString(step.stateAfter), toJsonArrayText(c.lines), toJsonArrayText(c.dependsOn), c.depth,
                        m_prepared.preview.revision, change, change, change, textColumn(c.reason), m_time, m_current.orderId, c.id });
                !done)
                return done;
            if (step.stateAfter == StepState::Cancelled && before != StepState::Cancelled) {
                // A discarded step's task and fallout case go with it.
                if (Status done
                    = run(m_db,
                          QStringLiteral("UPDATE tasks SET state = 'cancelled', updated_at = ? WHERE order_id = ? AND step_id = ? "
                                         "AND state IN ('open', 'claimed')"),
                          { m_time, m_current.orderId, c.id });
                    !done)
                    return done;
                if (Status done
                    = run(m_db,
                          QStringLiteral("UPDATE fallout_cases SET state = 'resolved', resolution = ?, resolved_at = ? "
                                         "WHERE order_id = ? AND step_id = ? AND state = 'open'"),
                          { QStringLiteral("step discarded by change order %1").arg(m_change.id), m_time, m_current.orderId, c.id });
                    !done)
                    return done;
            }
            if (before != step.stateAfter)
                return Journal::record(m_db,
                                       { 0, m_now, m_current.orderId, c.id, QStringLiteral("step.state"), m_actor, toString(before),
                                         toString(step.stateAfter), payload({ { "change", m_change.id }, { "reason", c.reason } }) });
            if (c.kind == StepChangeKind::Amended)
                return Journal::record(m_db,
                                       { 0,
                                         m_now,
                                         m_current.orderId,
                                         c.id,
                                         QStringLiteral("step.amended"),
                                         m_actor,
                                         {},
                                         {},
                                         payload({ { "change", m_change.id }, { "reason", c.reason } }) });
            return {};
        }

        Status insertStep(const ReconciledStep& step, qint64 seq)
        {
            const StepChange& c = step.change;
            if (Status done
                = run(m_db,
                      QStringLiteral("INSERT INTO steps (order_id, seq, id, name, type, scope, lane, plan_definition, step_key, "
                                     "lines, depends_on, depth, estimated_seconds, point_of_no_return, state, updated_at, "
                                     "revision, change, change_reason, compensates) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)"),
                      { m_current.orderId, seq, c.id, c.name, c.type, c.scope, c.lane, c.planDefinition, c.stepKey,
                        toJsonArrayText(c.lines), toJsonArrayText(c.dependsOn), c.depth, c.estimatedSeconds, c.pointOfNoReturn ? 1 : 0,
                        m_time, m_prepared.preview.revision, toString(c.kind), textColumn(c.reason), textColumn(c.compensates) });
                !done)
                return done;
            return Journal::record(m_db,
                                   { 0,
                                     m_now,
                                     m_current.orderId,
                                     c.id,
                                     QStringLiteral("step.added"),
                                     m_actor,
                                     {},
                                     QStringLiteral("pending"),
                                     payload({ { "change", m_change.id },
                                               { "kind", toString(c.kind) },
                                               { "reason", c.reason },
                                               { "compensates", c.compensates } }) });
        }

        QSqlDatabase& m_db;
        const OrderRuntime& m_current;
        const PreparedChange& m_prepared;
        const ChangeOrder& m_change;
        const QString& m_actor;
        const QDateTime m_now;
        const QString m_time;
    };

    Status upsertChangeOrder(QSqlDatabase& db, const ChangeOrder& change, const ChangePreview& preview, const QString& state,
                             const QString& document, const QString& actor, const QDateTime& now)
    {
        const QString time = toStoreTime(now);
        const QVariant applied = state == QLatin1String("applied") ? QVariant(time) : QVariant(QMetaType(QMetaType::QString));
        return run(db,
                   QStringLiteral("INSERT INTO change_orders (order_id, id, revision, state, document, requested_by, reason, "
                                  "submitted_by, submitted_at, applied_at, outcome, preview) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT (order_id, id) DO UPDATE SET revision = excluded.revision, state = excluded.state, "
                                  "applied_at = excluded.applied_at, outcome = excluded.outcome, preview = excluded.preview"),
                   { change.order, change.id, preview.revision, state, document, textColumn(change.requestedBy), textColumn(change.reason),
                     actor, time, applied, changeOutcome(preview), QString::fromStdString(changePreviewToJson(preview).dump()) });
    }

} // namespace

Status ChangeWriter::apply(QSqlDatabase& database, const OrderRuntime& current, const PreparedChange& prepared, const ChangeOrder& change,
                           const QString& document, const QString& actor, const QDateTime& now)
{
    const QString what = QStringLiteral("change order %1 not applied, nothing written").arg(change.id);
    TransactionGuard transaction(database);
    if (!transaction.isActive())
        return failure(database.lastError().text(), {}, what);
    Apply apply(database, current, prepared, change, actor, now);
    Status written = upsertChangeOrder(database, change, prepared.preview, QStringLiteral("applied"), document, actor, now);
    if (written)
        written = apply.order();
    if (written)
        written = apply.journal();
    if (written)
        written = apply.lines();
    if (written)
        written = apply.steps();
    if (!written)
        return failure(written.message(), {}, what);
    if (!transaction.commit())
        return failure(database.lastError().text(), {}, what);
    return {};
}

Status ChangeWriter::record(QSqlDatabase& database, const ChangeOrder& change, const ChangePreview& preview, const QString& state,
                            const QString& document, const QString& actor, const QDateTime& now)
{
    const QString what = QStringLiteral("change order %1 not recorded").arg(change.id);
    TransactionGuard transaction(database);
    if (!transaction.isActive())
        return failure(database.lastError().text(), {}, what);
    Status written = upsertChangeOrder(database, change, preview, state, document, actor, now);
    if (written) {
        nlohmann::json summary { { "change", change.id.toStdString() }, { "outcome", changeOutcome(preview).toStdString() } };
        if (!preview.inFlight.isEmpty())
            summary["waitingFor"] = changePreviewToJson(preview)["inFlight"];
        written = Journal::record(
            database,
            { 0, now, change.order, {}, QStringLiteral("change.") + state, actor, {}, {}, QString::fromStdString(summary.dump()) });
    }
    if (!written)
        return failure(written.message(), {}, what);
    if (!transaction.commit())
        return failure(database.lastError().text(), {}, what);
    return {};
}

} // namespace fw
