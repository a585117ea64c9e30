// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ChangeCommands: preview, submit, the freeze while callouts are out, and the reload of the
// reconciled plan (docs/change-orders.md).
#include "changecommands.h"

#include "change/changepreparation.h"
#include "change/storedchange.h"
#include "change/changepreviewjson.h"
#include "common/clock.h"
#include "common/jsonvariant.h"
#include "engine/orderruntime.h"
#include "store/changewriter.h"
#include "store/database.h"
#include "store/enginewriter.h"
#include "store/runtimeloader.h"
#include "store/storedjson.h"
#include "store/waitingchanges.h"

#include <nlohmann/json.hpp>

namespace fw {

namespace {

    QString refusalsText(const std::vector<PonrRefusal>& refusals)
    {
        QStringList lines;
        for (const PonrRefusal& r : refusals)
            lines << r.message;
        return lines.join(QLatin1Char('\n'));
    }

} // namespace

ChangeCommands::ChangeCommands(ExecutionContext& context)
    : m_context(context)
{
}

ChangeCommands::~ChangeCommands() = default;

PreparedChange ChangeCommands::prepare(const ChangeOrder& change, bool resuming)
{
    return prepareStoredChange(m_context.database().connection(), m_context.findOrder(change.order), change, resuming,
                               m_context.clock().now());
}

ChangePreview ChangeCommands::preview(const nlohmann::json& document, const QString& label)
{
    const ChangeOrderLoad load = ChangeOrderReader::readJson(document, label);
    if (!load.ok()) {
        ChangePreview preview;
        preview.problems = load.problems;
        return preview;
    }
    if (const Status flushed = m_context.flush(); !flushed) { // the store must hold what memory holds
        ChangePreview preview;
        preview.problems = { { label, {}, flushed.message() } };
        return preview;
    }
    return prepare(*load.changeOrder).preview;
}

Status ChangeCommands::submit(const nlohmann::json& document, const QString& label, const QString& user, QString* outcome)
{
    const ChangeOrderLoad load = ChangeOrderReader::readJson(document, label);
    if (!load.ok())
        return failure(problemsText(load.problems));
    const ChangeOrder& change = *load.changeOrder;
    if (Status flushed = m_context.flush(); !flushed)
        return flushed;
    const PreparedChange prepared = prepare(change);
    const ChangePreview& preview = prepared.preview;
    if (!preview.problems.empty())
        return failure(problemsText(preview.problems));
    QSqlDatabase db = m_context.database().connection();
    const QString text = QString::fromStdString(document.dump());
    if (!preview.refusals.empty()) {
        if (const Status recorded
            = ChangeWriter::record(db, change, preview, QStringLiteral("refused"), text, user, m_context.clock().now());
            !recorded)
            return recorded.error();
        return failure(refusalsText(preview.refusals));
    }
    OrderRuntime& order = *m_context.findOrder(change.order);
    if (!preview.inFlight.isEmpty()) {
        if (const Status recorded
            = ChangeWriter::record(db, change, preview, QStringLiteral("waiting"), text, user, m_context.clock().now());
            !recorded)
            return recorded.error();
        m_waitingChanges.push_back({ change.order, text, label, user });
        order.frozen = true;
        if (outcome)
            *outcome = QStringLiteral("waiting for the replies of %1; applied when they are in")
                           .arg(preview.inFlight.join(QStringLiteral(", ")));
        return {};
    }
    if (Status applied = applyPrepared(order, prepared, change, text, user); !applied)
        return applied;
    if (outcome)
        *outcome = QStringLiteral("applied: ") + changeOutcome(preview);
    return {};
}

Status ChangeCommands::applyPrepared(OrderRuntime& order, const PreparedChange& prepared, const ChangeOrder& change,
                                     const QString& document, const QString& user)
{
    QSqlDatabase db = m_context.database().connection();
    if (const Status applied = ChangeWriter::apply(db, order, prepared, change, document, user, m_context.clock().now()); !applied)
        return applied.error();
    Result<OrderRuntime> fresh = RuntimeLoader::load(db, order.orderId);
    if (!fresh)
        return failure(QStringLiteral("change order %1 applied, but order %2 could not be reloaded: %3")
                           .arg(change.id, order.orderId, fresh.message()));
    for (StepRuntime& step : fresh->steps) { // callouts out now stay out: their replies are on the way
        const int old = order.stepIndex(step.id);
        if (old >= 0)
            step.inFlight = order.steps[std::size_t(old)].inFlight;
    }
    fresh->frozen
        = std::any_of(m_waitingChanges.begin(), m_waitingChanges.end(), [&](const WaitingChange& w) { return w.orderId == order.orderId; });
    order = std::move(*fresh);
    if (order.onHold && order.execution->count(StepState::Fallout) == 0) { // the change discarded what fell out
        order.onHold = false;
        m_context.writer().orderHoldChanged(order.orderId, false, m_context.clock().now(), user,
                                            QString::fromStdString(nlohmann::json { { "change", change.id.toStdString() } }.dump()));
    }
    for (const auto& t : order.execution->promoteReady())
        m_context.writer().stepChanged(order, t.step, t.from, t.to, m_context.clock().now(), ExecutionContext::engineActor);
    m_context.rollUp(order);
    if (Status flushed = m_context.flush(); !flushed)
        return flushed;
    return m_context.runUntilIdle();
}

Status ChangeCommands::applyWaitingChanges()
{
    std::vector<WaitingChange> waiting;
    waiting.swap(m_waitingChanges);
    for (std::size_t i = 0; i < waiting.size(); ++i) {
        const WaitingChange& w = waiting[i];
        OrderRuntime* order = m_context.findOrder(w.orderId);
        const auto stillOut = [order] {
            return order && std::any_of(order->steps.begin(), order->steps.end(), [](const StepRuntime& s) { return s.inFlight; });
        };
        if (stillOut() || std::any_of(m_waitingChanges.begin(), m_waitingChanges.end(), [&](const WaitingChange& earlier) {
                return earlier.orderId == w.orderId;
            })) {
            m_waitingChanges.push_back(w); // an order's changes apply in the order they came
            continue;
        }
        const nlohmann::json document = parseStoredJson(w.document);
        const ChangeOrderLoad load = ChangeOrderReader::readJson(document, w.label);
        if (!load.ok())
            continue; // it was read before it was recorded; cannot happen
        const PreparedChange prepared = prepare(*load.changeOrder, true);
        QSqlDatabase db = m_context.database().connection();
        Status error;
        if (!prepared.preview.inFlight.isEmpty() && prepared.preview.accepted()) {
            m_waitingChanges.push_back(w); // a new callout of a touched step went out meanwhile
            continue;
        }
        if (!prepared.preview.accepted() || !order) {
            const Status recorded = ChangeWriter::record(db, *load.changeOrder, prepared.preview, QStringLiteral("refused"), w.document,
                                                         w.user, m_context.clock().now());
            if (!recorded)
                error = recorded;
        } else {
            order->frozen = false;
            error = applyPrepared(*order, prepared, *load.changeOrder, w.document, w.user);
        }
        if (order)
            order->frozen = std::any_of(m_waitingChanges.begin(), m_waitingChanges.end(),
                                        [&](const WaitingChange& other) { return other.orderId == w.orderId; })
                || std::any_of(waiting.begin() + qsizetype(i) + 1, waiting.end(),
                               [&](const WaitingChange& other) { return other.orderId == w.orderId; });
        if (!error)
            return error;
    }
    return {};
}

Status ChangeCommands::beforeRun()
{
    if (m_waitingChanges.empty() || m_applyingWaitingChanges)
        return {}; // applying one runs the loop again: not into the others from there
    if (Status settled = m_context.writer().settle(); !settled)
        return settled; // a change reads its order's rows as the engine left them
    m_applyingWaitingChanges = true;
    Status applied = applyWaitingChanges();
    m_applyingWaitingChanges = false;
    return applied;
}

Status ChangeCommands::loaded()
{
    m_waitingChanges.clear();
    const auto waiting = WaitingChangesReader(m_context.database().connection()).read();
    if (!waiting)
        return waiting.error();
    for (const WaitingChangeRow& row : *waiting) {
        OrderRuntime* order = m_context.findOrder(row.orderId);
        if (!order)
            continue;
        order->frozen = true;
        m_waitingChanges.push_back({ order->orderId, row.document, QStringLiteral("store:change/%1").arg(row.id), row.submittedBy });
    }
    return {};
}

} // namespace fw
