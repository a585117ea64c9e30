// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jeopardymonitor.h"

#include "common/clock.h"
#include "jeopardyactions.h"
#include "stephistory.h"
#include "store/database.h"
#include "store/jeopardytable.h"
#include "store/journal.h"
#include "store/transactionguard.h"

#include <QElapsedTimer>
#include <QSqlError>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    struct StoredLevel {
        JeopardyLevel level = JeopardyLevel::None;
        QString cause;
        QString rule;
        QString reason;
    };

    QString keyOf(const QString& orderId, const QString& stepId)
    {
        return orderId + QLatin1Char('\x1f') + stepId;
    }

    nlohmann::json findingPayload(const JeopardyFinding& finding)
    {
        nlohmann::json payload { { "cause", jeopardyCauseName(finding.cause).toStdString() },
                                 { "rule", finding.ruleId.toStdString() },
                                 { "reason", finding.reason.toStdString() } };
        if (finding.breachAt.isValid())
            payload["breachAt"] = toStoreTime(finding.breachAt).toStdString();
        if (finding.forecastAt.isValid())
            payload["forecastAt"] = toStoreTime(finding.forecastAt).toStdString();
        if (finding.dueAt.isValid())
            payload["dueAt"] = toStoreTime(finding.dueAt).toStdString();
        if (!finding.queue.isEmpty())
            payload["queue"] = finding.queue.toStdString();
        return payload;
    }

    // Whether an action at `at` is newly reached going from `before` to `after`.
    bool newlyReached(JeopardyAction::Level at, JeopardyLevel before, JeopardyLevel after)
    {
        const int need = at == JeopardyAction::Level::Critical ? 2 : 1;
        return int(after) >= need && int(before) < need;
    }
} // namespace

JeopardyMonitor::JeopardyMonitor(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_reader(database.connection())
{
}

JeopardyMonitor::~JeopardyMonitor() = default;

// One evaluation in progress: chunks of open orders (SlaReader) go through the evaluator; only the
// findings, the forecasts of the orders at risk and the catalogs of this workstation's flagged
// orders (their rules' actions need them) outlive a chunk.
struct JeopardyMonitor::Evaluation {
    explicit Evaluation(const StepHistory* history)
        : evaluator(history)
    {
    }
    std::shared_ptr<const StepHistory> history; // kept alive while the evaluator uses it
    JeopardyEvaluator evaluator;
    QDateTime now;
    QString after; // the last order read
    qint64 journalHead = 0; // the journal's newest entry when it began
    int calls = 0; // advance() calls so far
    QHash<QString, std::shared_ptr<const Catalog>> ownFlagged; // own orders with a finding: their catalog
};

Result<JeopardyReport> JeopardyMonitor::run(std::vector<JeopardyChange>* changes)
{
    m_evaluation.reset(); // from the start, all at once
    auto done = advance(changes, -1);
    if (!done)
        return done.error();
    return std::move(**done);
}

Result<std::optional<JeopardyReport>> JeopardyMonitor::advance(std::vector<JeopardyChange>* changes, qint64 budgetMs)
{
    QElapsedTimer spent;
    spent.start();
    if (!m_evaluation) {
        auto head = m_reader.journalHead();
        if (!head)
            return head.error();
        m_evaluation = std::make_unique<Evaluation>(m_history.get());
        m_evaluation->history = m_history;
        m_evaluation->now = m_clock.now();
        m_evaluation->after = QStringLiteral("");
        m_evaluation->journalHead = *head;
        m_evaluation->evaluator.start(m_evaluation->now);
    }
    Evaluation& evaluation = *m_evaluation;
    ++evaluation.calls;
    for (;;) {
        bool last = false;
        auto chunk = m_reader.openChunkAfter(evaluation.after, &last);
        if (!chunk) {
            m_evaluation.reset();
            return chunk.error();
        }
        const std::size_t first = evaluation.evaluator.findingCount();
        evaluation.evaluator.add(*chunk);
        std::size_t at = 0; // findings come in the chunk's order
        for (std::size_t i = first; i < evaluation.evaluator.findingCount(); ++i) {
            const JeopardyFinding& finding = evaluation.evaluator.finding(i);
            while (at < chunk->size() && (*chunk)[at].orderId != finding.orderId)
                ++at;
            if (at < chunk->size() && (*chunk)[at].runsOn.isEmpty())
                evaluation.ownFlagged.insert(finding.orderId, (*chunk)[at].catalog);
        }
        if (last || chunk->empty())
            break;
        evaluation.after = chunk->back().orderId;
        if (budgetMs >= 0 && spent.elapsed() >= budgetMs)
            return std::optional<JeopardyReport>(); // more next time
    }
    std::unique_ptr<Evaluation> finished = std::move(m_evaluation);
    JeopardyReport report = finished->evaluator.finish();
    // Spread over several calls, orders changed meanwhile (by the engine between ticks, or another
    // process) may have been read before the change: their levels are recorded next time.
    const std::optional<qint64> changedAfter = finished->calls > 1 ? std::optional(finished->journalHead) : std::nullopt;
    if (const Status recorded = record(report, finished->ownFlagged, changedAfter, changes); !recorded)
        return recorded.error();
    return std::optional<JeopardyReport>(std::move(report));
}

Status JeopardyMonitor::record(const JeopardyReport& report, const QHash<QString, std::shared_ptr<const Catalog>>& ownFlagged,
                               std::optional<qint64> changedAfter, std::vector<JeopardyChange>* changes)
{
    const QDateTime& now = report.evaluatedAt;
    QHash<QString, QString> flaggedRunsOn; // every order with a finding: open, and whose replica it is
    for (const JeopardyFinding& finding : report.findings)
        flaggedRunsOn.insert(finding.orderId, finding.runsOn);

    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return failure(db.lastError().text(), {}, QStringLiteral("cannot begin the jeopardy transaction"));
    QSet<QString> changedSince; // orders journalled after changedAfter: left as stored
    if (changedAfter) {
        auto changed = m_reader.ordersJournalledSince(*changedAfter);
        if (!changed)
            return changed.error();
        changedSince = std::move(*changed);
    }
    JeopardyTable table(db);
    const auto rows = table.readAll();
    if (!rows)
        return rows.error();
    QHash<QString, StoredLevel> stored;
    stored.reserve(qsizetype(rows->size()));
    QHash<QString, JeopardyLevel> storedOrderLevel;
    for (const JeopardyRow& row : *rows) {
        const JeopardyLevel level = jeopardyLevelFromName(row.level).value_or(JeopardyLevel::None);
        stored.insert(keyOf(row.orderId, row.stepId), { level, row.cause, row.rule, row.reason });
        storedOrderLevel[row.orderId] = std::max(storedOrderLevel.value(row.orderId), level);
    }

    QHash<QString, JeopardyLevel> orderLevel; // own orders' highest level now
    QSet<QString> seen;
    orderLevel.reserve(qsizetype(ownFlagged.size()));
    seen.reserve(qsizetype(report.findings.size()));
    const StoredLevel notStored;
    for (const JeopardyFinding& finding : report.findings) {
        const auto order = ownFlagged.constFind(finding.orderId);
        if (order == ownFlagged.cend())
            continue;
        const QString key = keyOf(finding.orderId, finding.stepId);
        seen.insert(key);
        if (changedSince.contains(finding.orderId)) {
            orderLevel[finding.orderId] = storedOrderLevel.value(finding.orderId); // as it was, until next time
            continue;
        }
        JeopardyLevel& highest = orderLevel[finding.orderId];
        highest = std::max(highest, finding.level);
        const auto storedAt = stored.constFind(key);
        const StoredLevel& before = storedAt == stored.cend() ? notStored : *storedAt;
        const bool changed = before.level != finding.level;
        // The reason's figures move every minute; the row keeps the words of the last change.
        if (!changed && before.cause == jeopardyCauseName(finding.cause) && before.rule == finding.ruleId)
            continue;
        if (const Status recorded
            = table.upsert({ finding.orderId, finding.stepId, jeopardyLevelName(finding.level), jeopardyCauseName(finding.cause),
                             finding.ruleId, finding.reason, finding.breachAt, finding.forecastAt, finding.dueAt, now });
            !recorded)
            return recorded.error();
        if (!changed)
            continue; // same level, new figures: no journal entry
        JeopardyChange change { finding, before.level, {}, false };
        const QString actor = QStringLiteral("sla");
        for (const JeopardyAction& action : finding.actions) {
            if (!newlyReached(action.at, before.level, finding.level))
                continue;
            Status done;
            switch (action.kind) {
            case JeopardyAction::Kind::Flag:
                break;
            case JeopardyAction::Kind::Notify:
                change.notify = true;
                break;
            case JeopardyAction::Kind::RaisePriority:
                done = JeopardyActions::raisePriority(db, now, finding.orderId, int(finding.level), actor, finding.reason);
                if (done)
                    change.actionsTaken << QStringLiteral("priority raised to %1").arg(int(finding.level));
                break;
            case JeopardyAction::Kind::Reassign:
                if (finding.stepId.isEmpty() || finding.queue.isEmpty() || finding.queue == action.queue)
                    break; // no task to move, or already there
                done
                    = JeopardyActions::reassignTask(db, **order, now, finding.orderId, finding.stepId, action.queue, actor, finding.reason);
                if (done)
                    change.actionsTaken << QStringLiteral("task reassigned to %1").arg(action.queue);
                break;
            case JeopardyAction::Kind::Escalate: {
                const auto escalated = JeopardyActions::escalate(db, **order, now, finding.orderId, finding.stepId, action.queue,
                                                                 jeopardyLevelName(finding.level), finding.reason, {}, actor);
                if (escalated)
                    change.actionsTaken << QStringLiteral("escalated to %1 (escalation %2)").arg(action.queue).arg(*escalated);
                else
                    done = escalated.error();
                break;
            }
            }
            if (!done)
                change.actionsTaken << QStringLiteral("not done: ") + done.message(); // e.g. already escalated
        }
        nlohmann::json payload = findingPayload(finding);
        if (change.notify)
            payload["notify"] = true;
        for (const QString& taken : std::as_const(change.actionsTaken))
            payload["actions"].push_back(taken.toStdString());
        if (const Status journalled = Journal::record(db,
                                                      { 0, now, finding.orderId, finding.stepId, QStringLiteral("jeopardy.raised"), actor,
                                                        jeopardyLevelName(before.level), jeopardyLevelName(finding.level),
                                                        QString::fromStdString(payload.dump()) });
            !journalled)
            return journalled.error();
        if (changes)
            changes->push_back(std::move(change));
    }

    // Entries no finding carries any more: cleared (own orders, or orders that finished), or
    // forgotten without a word (the order became another workstation's replica). Whether the order
    // is still open and whose it is: from its other findings, else looked up (few: only flags).
    QHash<QString, SlaReader::Presence> presence;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (seen.contains(it.key()))
            continue;
        const QString orderId = it.key().section(QLatin1Char('\x1f'), 0, 0);
        const QString stepId = it.key().section(QLatin1Char('\x1f'), 1);
        if (changedSince.contains(orderId)) {
            orderLevel[orderId] = storedOrderLevel.value(orderId);
            continue;
        }
        if (const Status removed = table.remove(orderId, stepId); !removed)
            return removed.error();
        auto known = presence.constFind(orderId);
        if (known == presence.cend()) {
            if (const auto flagged = flaggedRunsOn.constFind(orderId); flagged != flaggedRunsOn.cend()) {
                known = presence.insert(orderId, { true, *flagged });
            } else {
                auto looked = m_reader.presenceOf(orderId);
                if (!looked)
                    return looked.error();
                known = presence.insert(orderId, *looked);
            }
        }
        if (known->open && !known->runsOn.isEmpty())
            continue;
        const QString why = known->open ? QStringLiteral("back within its thresholds") : QStringLiteral("the order finished");
        if (const Status journalled
            = Journal::record(db,
                              { 0, now, orderId, stepId, QStringLiteral("jeopardy.cleared"), QStringLiteral("sla"),
                                jeopardyLevelName(it->level), jeopardyLevelName(JeopardyLevel::None),
                                QString::fromStdString(nlohmann::json { { "reason", why.toStdString() } }.dump()) });
            !journalled)
            return journalled.error();
        if (changes) {
            JeopardyChange change;
            change.finding.orderId = orderId;
            change.finding.stepId = stepId;
            change.before = it->level;
            changes->push_back(std::move(change));
        }
    }

    // orders.jeopardy: the highest level of each order this workstation runs, for the orders view.
    auto setLevel = [&](const QString& orderId, JeopardyLevel level) {
        return table.markOrder(orderId, level == JeopardyLevel::None ? QString(QLatin1String("")) : jeopardyLevelName(level));
    };
    for (auto it = orderLevel.cbegin(); it != orderLevel.cend(); ++it) {
        if (storedOrderLevel.value(it.key()) == it.value())
            continue;
        if (const Status marked = setLevel(it.key(), it.value()); !marked)
            return marked.error();
    }
    for (auto it = storedOrderLevel.cbegin(); it != storedOrderLevel.cend(); ++it) {
        if (orderLevel.contains(it.key()))
            continue;
        if (const Status unmarked = setLevel(it.key(), JeopardyLevel::None); !unmarked)
            return failure(unmarked.error().why, QStringLiteral("order ") + it.key(), QStringLiteral("cannot unmark"));
    }
    if (!transaction.commit())
        return failure(db.lastError().text(), {}, QStringLiteral("cannot commit the jeopardy transaction"));
    return {};
}

} // namespace fw
