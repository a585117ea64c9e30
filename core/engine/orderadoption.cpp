// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderadoption.h"

#include "common/clock.h"
#include "executioncontext.h"
#include "runningorders.h"
#include "store/activeorders.h"
#include "store/database.h"
#include "store/enginewriter.h"
#include "store/neworders.h"
#include "store/runtimeloader.h"

namespace fw {

OrderAdoption::OrderAdoption(ExecutionContext& context, RunningOrders& orders)
    : m_context(context)
    , m_orders(orders)
{
}

Status OrderAdoption::markSeen()
{
    const Result<qint64> newest = NewOrdersReader(m_context.database().connection()).newestRow();
    if (!newest)
        return newest.error();
    m_seenUpTo = *newest;
    return {};
}

int OrderAdoption::adoptNew(QStringList& errors)
{
    const auto rows = NewOrdersReader(m_context.database().connection()).runnableAfter(m_seenUpTo);
    if (!rows) {
        errors << rows.message();
        return 0;
    }
    // Orders another process imported (fwctl, the workbench's import): taken up as a group, with one
    // loader and one commit of their first step changes, not a commit each.
    std::vector<QString> fresh;
    for (const NewOrderRow& row : *rows) {
        m_seenUpTo = std::max(m_seenUpTo, row.rowid);
        if (!m_orders.holds(row.orderId))
            fresh.push_back(row.orderId);
    }
    std::vector<std::pair<QString, QString>> notRun;
    if (const Status flushed = adoptAll(fresh, notRun); !flushed)
        errors << flushed.message();
    for (const auto& [orderId, why] : notRun)
        errors << why;
    return int(fresh.size() - notRun.size());
}

Status OrderAdoption::adopt(const QString& orderId)
{
    if (Status settled = m_context.writer().settle(); !settled)
        return settled; // read what the engine wrote before, not the store without it
    RuntimeLoader reader = loader();
    const Status taken = take(orderId, reader);
    if (Status flushed = m_context.flush(); !flushed)
        return flushed;
    return taken;
}

Status OrderAdoption::adoptAll(const std::vector<QString>& orderIds, std::vector<std::pair<QString, QString>>& notRun)
{
    RuntimeLoader reader = loader(); // statements prepared once for the group
    for (const QString& id : orderIds) {
        if (const Status taken = take(id, reader); !taken)
            notRun.emplace_back(id, taken.message());
    }
    return m_context.flush();
}

Status OrderAdoption::take(const QString& orderId, RuntimeLoader& loader)
{
    if (m_orders.find(orderId))
        return {};
    if (m_orders.isWaiting(orderId)) {
        (void)m_context.findOrder(orderId); // held: read it; one that cannot run is reported with its reason
        return {};
    }
    bool unreadable = false;
    auto order = loader.read(orderId, &unreadable);
    if (!order && unreadable) {
        setAside(orderId, order.message());
        return failure(QStringLiteral("order %1 set aside, not run: %2").arg(orderId, order.message()));
    }
    if (!order)
        return order.error();
    OrderRuntime& added = m_orders.add(std::move(*order));
    for (const auto& t : added.execution->promoteReady())
        m_context.writer().stepChanged(added, t.step, t.from, t.to, m_context.clock().now(), ExecutionContext::engineActor);
    m_context.rollUp(added);
    return {};
}

Status OrderAdoption::holdActive(bool newOnly)
{
    if (Status settled = m_context.writer().settle(); !settled)
        return settled; // the active orders as the engine left them
    const ActiveOrdersReader reader(m_context.database().connection());
    const auto active = newOnly ? reader.readNew() : reader.read();
    if (!active)
        return active.error();
    hold(*active);
    if (!newOnly)
        m_notedAtStart.clear();
    return {};
}

void OrderAdoption::hold(const std::vector<ActiveOrder>& active)
{
    // Start-up order: those that can move now, then those that must be read to know, then the
    // rest by date; those waiting for a person or an operator are not read at all.
    static const QDateTime now = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    static const QDateTime look = QDateTime::fromMSecsSinceEpoch(1, Qt::UTC);
    struct Usable {
        QString why; // empty: its orders can run
        bool damaged = false; // set its orders aside; else (not in the store) leave them out this time
    };
    QHash<QString, Usable> catalogs; // "id@version"
    const ActiveOrder* previous = nullptr;
    const Usable* usable = nullptr;
    m_orders.reserve(active.size());
    for (const ActiveOrder& order : active) {
        if (m_orders.holds(order.id) || m_notedAtStart.contains(order.id))
            continue; // taken up already (the new ones, before the others were read)
        if (!previous || previous->catalogId != order.catalogId || previous->catalogVersion != order.catalogVersion) {
            const QString key = order.catalogId + QLatin1Char('@') + order.catalogVersion;
            auto known = catalogs.constFind(key);
            if (known == catalogs.cend()) {
                bool missing = false;
                const auto catalog = RuntimeLoader::catalog(m_context.database().connection(), order.catalogId, order.catalogVersion,
                                                            m_catalogs, &missing);
                known = catalogs.insert(key, { catalog ? QString() : catalog.message(), !catalog && !missing });
            }
            usable = &*known;
        }
        previous = &order;
        if (!usable->why.isEmpty()) {
            m_notedAtStart.insert(order.id);
            if (usable->damaged)
                setAside(order.id, usable->why);
            else
                m_orders.noteLeftOut({ order.id, usable->why });
            continue;
        }
        switch (order.wake) {
        case ActiveOrder::Wake::Now:
            m_orders.wait(order.id, now);
            break;
        case ActiveOrder::Wake::Look:
            m_orders.wait(order.id, look);
            break;
        case ActiveOrder::Wake::At:
            m_orders.wait(order.id, order.at);
            break;
        case ActiveOrder::Wake::Event:
            m_orders.wait(order.id, {});
            break;
        }
    }
}

RuntimeLoader OrderAdoption::loader()
{
    return RuntimeLoader(m_context.database().connection(), m_catalogs);
}

OrderRuntime* OrderAdoption::wake(const QString& orderId, RuntimeLoader* loader)
{
    if (OrderRuntime* resident = m_orders.find(orderId))
        return resident;
    if (!m_orders.isWaiting(orderId))
        return nullptr;
    if (m_context.writer().writesPending(orderId))
        (void)m_context.writer().settle(); // its last changes are still being committed; a failure is latched
    bool unreadable = false;
    auto order = loader ? loader->read(orderId, &unreadable)
                        : RuntimeLoader::load(m_context.database().connection(), orderId, m_catalogs, &unreadable);
    if (!order) {
        if (unreadable)
            setAside(orderId, order.message());
        else
            m_orders.noteLeftOut({ orderId, order.message() }); // its catalog went, or the store failed: not this time
        return nullptr;
    }
    OrderRuntime& added = m_orders.add(std::move(*order));
    for (const auto& t : added.execution->promoteReady())
        m_context.writer().stepChanged(added, t.step, t.from, t.to, m_context.clock().now(), ExecutionContext::engineActor);
    m_context.rollUp(added);
    return &added;
}

void OrderAdoption::setAside(const QString& orderId, const QString& reason)
{
    // Written with the next flush; the order is never loaded again (set_aside_reason), so this is
    // journalled once. An operator repairs the row and clears the reason (docs/store.md).
    m_context.writer().orderSetAside(orderId, reason, m_context.clock().now(), ExecutionContext::engineActor);
    m_orders.noteSetAside({ orderId, reason });
}

} // namespace fw
