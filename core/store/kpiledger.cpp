// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// KpiLedger (kpiledger.h): the KPI fact tables, kept up to date with the journal.

#include "store/kpiledger.h"

#include "common/clock.h"
#include "common/jsonparse.h"
#include "engine/enginesnapshot.h"
#include "engine/falloutsignature.h"
#include "sqlitequery.h"
#include "sqlitequery.h"
#include "storedjson.h"
#include "transactionguard.h"

#include <QHash>
#include <QSet>
#include <QSqlError>

#include <nlohmann/json.hpp>

#include <memory>
#include <vector>

namespace fw {

namespace {
    QString personKindList()
    {
        QStringList quoted;
        for (const QString& kind : KpiLedger::personActionKinds())
            quoted << QLatin1Char('\'') + kind + QLatin1Char('\'');
        return quoted.join(QStringLiteral(", "));
    }

    qint64 secondsBetween(const QDateTime& from, const QDateTime& to)
    {
        if (!from.isValid() || !to.isValid())
            return 0;
        return std::max<qint64>(0, from.msecsTo(to) / 1000);
    }

    QString dayOf(const QDateTime& time)
    {
        return time.toUTC().date().toString(Qt::ISODate);
    }

    // The statements of one catch-up, prepared once (inside its transaction).
    class LedgerRun {
    public:
        explicit LedgerRun(sqlite3* db)
            : m_db(db)
        {
        }

        Status prepare()
        {
            const QByteArray orderFacts
                = QStringLiteral(
                      "SELECT o.account_name, o.state, o.created_at, o.updated_at, "
                      "(SELECT COUNT(*) FROM fallout_cases f WHERE f.order_id = ?1), "
                      "(SELECT COUNT(*) FROM tasks t WHERE t.order_id = ?1), "
                      // A replica rewrite may journal an order's events again: count each action once.
                      "(SELECT COUNT(DISTINCT j.at || '|' || j.kind || '|' || COALESCE(j.step_id, '') || '|' || j.actor) "
                      "FROM journal j WHERE j.order_id = ?1 AND (j.kind IN (%1) OR (j.kind = 'step.state' AND j.actor <> 'engine'))), "
                      "(SELECT j.at FROM journal j WHERE j.order_id = ?1 AND j.kind = 'order.state' "
                      "AND j.after_state IN ('completed', 'cancelled') ORDER BY j.seq DESC LIMIT 1) "
                      "FROM orders o WHERE o.id = ?1")
                      .arg(personKindList())
                      .toUtf8();
            m_orderFacts = std::make_unique<SqliteQuery>(m_db, orderFacts.constData());
            m_putOrder = std::make_unique<SqliteQuery>(
                m_db,
                "INSERT OR REPLACE INTO kpi_orders (order_id, account, state, created_at, finished_at, finished_day, cycle_seconds, "
                "fallout_cases, person_actions, touchless) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            m_dropOrder = std::make_unique<SqliteQuery>(m_db, "DELETE FROM kpi_orders WHERE order_id = ?");
            m_stepFacts = std::make_unique<SqliteQuery>(
                m_db,
                "SELECT s.plan_definition, s.step_key, s.lane, s.state, s.completed_at, s.estimated_seconds, s.first_attempt_at, "
                "(SELECT MAX(d.completed_at) FROM json_each(s.depends_on) j JOIN steps d ON d.order_id = s.order_id AND d.id = j.value), "
                "o.created_at FROM steps s LEFT JOIN orders o ON o.id = s.order_id WHERE s.order_id = ?1 AND s.id = ?2");
            m_oldStep = std::make_unique<SqliteQuery>(
                m_db, "SELECT finished_day, lane, on_time FROM kpi_steps WHERE order_id = ? AND step_id = ?");
            m_putStep = std::make_unique<SqliteQuery>(
                m_db,
                "INSERT OR REPLACE INTO kpi_steps (order_id, step_id, plan_definition, step_key, lane, finished_at, finished_day, seconds, "
                "estimated_seconds, on_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            m_dropStep = std::make_unique<SqliteQuery>(m_db, "DELETE FROM kpi_steps WHERE order_id = ? AND step_id = ?");
            m_rollup = std::make_unique<SqliteQuery>(
                m_db,
                "INSERT INTO kpi_lane_days (day, lane, done, on_time) VALUES (?, ?, ?, ?) ON CONFLICT (day, lane) "
                "DO UPDATE SET done = done + excluded.done, on_time = on_time + excluded.on_time");
            m_cases = std::make_unique<SqliteQuery>(
                m_db,
                "SELECT f.step_id, f.opened_at, f.queue, f.classification, f.error, COALESCE(s.type, ''), COALESCE(s.lane, ''), "
                "COALESCE(s.plan_definition, ''), COALESCE(s.step_key, ''), COALESCE(o.catalog_id, ''), COALESCE(o.catalog_version, '') "
                "FROM fallout_cases f LEFT JOIN steps s ON s.order_id = f.order_id AND s.id = f.step_id "
                "LEFT JOIN orders o ON o.id = f.order_id WHERE f.order_id = ?1");
            m_dropCases = std::make_unique<SqliteQuery>(m_db, "DELETE FROM kpi_fallout WHERE order_id = ?");
            m_putCase = std::make_unique<SqliteQuery>(
                m_db,
                "INSERT OR REPLACE INTO kpi_fallout (order_id, step_id, opened_at, lane, queue, signature, error) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)");
            m_catalog = std::make_unique<SqliteQuery>(m_db, "SELECT document FROM catalogs WHERE id = ? AND version = ?");
            for (const SqliteQuery* query :
                 { m_orderFacts.get(), m_putOrder.get(), m_dropOrder.get(), m_stepFacts.get(), m_oldStep.get(), m_putStep.get(),
                   m_dropStep.get(), m_rollup.get(), m_cases.get(), m_dropCases.get(), m_putCase.get(), m_catalog.get() }) {
                if (!query->isValid())
                    return failure(QStringLiteral("KPI ledger: cannot prepare its statements (the store needs schema version 11): ")
                                   + query->error());
            }
            return {};
        }

        Status refreshOrder(const QString& orderId)
        {
            SqliteQuery& facts = *m_orderFacts;
            facts.reset();
            facts.bind(1, orderId);
            const bool found = facts.next();
            if (!facts.error().isEmpty())
                return failure(QStringLiteral("KPI ledger: cannot read order %1: %2").arg(orderId, facts.error()));
            const QString state = found ? facts.text(1) : QString();
            if (state != QStringLiteral("completed") && state != QStringLiteral("cancelled")) {
                // Gone, or no longer finished (a replica rewritten to an earlier state): no fact.
                facts.reset();
                m_dropOrder->reset();
                m_dropOrder->bind(1, orderId);
                if (!m_dropOrder->run())
                    return failure(m_dropOrder->error(), QStringLiteral("order ") + orderId,
                                   QStringLiteral("KPI ledger: cannot drop the facts of"));
                return {};
            }
            const QString account = facts.text(0);
            const QDateTime created = fromStoreTimeText(facts.text(2));
            QDateTime finished = fromStoreTimeText(facts.isNull(7) ? facts.text(3) : facts.text(7));
            const qint64 falloutCases = facts.integer(4);
            const qint64 tasks = facts.integer(5);
            const qint64 personActions = facts.integer(6);
            facts.reset();
            const bool touchless = state == QStringLiteral("completed") && tasks == 0 && falloutCases == 0 && personActions == 0;
            SqliteQuery& put = *m_putOrder;
            put.reset();
            put.bind(1, orderId);
            put.bind(2, account);
            put.bind(3, state);
            put.bind(4, toStoreTime(created));
            put.bind(5, toStoreTime(finished));
            put.bind(6, dayOf(finished));
            put.bind(7, secondsBetween(created, finished));
            put.bind(8, falloutCases);
            put.bind(9, personActions);
            put.bind(10, qint64(touchless ? 1 : 0));
            if (!put.run())
                return failure(QStringLiteral("KPI ledger: cannot write the facts of order %1: %2").arg(orderId, put.error()));
            return {};
        }

        Status refreshStep(const QString& orderId, const QString& stepId)
        {
            SqliteQuery& old = *m_oldStep;
            old.reset();
            old.bind(1, orderId);
            old.bind(2, stepId);
            QString oldDay, oldLane;
            qint64 oldOnTime = 0;
            const bool hadRow = old.next();
            if (hadRow) {
                oldDay = old.text(0);
                oldLane = old.text(1);
                oldOnTime = old.integer(2);
            }
            old.reset();

            SqliteQuery& facts = *m_stepFacts;
            facts.reset();
            facts.bind(1, orderId);
            facts.bind(2, stepId);
            const bool found = facts.next();
            if (!facts.error().isEmpty())
                return failure(QStringLiteral("KPI ledger: cannot read step %1 of order %2: %3").arg(stepId, orderId, facts.error()));
            if (!found || facts.text(3) != QStringLiteral("completed") || facts.isNull(4)) {
                facts.reset();
                if (!hadRow)
                    return {};
                m_dropStep->reset();
                m_dropStep->bind(1, orderId);
                m_dropStep->bind(2, stepId);
                if (!m_dropStep->run())
                    return failure(QStringLiteral("KPI ledger: ") + m_dropStep->error());
                return addToRollup(oldDay, oldLane, -1, -oldOnTime);
            }
            const QString planDefinition = facts.text(0);
            const QString stepKey = facts.text(1);
            const QString lane = facts.text(2);
            const QDateTime completed = fromStoreTimeText(facts.text(4));
            const qint64 estimate = facts.integer(5);
            // The step's start: its first attempt (auto tasks, callouts), else when it became ready
            // (its dependencies' latest completion), else the order's creation.
            const int startColumn = !facts.isNull(6) ? 6 : !facts.isNull(7) ? 7 : 8;
            const QDateTime started = fromStoreTimeText(facts.text(startColumn));
            facts.reset();
            const qint64 seconds = secondsBetween(started, completed);
            const qint64 onTime = estimate <= 0 || seconds <= estimate ? 1 : 0;
            const QString day = dayOf(completed);

            SqliteQuery& put = *m_putStep;
            put.reset();
            put.bind(1, orderId);
            put.bind(2, stepId);
            put.bind(3, planDefinition);
            put.bind(4, stepKey);
            put.bind(5, lane);
            put.bind(6, toStoreTime(completed));
            put.bind(7, day);
            put.bind(8, seconds);
            put.bind(9, estimate);
            put.bind(10, onTime);
            if (!put.run())
                return failure(QStringLiteral("KPI ledger: cannot write step %1 of order %2: %3").arg(stepId, orderId, put.error()));
            if (hadRow && oldDay == day && oldLane == lane) {
                if (oldOnTime == onTime)
                    return {}; // seen again, same fact
                return addToRollup(day, lane, 0, onTime - oldOnTime);
            }
            if (hadRow) {
                if (Status moved = addToRollup(oldDay, oldLane, -1, -oldOnTime); !moved)
                    return moved;
            }
            return addToRollup(day, lane, 1, onTime);
        }

        Status refreshFallout(const QString& orderId)
        {
            m_dropCases->reset();
            m_dropCases->bind(1, orderId);
            if (!m_dropCases->run())
                return failure(QStringLiteral("KPI ledger: ") + m_dropCases->error());
            SqliteQuery& cases = *m_cases;
            cases.reset();
            cases.bind(1, orderId);
            struct Case {
                QString stepId, openedAt, queue, lane, signature, error;
            };
            std::vector<Case> found;
            while (cases.next()) {
                FalloutSummary summary;
                summary.classification = cases.text(3);
                summary.error = cases.text(4);
                summary.stepType = cases.text(5);
                summary.endpoint = endpoint(cases.text(9), cases.text(10), cases.text(7), cases.text(8));
                found.push_back({ cases.text(0), toStoreTime(fromStoreTimeText(cases.text(1))), cases.text(2), cases.text(6),
                                  falloutSignature(summary), summary.error });
            }
            if (!cases.error().isEmpty())
                return failure(QStringLiteral("KPI ledger: cannot read the fallout cases of order %1: %2").arg(orderId, cases.error()));
            cases.reset();
            for (const Case& c : found) {
                SqliteQuery& put = *m_putCase;
                put.reset();
                put.bind(1, orderId);
                put.bind(2, c.stepId);
                put.bind(3, c.openedAt);
                put.bind(4, c.lane);
                put.bind(5, c.queue);
                put.bind(6, c.signature);
                put.bind(7, c.error);
                if (!put.run())
                    return failure(QStringLiteral("KPI ledger: cannot write a fallout case of order %1: %2").arg(orderId, put.error()));
            }
            return {};
        }

    private:
        Status addToRollup(const QString& day, const QString& lane, qint64 done, qint64 onTime)
        {
            SqliteQuery& rollup = *m_rollup;
            rollup.reset();
            rollup.bind(1, day);
            rollup.bind(2, lane);
            rollup.bind(3, done);
            rollup.bind(4, onTime);
            if (!rollup.run())
                return failure(QStringLiteral("KPI ledger: cannot update the lane rollup of %1 %2: %3").arg(day, lane, rollup.error()));
            return {};
        }

        // The callout endpoint of a plan definition's step, from the order's stored catalog.
        QString endpoint(const QString& catalogId, const QString& version, const QString& planDefinition, const QString& stepKey)
        {
            const QString catalogKey = catalogId + QLatin1Char('\n') + version;
            auto it = m_endpoints.find(catalogKey);
            if (it == m_endpoints.end()) {
                QHash<QString, QString> endpoints;
                SqliteQuery& catalog = *m_catalog;
                catalog.reset();
                catalog.bind(1, catalogId);
                catalog.bind(2, version);
                if (catalog.next()) {
                    const std::string_view text = catalog.utf8(0);
                    const JsonParseResult parsed = parseJsonBounded(QByteArray(text.data(), qsizetype(text.size())));
                    const nlohmann::json document = parsed.ok() ? std::move(*parsed.value) : nlohmann::json();
                    if (document.is_object() && document.contains("planDefinitions") && document["planDefinitions"].is_array()) {
                        for (const auto& definition : document["planDefinitions"]) {
                            if (!definition.is_object() || !definition.contains("steps") || !definition["steps"].is_array())
                                continue;
                            const QString id = storedString(definition, "id");
                            for (const auto& step : definition["steps"]) {
                                if (!step.is_object() || !step.contains("callout") || !step["callout"].is_object())
                                    continue;
                                endpoints.insert(id + QLatin1Char('\n') + storedString(step, "key"),
                                                 storedString(step["callout"], "endpoint"));
                            }
                        }
                    }
                }
                catalog.reset();
                it = m_endpoints.insert(catalogKey, endpoints);
            }
            return it->value(planDefinition + QLatin1Char('\n') + stepKey);
        }

        sqlite3* m_db;
        std::unique_ptr<SqliteQuery> m_orderFacts, m_putOrder, m_dropOrder, m_stepFacts, m_oldStep, m_putStep, m_dropStep, m_rollup,
            m_cases, m_dropCases, m_putCase, m_catalog;
        QHash<QString, QHash<QString, QString>> m_endpoints; // "catalog\nversion" -> "planDefinition\nstepKey" -> endpoint
    };

    // Keeps first-seen order, drops repeats.
    template <typename T> struct OrderedSet {
        QSet<T> seen;
        std::vector<T> items;
        void add(const T& item)
        {
            if (!seen.contains(item)) {
                seen.insert(item);
                items.push_back(item);
            }
        }
    };
} // namespace

const QStringList& KpiLedger::personActionKinds()
{
    static const QStringList kinds { QStringLiteral("task.claimed"), QStringLiteral("task.released"), QStringLiteral("signal"),
                                     QStringLiteral("line.field.set"), QStringLiteral("order.resumed") };
    return kinds;
}

Result<qint64> KpiLedger::catchUp(QSqlDatabase& database)
{
    sqlite3* db = SqliteQuery::handleOf(database);
    if (!db)
        return failure(QStringLiteral("KPI ledger: the store connection is not an open SQLite database"));
    TransactionGuard transaction(database);
    if (!transaction.isActive())
        return failure(database.lastError().text(), {}, QStringLiteral("KPI ledger: cannot begin a transaction"));
    qint64 consumed = 0;
    {
        // Statements live only inside the transaction (see SqliteQuery).
        SqliteQuery cursor(db, "SELECT value FROM kpi_state WHERE key = 'journal_seq'");
        if (!cursor.isValid())
            return failure(cursor.error(), {}, QStringLiteral("KPI ledger: cannot read its cursor (the store needs schema version 11)"));
        const qint64 from = cursor.next() ? cursor.integer(0) : 0;
        cursor.reset();

        SqliteQuery events(db, "SELECT seq, order_id, step_id, kind, after_state FROM journal WHERE seq > ? ORDER BY seq");
        if (!events.isValid())
            return failure(events.error(), {}, QStringLiteral("KPI ledger: cannot read the journal"));
        events.bind(1, from);
        OrderedSet<QString> finishedOrders;
        OrderedSet<QString> falloutOrders;
        OrderedSet<std::pair<QString, QString>> completedSteps;
        qint64 last = from;
        while (events.next()) {
            ++consumed;
            last = events.integer(0);
            const std::string_view kind = events.utf8(3);
            const std::string_view after = events.utf8(4);
            if (kind == "order.state" && (after == "completed" || after == "cancelled")) {
                finishedOrders.add(events.text(1));
            } else if (kind == "step.state" && after == "completed") {
                completedSteps.add({ events.text(1), events.text(2) });
            } else if (kind == "step.state" && after == "fallout") {
                falloutOrders.add(events.text(1));
            }
        }
        if (!events.error().isEmpty())
            return failure(events.error(), {}, QStringLiteral("KPI ledger: cannot read the journal"));
        events.reset();
        if (consumed == 0)
            return qint64(0);

        LedgerRun run(db);
        if (Status done = run.prepare(); !done)
            return done.error();
        for (const QString& order : finishedOrders.items) {
            if (Status done = run.refreshOrder(order); !done)
                return done.error();
            falloutOrders.add(order); // its cases as they stand when it finished
        }
        for (const auto& [order, step] : completedSteps.items) {
            if (Status done = run.refreshStep(order, step); !done)
                return done.error();
        }
        for (const QString& order : falloutOrders.items) {
            if (Status done = run.refreshFallout(order); !done)
                return done.error();
        }
        SqliteQuery move(db,
                         "INSERT INTO kpi_state (key, value) VALUES ('journal_seq', ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        move.bind(1, last);
        if (!move.run())
            return failure(move.error(), {}, QStringLiteral("KPI ledger: cannot move its cursor"));
    }
    if (!transaction.commit())
        return failure(database.lastError().text(), {}, QStringLiteral("KPI ledger: commit failed"));
    return consumed;
}

} // namespace fw
