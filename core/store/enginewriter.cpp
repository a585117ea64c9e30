// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "enginewriter.h"

#include "assetrows.h"

#include "common/logging.h"
#include "common/clock.h"
#include "common/jsonvariant.h"

#include <QSqlError>

#include <nlohmann/json.hpp>

#include <array>

namespace fw {

namespace {
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
    m_batch.operations.push_back({ statement, true, quint32(m_batch.values.size()), quint32(values.size()) });
    m_batch.values.insert(m_batch.values.end(), values);
}

void EngineWriter::replace(const RowKey& key, std::initializer_list<SqlValue> values)
{
    auto it = m_pendingRow.find(key);
    if (it != m_pendingRow.end()) {
        m_batch.operations[*it].live = false;
        *it = m_batch.operations.size();
    } else {
        m_pendingRow.insert(key, m_batch.operations.size());
    }
    add(key.statement, values);
}

void EngineWriter::noteOrder(const QString& orderId)
{
    // Consecutive changes are mostly of one order, and share its id's characters: hash it once.
    if (orderId.isEmpty() || (orderId.constData() == m_lastOrder.constData() && orderId.size() == m_lastOrder.size()))
        return;
    m_batch.orders.insert(orderId);
    m_lastOrder = orderId;
}

void EngineWriter::addJournal(const QString& at, const QString& orderId, const QString& stepId, const QString& kind, const QString& actor,
                              const QString& before, const QString& after, const QString& payload, const QString& origin)
{
    noteOrder(orderId);
    m_batch.journal.insert(m_batch.journal.end(),
                           { SqlValue::of(at), SqlValue::nullable(orderId), SqlValue::nullable(stepId), SqlValue::of(kind),
                             SqlValue::of(actor), SqlValue::nullable(before), SqlValue::nullable(after), SqlValue::nullable(payload),
                             SqlValue::of(origin) });
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

void EngineWriter::assetWritten(const AssetWrite& write)
{
    noteOrder(write.orderId());
    const auto append = [this](Statement statement, const std::vector<SqlValue>& row) {
        m_batch.operations.push_back({ statement, true, quint32(m_batch.values.size()), quint32(row.size()) });
        m_batch.values.insert(m_batch.values.end(), row.begin(), row.end());
    };
    if (write.kind == AssetWrite::Kind::Record) {
        append(InsertAsset, assetRow(write.asset));
        append(InsertAssetEvent, assetEventRow(write.created, true));
        return;
    }
    const std::vector<SqlValue> row = assetChangeRow(write.change);
    append(InsertAssetChangeEvent, row); // reads the row's state before the update below
    append(UpdateAsset, row);
}

void EngineWriter::taskCreated(const QString& orderId, const QString& stepId, const QString& queue, const QDateTime& now)
{
    noteOrder(orderId);
    add(InsertTask, { SqlValue::of(orderId), SqlValue::of(stepId), SqlValue::of(queue), storeTime(now), storeTime(now) });
}

void EngineWriter::taskChanged(qint64 taskId, const QString& state, const QString& claimedBy, const QString& data, const QString& comment,
                               const QDateTime& now, const QDateTime& claimedAt)
{
    m_batch.touchesUnknownOrders = true; // the task's order is not named here
    add(UpdateTask,
        { SqlValue::of(state), SqlValue::nullable(claimedBy), SqlValue::nullable(data), SqlValue::nullable(comment), storeTime(now),
          storeTime(claimedAt), claimedAt.isValid() ? storeTime(now) : SqlValue {}, SqlValue::of(taskId) });
}

void EngineWriter::signalReceived(const QString& orderId, const QString& name, const QDateTime& now)
{
    noteOrder(orderId);
    add(InsertSignal, { SqlValue::of(orderId), SqlValue::of(name), storeTime(now) });
}

void EngineWriter::falloutOpened(const QString& orderId, const QString& stepId, const QString& queue, const QString& classification,
                                 const QString& error, int attempts, const QString& rule, const QDateTime& now, const QString& request,
                                 const QString& response)
{
    noteOrder(orderId);
    add(InsertFallout,
        { SqlValue::of(orderId), SqlValue::of(stepId), SqlValue::of(queue), SqlValue::of(classification), SqlValue::of(error),
          SqlValue::of(attempts), SqlValue::nullable(rule), storeTime(now), SqlValue::nullable(request), SqlValue::nullable(response) });
}

void EngineWriter::attemptStarted(const QString& orderId, const QString& stepId, int series, int attempt, const QString& key,
                                  const QString& request, const QDateTime& now)
{
    noteOrder(orderId);
    add(InsertAttempt,
        { SqlValue::of(orderId), SqlValue::of(stepId), SqlValue::of(series), SqlValue::of(attempt), SqlValue::of(key), storeTime(now),
          SqlValue::of(request) });
}

void EngineWriter::attemptFinished(const QString& orderId, const QString& stepId, int series, int attempt, int httpStatus,
                                   const QString& outcome, const QString& response, const QString& error, const QDateTime& now,
                                   bool outcomeUnknown)
{
    noteOrder(orderId);
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
    m_batch.touchesUnknownOrders = true; // the case's order is not named here
    add(ResolveFallout, { SqlValue::of(resolution), storeTime(now), SqlValue::of(caseId) });
}

const std::optional<Error>& EngineWriter::failure() const
{
    if (!m_failure && m_committer && m_committer->failed())
        m_failure = m_committer->settle().error(); // a background write failed: latched like a failed flush
    return m_failure;
}

EngineBatch EngineWriter::takeBatch()
{
    EngineBatch batch = std::move(m_batch);
    m_batch = {};
    // The next batch will be as large: grown once, not doubling its way up again (moving strings).
    m_batch.operations.reserve(batch.operations.size());
    m_batch.values.reserve(batch.values.size());
    m_batch.journal.reserve(batch.journal.size());
    m_pendingRow.clear();
    m_lastOrder.clear();
    return batch;
}

Status EngineWriter::settle()
{
    if (m_committer) {
        if (Status settled = m_committer->settle(); !settled && !m_failure)
            m_failure = settled.error();
    }
    m_inBackground.clear();
    m_unknownInBackground = false;
    if (m_failure)
        return *m_failure;
    return {};
}

bool EngineWriter::writesPending(const QString& orderId) const
{
    return m_unknownInBackground || m_inBackground.contains(orderId);
}

Status EngineWriter::flush()
{
    if (Status settled = settle(); !settled)
        return settled;
    if (m_batch.isEmpty())
        return {};
    Status written = writeEngineBatch(SqliteQuery::handleOf(m_database), m_batch);
    if (!written) {
        m_failure = written.error();
        return written;
    }
    takeBatch();
    return {};
}

void EngineWriter::flushInBackground()
{
    if (m_batch.isEmpty())
        return; // nothing to hand over; a batch still being written is not waited for
    if (!m_committer && !m_committerUnavailable) {
        const QString path = m_database.databaseName();
        m_committerUnavailable = true; // a memory store, or no second connection: the same writes, synchronously
        if (!path.isEmpty() && path != QStringLiteral(":memory:")) {
            if (auto committer = BatchCommitter::open(path)) {
                m_committer = std::move(*committer);
                m_committerUnavailable = false;
            } else {
                qCWarning(lcStore, "engine: group commits stay on the engine's thread: %s", qPrintable(committer.message()));
            }
        }
    }
    if (!m_committer || m_failure) {
        (void)flush(); // latched on failure, as every write
        return;
    }
    for (const QString& order : std::as_const(m_batch.orders))
        m_inBackground.insert(order);
    m_unknownInBackground = m_unknownInBackground || m_batch.touchesUnknownOrders;
    m_committer->submit(takeBatch());
}

} // namespace fw
