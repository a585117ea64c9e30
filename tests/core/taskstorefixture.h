// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Tasks on the synthetic orders of orderstorefixture.h, written with plain SQL. Order i (from 0)
// gets one task on its step s1 ("shipping"), id i + 1:
//   queue by i%3: "floor", "field", "desk";
//   state by i%4: open, claimed by ana, claimed by bob, completed (not in the inbox);
//   created 2024-01-01 + i minutes.

#include "orderstorefixture.h"

namespace fw::test {

inline QString fixtureTaskQueue(int i)
{
    static const QString queues[] = { QStringLiteral("floor"), QStringLiteral("field"), QStringLiteral("desk") };
    return queues[i % 3];
}

inline QString fixtureTaskHolder(int i) // empty: open (or completed)
{
    return i % 4 == 1 ? QStringLiteral("ana") : i % 4 == 2 ? QStringLiteral("bob") : QString();
}

inline bool fixtureTaskActive(int i)
{
    return i % 4 != 3;
}

inline bool addFixtureTask(QSqlDatabase db, int i)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO tasks (id, order_id, step_id, queue, state, claimed_by, claimed_at, created_at, updated_at) "
                             "VALUES (?, ?, 's1', ?, ?, ?, ?, ?, ?)"));
    const QString holder = fixtureTaskHolder(i);
    const QString state = !fixtureTaskActive(i) ? QStringLiteral("completed")
        : holder.isEmpty()                      ? QStringLiteral("open")
                                                : QStringLiteral("claimed");
    const QString created = fixtureCreated(i);
    for (const QVariant& v : { QVariant(i + 1), QVariant(QStringLiteral("SO-%1").arg(1000 + i)), QVariant(fixtureTaskQueue(i)),
                               QVariant(state), holder.isEmpty() ? QVariant() : QVariant(holder),
                               holder.isEmpty() ? QVariant() : QVariant(created), QVariant(created), QVariant(created) })
        q.addBindValue(v);
    return q.exec();
}

// n orders, each with its task.
inline bool fillTaskFixtureStore(QSqlDatabase db, int n)
{
    if (!fillFixtureStore(db, n) || !db.transaction())
        return false;
    for (int i = 0; i < n; ++i) {
        if (!addFixtureTask(db, i)) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

} // namespace fw::test
