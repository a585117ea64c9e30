#include "enginewriter.h"

#include "common/clock.h"
#include "common/jsonvariant.h"
#include "transactionguard.h"

#include <QSqlError>

#include <nlohmann/json.hpp>

#include <array>

namespace fw {

namespace {
    const char* const statementTexts[] = {
        "UPDATE steps SET state = ?, attempts = ?, first_attempt_at = ?, next_attempt_at = ?, completed_at = ?, "
        "last_error = ?, updated_at = ?, attempt_series = ?, payload_override = ?, idempotency_key = ? WHERE order_id = ? AND id = ?",
        "UPDATE fulfillment_lines SET fields = ? WHERE order_id = ? AND id = ?",
        "UPDATE orders SET state = ?, updated_at = ? WHERE id = ?",
        "INSERT INTO tasks (order_id, step_id, queue, state, created_at, updated_at) VALUES (?, ?, ?, 'open', ?, ?)",
        "UPDATE tasks SET state = ?, claimed_by = ?, data = ?, comment = ?, updated_at = ?, claimed_at = ?, claim_touched_at = ? "
        "WHERE id = ?",
        "INSERT OR IGNORE INTO signals (order_id, name, received_at) VALUES (?, ?, ?)",
        "INSERT INTO fallout_cases (order_id, step_id, queue, state, classification, error, attempts, rule, opened_at, "
        "request, response) VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?)",
        "UPDATE orders SET on_hold = ?, updated_at = ? WHERE id = ?",
        "UPDATE fallout_cases SET state = 'resolved', resolution = ?, resolved_at = ? WHERE id = ?",
        "INSERT OR REPLACE INTO attempts (order_id, step_id, series, attempt, idempotency_key, started_at, request) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        "UPDATE attempts SET finished_at = ?, http_status = ?, outcome = ?, response = ?, error = ?, certainty = ? "
        "WHERE order_id = ? AND step_id = ? AND series = ? AND attempt = ?",
        "UPDATE orders SET set_aside_reason = ?, updated_at = ? WHERE id = ?",
    };

    // Journal rows per INSERT statement: one statement per row costs as much as the row itself.
    constexpr int journalRowsPerInsert = 32;

    std::string insertJournal(int rows)
    {
        std::string sql = "INSERT INTO journal (at, order_id, step_id, kind, actor, before_state, after_state, payload, origin) VALUES ";
        for (int i = 0; i < rows; ++i)
            sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return sql;
    }

    SqlValue storeTime(const QDateTime& time)
    {
        return time.isValid() ? SqlValue::of(toStoreTime(time)) : SqlValue {};
    }

    // State names are written hundreds of thousands of times: share one string each.
    const QString& name(StepState state)
    {
        static const auto names = [] {
            std::array<QString, 9> all;
            for (std::size_t i = 0; i < all.size(); ++i)
                all[i] = toString(StepState(i));
            return all;
        }();
        return names[std::size_t(state)];
    }

    const QString& name(OrderState state)
    {
        static const auto names = [] {
            std::array<QString, 5> all;
            for (std::size_t i = 0; i < all.size(); ++i)
                all[i] = toString(OrderState(i));
            return all;
        }();
        return names[std::size_t(state)];
    }

    const QString engine = QStringLiteral("engine");
    const QString local = QStringLiteral("local");
} // namespace

EngineWriter::EngineWriter(QSqlDatabase database)
    : m_database(std::move(database))
{
}

void EngineWriter::add(Statement statement, std::initializer_list<SqlValue> values)
{
    m_operations.push_back({ statement, true, quint32(m_values.size()), quint32(values.size()) });
    m_values.insert(m_values.end(), values);
}

void EngineWriter::replace(const RowKey& key, std::initializer_list<SqlValue> values)
{
    auto it = m_pendingRow.find(key);
    if (it != m_pendingRow.end()) {
        m_operations[*it].live = false;
        *it = m_operations.size();
    } else {
        m_pendingRow.insert(key, m_operations.size());
    }
    add(key.statement, values);
}

void EngineWriter::addJournal(const QString& at, const QString& orderId, const QString& stepId, const QString& kind, const QString& actor,
                              const QString& before, const QString& after, const QString& payload, const QString& origin)
{
    m_journal.insert(m_journal.end(),
                     { SqlValue::of(at), SqlValue::nullable(orderId), SqlValue::nullable(stepId), SqlValue::of(kind), SqlValue::of(actor),
                       SqlValue::nullable(before), SqlValue::nullable(after), SqlValue::nullable(payload), SqlValue::of(origin) });
}

void EngineWriter::journal(const JournalEvent& e)
{
    addJournal(toStoreTime(e.at), e.orderId, e.stepId, e.kind, e.actor, e.beforeState, e.afterState, e.payload, e.origin);
}

void EngineWriter::stepChanged(const OrderRuntime& order, int index, StepState from, StepState to, const QDateTime& now,
                               const QString& actor, const QString& payload)
{
    static const QString kind = QStringLiteral("step.state");
    const StepRuntime& step = order.steps[std::size_t(index)];
    const QString at = toStoreTime(now);
    replace({ UpdateStep, order.orderId, index },
            { SqlValue::of(name(to)), SqlValue::of(step.attempts), storeTime(step.firstAttemptAt), storeTime(step.nextAttemptAt),
              storeTime(step.completedAt), SqlValue::nullable(step.lastError), SqlValue::of(at), SqlValue::of(step.attemptSeries),
              SqlValue::nullable(step.payloadOverride), SqlValue::nullable(step.idempotencyKey), SqlValue::of(order.orderId),
              SqlValue::of(step.id) });
    addJournal(at, order.orderId, step.id, kind, actor, name(from), name(to), payload, local);
}

void EngineWriter::lineFieldsChanged(const OrderRuntime& order, int line, const QDateTime& now)
{
    static const QString kind = QStringLiteral("line.fields");
    const FulfillmentLine& l = order.lines[std::size_t(line)];
    nlohmann::json fields = variantToJson(l.fields);
    replace({ UpdateLineFields, order.orderId, line },
            { SqlValue::of(QString::fromStdString(fields.dump())), SqlValue::of(order.orderId), SqlValue::of(l.id) });
    const nlohmann::json payload { { "line", l.id.toStdString() }, { "fields", std::move(fields) } };
    addJournal(toStoreTime(now), order.orderId, {}, kind, engine, {}, {}, QString::fromStdString(payload.dump()), local);
}

void EngineWriter::orderStateChanged(const QString& orderId, OrderState from, OrderState to, const QDateTime& now)
{
    static const QString kind = QStringLiteral("order.state");
    const QString at = toStoreTime(now);
    replace({ UpdateOrder, orderId, 0 }, { SqlValue::of(name(to)), SqlValue::of(at), SqlValue::of(orderId) });
    addJournal(at, orderId, {}, kind, engine, name(from), name(to), {}, local);
}

void EngineWriter::taskCreated(const QString& orderId, const QString& stepId, const QString& queue, const QDateTime& now)
{
    add(InsertTask, { SqlValue::of(orderId), SqlValue::of(stepId), SqlValue::of(queue), storeTime(now), storeTime(now) });
}

void EngineWriter::taskChanged(qint64 taskId, const QString& state, const QString& claimedBy, const QString& data, const QString& comment,
                               const QDateTime& now, const QDateTime& claimedAt)
{
    add(UpdateTask,
        { SqlValue::of(state), SqlValue::nullable(claimedBy), SqlValue::nullable(data), SqlValue::nullable(comment), storeTime(now),
          storeTime(claimedAt), claimedAt.isValid() ? storeTime(now) : SqlValue {}, SqlValue::of(taskId) });
}

void EngineWriter::signalReceived(const QString& orderId, const QString& name, const QDateTime& now)
{
    add(InsertSignal, { SqlValue::of(orderId), SqlValue::of(name), storeTime(now) });
}

void EngineWriter::falloutOpened(const QString& orderId, const QString& stepId, const QString& queue, const QString& classification,
                                 const QString& error, int attempts, const QString& rule, const QDateTime& now, const QString& request,
                                 const QString& response)
{
    add(InsertFallout,
        { SqlValue::of(orderId), SqlValue::of(stepId), SqlValue::of(queue), SqlValue::of(classification), SqlValue::of(error),
          SqlValue::of(attempts), SqlValue::nullable(rule), storeTime(now), SqlValue::nullable(request), SqlValue::nullable(response) });
}

void EngineWriter::attemptStarted(const QString& orderId, const QString& stepId, int series, int attempt, const QString& key,
                                  const QString& request, const QDateTime& now)
{
    add(InsertAttempt,
        { SqlValue::of(orderId), SqlValue::of(stepId), SqlValue::of(series), SqlValue::of(attempt), SqlValue::of(key), storeTime(now),
          SqlValue::of(request) });
}

void EngineWriter::attemptFinished(const QString& orderId, const QString& stepId, int series, int attempt, int httpStatus,
                                   const QString& outcome, const QString& response, const QString& error, const QDateTime& now,
                                   bool outcomeUnknown)
{
    static const QString definite = QStringLiteral("definite");
    static const QString unknown = QStringLiteral("unknown");
    add(FinishAttempt,
        { storeTime(now), httpStatus ? SqlValue::of(httpStatus) : SqlValue {}, SqlValue::of(outcome), SqlValue::nullable(response),
          SqlValue::nullable(error), SqlValue::of(outcomeUnknown ? unknown : definite), SqlValue::of(orderId), SqlValue::of(stepId),
          SqlValue::of(series), SqlValue::of(attempt) });
}

void EngineWriter::orderHoldChanged(const QString& orderId, bool onHold, const QDateTime& now, const QString& actor, const QString& payload)
{
    static const QString held = QStringLiteral("order.held");
    static const QString resumed = QStringLiteral("order.resumed");
    add(UpdateHold, { SqlValue::of(onHold ? 1 : 0), storeTime(now), SqlValue::of(orderId) });
    addJournal(toStoreTime(now), orderId, {}, onHold ? held : resumed, actor, {}, {}, payload, local);
}

void EngineWriter::orderSetAside(const QString& orderId, const QString& reason, const QDateTime& now, const QString& actor)
{
    static const QString setAside = QStringLiteral("order.set-aside");
    add(SetAside, { SqlValue::of(reason), storeTime(now), SqlValue::of(orderId) });
    addJournal(toStoreTime(now), orderId, {}, setAside, actor, {}, {},
               QString::fromStdString(nlohmann::json { { "reason", reason.toStdString() } }.dump()), local);
}

void EngineWriter::falloutResolved(qint64 caseId, const QString& resolution, const QDateTime& now)
{
    add(ResolveFallout, { SqlValue::of(resolution), storeTime(now), SqlValue::of(caseId) });
}

Status EngineWriter::writeJournal(sqlite3* database)
{
    const std::size_t rows = m_journal.size() / journalColumns;
    std::optional<SqliteQuery> many;
    std::optional<SqliteQuery> one;
    for (std::size_t row = 0; row < rows;) {
        const bool bulk = rows - row >= std::size_t(journalRowsPerInsert);
        auto& statement = bulk ? many : one;
        if (!statement)
            statement.emplace(database, insertJournal(bulk ? journalRowsPerInsert : 1));
        const int count = bulk ? journalRowsPerInsert : 1;
        if (!statement->run(m_journal.data() + row * journalColumns, count * journalColumns))
            return fw::failure(QStringLiteral("store write failed: ") + statement->error());
        row += std::size_t(count);
    }
    return {};
}

Status EngineWriter::flush()
{
    if (m_failure)
        return *m_failure;
    Status written = write();
    if (!written)
        m_failure = written.error();
    return written;
}

Status EngineWriter::write()
{
    if (m_operations.empty() && m_journal.empty())
        return {};
    sqlite3* database = SqliteQuery::handleOf(m_database);
    if (!database)
        return fw::failure(QStringLiteral("the store connection is not an open SQLite database"));
    TransactionGuard transaction(m_database);
    if (!transaction.isActive())
        return fw::failure(QStringLiteral("cannot begin a transaction: ") + m_database.lastError().text());
    {
        // Statements live only inside the transaction (see SqliteQuery).
        std::array<std::optional<SqliteQuery>, StatementCount> statements;
        for (const Operation& operation : m_operations) {
            if (!operation.live)
                continue;
            auto& statement = statements[operation.statement];
            if (!statement)
                statement.emplace(database, statementTexts[operation.statement]);
            if (!statement->run(m_values.data() + operation.first, int(operation.count)))
                return fw::failure(QStringLiteral("store write failed: ") + statement->error());
        }
        if (Status journal = writeJournal(database); !journal)
            return journal;
    }
    if (!transaction.commit())
        return fw::failure(QStringLiteral("commit failed: ") + m_database.lastError().text());
    m_operations.clear();
    m_values.clear();
    m_journal.clear();
    m_pendingRow.clear();
    return {};
}

} // namespace fw
