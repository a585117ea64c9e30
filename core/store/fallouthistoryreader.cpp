// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fallouthistoryreader.h"

#include "common/clock.h"
#include "queryerror.h"
#include "storedjson.h"

namespace fw {

namespace {
    struct HistoryCase {
        qint64 id = 0;
        QDateTime openedAt;
        QString error;
        int attempts = 0;
        QString resolution;
    };

    struct HistoryRetry {
        QDateTime at;
        QString actor;
        qint64 caseId = 0;
        bool edited = false;
        bool fixed = false;
    };
} // namespace

Result<FalloutHistory> readFalloutHistory(const QSqlDatabase& database, const QString& orderId, const QString& stepId)
{
    const QString what = QStringLiteral("read the attempt history of order %1 step %2").arg(orderId, stepId);
    FalloutHistory history;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    const QVariantList step { orderId, stepId };

    std::vector<HistoryCase> cases;
    if (Status ran = runQuery(query,
                              QStringLiteral("SELECT id, opened_at, error, attempts, COALESCE(resolution, '') FROM fallout_cases "
                                             "WHERE order_id = ? AND step_id = ? ORDER BY id"),
                              step, what);
        !ran)
        return ran.error();
    while (query.next())
        cases.push_back({ query.value(0).toLongLong(), fromStoreTimeText(query.value(1).toString()), query.value(2).toString(),
                          query.value(3).toInt(), query.value(4).toString() });

    std::vector<HistoryRetry> retries;
    if (Status ran = runQuery(query,
                              QStringLiteral("SELECT at, actor, payload FROM journal WHERE order_id = ? AND step_id = ? "
                                             "AND kind = 'step.state' AND before_state = 'fallout' AND after_state = 'ready' "
                                             "ORDER BY seq"),
                              step, what);
        !ran)
        return ran.error();
    while (query.next()) {
        const nlohmann::json payload = parseStoredJson(query.value(2).toString());
        if (storedString(payload, "reason") != QLatin1String("retry"))
            continue;
        const auto caseId = payload.is_object() ? payload.find("case") : payload.end();
        retries.push_back({ fromStoreTimeText(query.value(0).toString()), query.value(1).toString(),
                            payload.is_object() && caseId != payload.end() && caseId->is_number_integer() ? caseId->get<qint64>() : 0,
                            payload.is_object() && payload.contains("editedPayload"),
                            payload.is_object() && payload.contains("fieldFixes") });
    }

    QDateTime firstRun; // its first callout attempt, else when it left "ready"
    if (Status ran = runQuery(query,
                              QStringLiteral("SELECT COALESCE((SELECT MIN(started_at) FROM attempts WHERE order_id = ? AND step_id = ?), "
                                             "(SELECT MIN(at) FROM journal WHERE order_id = ? AND step_id = ? AND kind = 'step.state' "
                                             "AND before_state = 'ready'))"),
                              step + step, what);
        !ran)
        return ran.error();
    if (query.next() && !query.value(0).isNull())
        firstRun = fromStoreTimeText(query.value(0).toString());
    if (Status ran = runQuery(query, QStringLiteral("SELECT state FROM steps WHERE order_id = ? AND id = ?"), step, what); !ran)
        return ran.error();
    if (query.next())
        history.stepState = query.value(0).toString();

    // Each run ends in the first case opened after it began: the engine's run in the first case,
    // a retry of case N in the first case after N.
    const auto endOf = [&](FalloutTry& run, qint64 after) {
        for (const HistoryCase& c : cases) {
            if (c.id <= after)
                continue;
            run.caseId = c.id;
            run.failedAt = c.openedAt;
            run.error = c.error;
            run.attempts = c.attempts;
            run.resolution = c.resolution;
            return;
        }
    };
    FalloutTry first;
    first.number = 1;
    first.startedAt = firstRun;
    endOf(first, 0);
    history.tries.push_back(first);
    for (const HistoryRetry& retry : retries) {
        FalloutTry run;
        run.number = int(history.tries.size()) + 1;
        run.startedAt = retry.at;
        run.retriedBy = retry.actor;
        run.retriedCase = retry.caseId;
        run.payloadEdited = retry.edited;
        run.fieldsFixed = retry.fixed;
        endOf(run, retry.caseId);
        history.tries.push_back(run);
    }
    return history;
}

} // namespace fw
