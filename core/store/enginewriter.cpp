#include "enginewriter.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "transactionguard.h"

#include <QSqlError>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    const char* const statementTexts[] = {
        "UPDATE steps SET state = ?, attempts = ?, first_attempt_at = ?, next_attempt_at = ?, completed_at = ?, "
        "last_error = ?, updated_at = ?, attempt_series = ?, payload_override = ? WHERE order_id = ? AND id = ?",
        "INSERT INTO journal (at, order_id, step_id, kind, actor, before_state, after_state, payload, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "UPDATE fulfillment_lines SET fields = ? WHERE order_id = ? AND id = ?",
        "UPDATE orders SET state = ?, updated_at = ? WHERE id = ?",
        "INSERT INTO tasks (order_id, step_id, queue, state, created_at, updated_at) VALUES (?, ?, ?, 'open', ?, ?)",
        "UPDATE tasks SET state = ?, claimed_by = ?, data = ?, comment = ?, updated_at = ? WHERE id = ?",
        "INSERT OR IGNORE INTO signals (order_id, name, received_at) VALUES (?, ?, ?)",
        "INSERT INTO fallout_cases (order_id, step_id, queue, state, classification, error, attempts, rule, opened_at, "
        "request, response) VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?)",
        "UPDATE orders SET on_hold = ?, updated_at = ? WHERE id = ?",
        "UPDATE fallout_cases SET state = 'resolved', resolution = ?, resolved_at = ? WHERE id = ?",
        "INSERT OR REPLACE INTO attempts (order_id, step_id, series, attempt, idempotency_key, started_at, request) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        "UPDATE attempts SET finished_at = ?, http_status = ?, outcome = ?, response = ?, error = ? "
        "WHERE order_id = ? AND step_id = ? AND series = ? AND attempt = ?",
    };

    QVariant nullable(const QString& text) { return text.isEmpty() ? QVariant() : QVariant(text); }
    QVariant nullable(const QDateTime& time) { return time.isValid() ? QVariant(toStoreTime(time)) : QVariant(); }
} // namespace

EngineWriter::EngineWriter(QSqlDatabase database)
    : m_database(std::move(database))
{
}

void EngineWriter::journal(const JournalEvent& e)
{
    add(InsertJournal, { toStoreTime(e.at), nullable(e.orderId), nullable(e.stepId), e.kind, e.actor, nullable(e.beforeState),
                         nullable(e.afterState), nullable(e.payload), e.origin });
}

void EngineWriter::stepChanged(const OrderRuntime& order, int index, StepState from, StepState to, const QDateTime& now,
                               const QString& actor, const QString& payload)
{
    const StepRuntime& step = order.steps[std::size_t(index)];
    QVariantList binds { toString(to), step.attempts, nullable(step.firstAttemptAt), nullable(step.nextAttemptAt),
                         nullable(step.completedAt), nullable(step.lastError), toStoreTime(now), step.attemptSeries,
                         nullable(step.payloadOverride), order.orderId, step.id };
    const QString key = order.orderId + QLatin1Char('\n') + step.id;
    if (const auto it = m_pendingStepUpdate.constFind(key); it != m_pendingStepUpdate.cend()) {
        m_operations[*it].binds = std::move(binds);
    } else {
        m_pendingStepUpdate.insert(key, m_operations.size());
        add(UpdateStep, std::move(binds));
    }
    journal({ 0, now, order.orderId, step.id, QStringLiteral("step.state"), actor, toString(from), toString(to), payload });
}

void EngineWriter::lineFieldsChanged(const OrderRuntime& order, int line, const QDateTime& now)
{
    const FulfillmentLine& l = order.lines[std::size_t(line)];
    const QString fields = QString::fromStdString(variantToJson(l.fields).dump());
    add(UpdateLineFields, { fields, order.orderId, l.id });
    journal({ 0, now, order.orderId, {}, QStringLiteral("line.fields"), QStringLiteral("engine"), {}, {},
              QString::fromStdString(nlohmann::json { { "line", l.id.toStdString() }, { "fields", variantToJson(l.fields) } }.dump()) });
}

void EngineWriter::orderStateChanged(const QString& orderId, OrderState from, OrderState to, const QDateTime& now)
{
    add(UpdateOrder, { toString(to), toStoreTime(now), orderId });
    journal({ 0, now, orderId, {}, QStringLiteral("order.state"), QStringLiteral("engine"), toString(from), toString(to) });
}

void EngineWriter::taskCreated(const QString& orderId, const QString& stepId, const QString& queue, const QDateTime& now)
{
    add(InsertTask, { orderId, stepId, queue, toStoreTime(now), toStoreTime(now) });
}

void EngineWriter::taskChanged(qint64 taskId, const QString& state, const QString& claimedBy, const QString& data,
                               const QString& comment, const QDateTime& now)
{
    add(UpdateTask, { state, nullable(claimedBy), nullable(data), nullable(comment), toStoreTime(now), taskId });
}

void EngineWriter::signalReceived(const QString& orderId, const QString& name, const QDateTime& now)
{
    add(InsertSignal, { orderId, name, toStoreTime(now) });
}

void EngineWriter::falloutOpened(const QString& orderId, const QString& stepId, const QString& queue,
                                 const QString& classification, const QString& error, int attempts, const QString& rule,
                                 const QDateTime& now, const QString& request, const QString& response)
{
    add(InsertFallout, { orderId, stepId, queue, classification, error, attempts, nullable(rule), toStoreTime(now),
                         nullable(request), nullable(response) });
}

void EngineWriter::attemptStarted(const QString& orderId, const QString& stepId, int series, int attempt, const QString& key,
                                  const QString& request, const QDateTime& now)
{
    add(InsertAttempt, { orderId, stepId, series, attempt, key, toStoreTime(now), request });
}

void EngineWriter::attemptFinished(const QString& orderId, const QString& stepId, int series, int attempt, int httpStatus,
                                   const QString& outcome, const QString& response, const QString& error, const QDateTime& now)
{
    add(FinishAttempt, { toStoreTime(now), httpStatus ? QVariant(httpStatus) : QVariant(), outcome, nullable(response),
                         nullable(error), orderId, stepId, series, attempt });
}

void EngineWriter::orderHoldChanged(const QString& orderId, bool onHold, const QDateTime& now, const QString& actor,
                                    const QString& payload)
{
    add(UpdateHold, { onHold ? 1 : 0, toStoreTime(now), orderId });
    journal({ 0, now, orderId, {}, onHold ? QStringLiteral("order.held") : QStringLiteral("order.resumed"), actor, {}, {},
              payload });
}

void EngineWriter::falloutResolved(qint64 caseId, const QString& resolution, const QDateTime& now)
{
    add(ResolveFallout, { resolution, toStoreTime(now), caseId });
}

std::optional<QString> EngineWriter::flush()
{
    if (m_operations.empty())
        return std::nullopt;
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return QStringLiteral("cannot begin a transaction: ") + m_database.lastError().text();
    for (const Operation& operation : m_operations) {
        auto& query = m_queries[operation.statement];
        if (!query) {
            query.emplace(m_database);
            if (!query->prepare(QString::fromLatin1(statementTexts[operation.statement])))
                return query->lastError().text();
        }
        for (qsizetype i = 0; i < operation.binds.size(); ++i)
            query->bindValue(int(i), operation.binds[i]);
        if (!query->exec())
            return QStringLiteral("store write failed: ") + query->lastError().text();
    }
    if (!transaction.commit())
        return QStringLiteral("commit failed: ") + m_database.lastError().text();
    m_operations.clear();
    m_pendingStepUpdate.clear();
    return std::nullopt;
}

} // namespace fw
