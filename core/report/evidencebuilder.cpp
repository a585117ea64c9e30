// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "evidencebuilder.h"

#include "change/ordersummaryreader.h"
#include "store/evidencerows.h"

#include <QHash>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace fw {

namespace {
    bool isBillingLane(const QString& lane)
    {
        return lane.contains(QLatin1String("billing"), Qt::CaseInsensitive);
    }

    bool isDone(const EvidenceStepRow& step)
    {
        return step.state == QLatin1String("completed") || step.state == QLatin1String("skipped");
    }

    bool isLive(const EvidenceStepRow& step)
    {
        return step.state != QLatin1String("cancelled") && step.compensates.isEmpty();
    }

    EvidenceBundle::Delivery deliveryOf(const EvidenceLineRow& line, const std::vector<EvidenceStepRow>& steps)
    {
        EvidenceBundle::Delivery delivery { line.id, line.product, line.quantity, line.deliveryGroup, line.sourceItems,
                                            {},      {},           QString(),     line.fields };
        bool all = true;
        int count = 0;
        for (const EvidenceStepRow& step : steps) {
            if (!isLive(step) || !step.lines.contains(line.id))
                continue;
            ++count;
            if (step.startedAt.isValid() && (!delivery.startedAt.isValid() || step.startedAt < delivery.startedAt))
                delivery.startedAt = step.startedAt;
            if (!isDone(step))
                all = false;
            else if (step.completedAt.isValid() && (!delivery.completedAt.isValid() || step.completedAt > delivery.completedAt))
                delivery.completedAt = step.completedAt;
        }
        if (!all)
            delivery.completedAt = {};
        if (!line.removedBy.isEmpty())
            delivery.status = QStringLiteral("removed by ") + line.removedBy;
        else if (count > 0 && all)
            delivery.status = QStringLiteral("delivered");
        else if (delivery.startedAt.isValid())
            delivery.status = QStringLiteral("in progress");
        else
            delivery.status = QStringLiteral("pending");
        return delivery;
    }

    // The pause step a signal released: one whose key is the signal's name, else the first pause
    // that completed when or after the signal came.
    const EvidenceStepRow* pauseOf(const EvidenceSignalRow& signal, const std::vector<EvidenceStepRow>& steps)
    {
        const EvidenceStepRow* found = nullptr;
        for (const EvidenceStepRow& step : steps) {
            if (step.type != QLatin1String("pause"))
                continue;
            if (step.key == signal.name || step.id.endsWith(QLatin1Char('/') + signal.name))
                return &step;
            if (step.completedAt.isValid() && step.completedAt >= signal.receivedAt && (!found || step.completedAt < found->completedAt))
                found = &step;
        }
        return found;
    }

    void findBillingStart(EvidenceBundle& bundle, const EvidenceRows& rows)
    {
        const EvidenceStepRow* first = nullptr;
        for (const EvidenceStepRow& step : rows.steps) {
            if (!isBillingLane(step.lane) || step.state != QLatin1String("completed") || !step.completedAt.isValid() || !isLive(step))
                continue;
            const bool callout = step.type == QLatin1String("callout");
            const bool firstIsCallout = first && first->type == QLatin1String("callout");
            if (!first || (callout && !firstIsCallout) || (callout == firstIsCallout && step.completedAt < first->completedAt))
                first = &step;
        }
        if (first) {
            bundle.billing.step = first->id;
            bundle.billing.stepName = first->name;
            bundle.billing.at = first->completedAt;
            for (int i = int(bundle.callouts.size()) - 1; i >= 0; --i) {
                const EvidenceBundle::Callout& c = bundle.callouts[std::size_t(i)];
                if (c.step == first->id && c.outcome == QLatin1String("success")) {
                    bundle.billing.callout = i;
                    break;
                }
            }
        }
        for (const EvidenceLineRow& line : rows.lines) {
            const nlohmann::json fields = nlohmann::json::parse(line.fields.toStdString(), nullptr, false);
            if (!fields.is_object())
                continue;
            for (const auto& [name, value] : fields.items()) {
                if (name.rfind("billingStart", 0) != 0 || !value.is_string())
                    continue;
                bundle.billing.startDate = QString::fromStdString(value.get<std::string>());
                bundle.billing.line = line.id;
                return;
            }
        }
    }
} // namespace

EvidenceBundle assembleEvidence(const EvidenceRows& rows, const OrderSummaryReport& summary, const QDateTime& generatedAt)
{
    EvidenceBundle bundle;
    bundle.generatedAt = generatedAt;
    const EvidenceOrderRow& o = rows.order;
    bundle.order = { o.id,
                     o.accountId,
                     o.accountName,
                     o.state,
                     o.requestedDate,
                     o.orderedAt,
                     o.createdAt,
                     {},
                     QString(o.catalogId + QLatin1Char(' ') + o.catalogVersion).trimmed(),
                     o.revision };
    QHash<QString, const EvidenceStepRow*> stepById;
    for (const EvidenceStepRow& step : rows.steps) {
        stepById.insert(step.id, &step);
        if (o.state == QLatin1String("completed") && step.completedAt.isValid()
            && (!bundle.order.completedAt.isValid() || step.completedAt > bundle.order.completedAt))
            bundle.order.completedAt = step.completedAt;
    }
    if (o.state == QLatin1String("completed") && !bundle.order.completedAt.isValid())
        bundle.order.completedAt = o.updatedAt;
    bundle.items = summary.items;
    bundle.changeOrders = summary.changeOrders;
    for (const EvidenceLineRow& line : rows.lines)
        bundle.deliveries.push_back(deliveryOf(line, rows.steps));

    for (const EvidenceTaskRow& task : rows.tasks) {
        const EvidenceStepRow* step = stepById.value(task.stepId);
        bundle.confirmations.push_back({ QStringLiteral("task"), task.stepId, step ? step->name : QString(),
                                         QStringLiteral("task %1").arg(task.id), task.completedBy, task.completedAt, task.data,
                                         task.comment });
    }
    for (const EvidenceSignalRow& signal : rows.signalsReceived) {
        const EvidenceStepRow* step = pauseOf(signal, rows.steps);
        bundle.confirmations.push_back({ QStringLiteral("signal"), step ? step->id : QString(), step ? step->name : QString(), signal.name,
                                         signal.sentBy, signal.receivedAt, QString(), QString() });
    }
    std::stable_sort(bundle.confirmations.begin(), bundle.confirmations.end(),
                     [](const EvidenceBundle::Confirmation& a, const EvidenceBundle::Confirmation& b) { return a.at < b.at; });

    for (const EvidenceAttemptRow& a : rows.attempts) {
        const EvidenceStepRow* step = stepById.value(a.stepId);
        bundle.callouts.push_back({ a.stepId, step ? step->name : QString(), step ? step->lane : QString(), a.series, a.attempt,
                                    a.idempotencyKey, a.startedAt, a.finishedAt, a.httpStatus, a.outcome, a.certainty, a.request,
                                    a.response, a.error });
    }
    findBillingStart(bundle, rows);
    return bundle;
}

Result<EvidenceBundle> buildEvidenceBundle(const QSqlDatabase& database, const QString& orderId, const QDateTime& generatedAt)
{
    const Result<std::optional<EvidenceRows>> rows = readEvidenceRows(database, orderId);
    if (!rows)
        return rows.error();
    if (!*rows)
        return failure(QStringLiteral("unknown order '%1'").arg(orderId), {}, QStringLiteral("build the evidence bundle"));
    const Result<OrderSummaryReport> summary = readOrderSummaryReport(database, orderId);
    if (!summary)
        return summary.error();
    return assembleEvidence(**rows, *summary, generatedAt);
}

} // namespace fw
