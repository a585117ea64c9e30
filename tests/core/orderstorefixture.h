// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A store of n synthetic orders with known answers, written with plain SQL (the schema's triggers
// fill the search terms and the counts as an import would). Order i (from 0):
//   id SO-(1000+i); account "Acme Fiber" (i%3==0), "Blue \"Sky\", Ltd" (1), "Cobalt Telco" (2);
//   state by i%5: pending, in-progress, fallout, completed, cancelled; created 2024-01-01 + i minutes;
//   products fiber-100 for even i, router-x too when i%4==0; requested 2024-02-01;
//   steps: network (completed), shipping (completed for even i, else waiting), billing (pending).

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QDateTime>

namespace fw::test {

inline QString fixtureAccount(int i)
{
    static const QString accounts[] = { QStringLiteral("Acme Fiber"), QStringLiteral("Blue \"Sky\", Ltd"), QStringLiteral("Cobalt Telco") };
    return accounts[i % 3];
}

inline QString fixtureState(int i)
{
    static const QString states[] = { QStringLiteral("pending"), QStringLiteral("in-progress"), QStringLiteral("fallout"),
                                      QStringLiteral("completed"), QStringLiteral("cancelled") };
    return states[i % 5];
}

inline QString fixtureCreated(int i)
{
    return QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(60LL * i).toString(Qt::ISODateWithMs);
}

inline bool addFixtureOrder(QSqlDatabase db, int i, const QString& created)
{
    QSqlQuery q(db);
    const QString id = QStringLiteral("SO-%1").arg(1000 + i);
    q.prepare(QStringLiteral("INSERT INTO orders (id, catalog_id, catalog_version, account_id, account_name, state, requested_date, "
                             "ordered_at, document, created_at, updated_at) VALUES (?, 'cat', '1', ?, ?, ?, '2024-02-01', ?, '{}', ?, ?)"));
    for (const QVariant& v : { QVariant(id), QVariant(QStringLiteral("A%1").arg(i % 3)), QVariant(fixtureAccount(i)),
                               QVariant(fixtureState(i)), QVariant(created), QVariant(created), QVariant(created) })
        q.addBindValue(v);
    if (!q.exec())
        return false;
    QStringList products;
    if (i % 2 == 0)
        products << QStringLiteral("fiber-100");
    if (i % 4 == 0)
        products << QStringLiteral("router-x");
    for (int l = 0; l < products.size(); ++l) {
        q.prepare(QStringLiteral("INSERT INTO fulfillment_lines (order_id, id, product, scope, owner_order, account_id, source_items, "
                                 "rules, quantity, attributes) VALUES (?, ?, ?, 'order', ?, 'A', '[]', '[]', 1, '{}')"));
        for (const QVariant& v : { QVariant(id), QVariant(QStringLiteral("L%1").arg(l)), QVariant(products[l]), QVariant(id) })
            q.addBindValue(v);
        if (!q.exec())
            return false;
    }
    const QString lanes[] = { QStringLiteral("network"), QStringLiteral("shipping"), QStringLiteral("billing") };
    const QString states[]
        = { QStringLiteral("completed"), i % 2 == 0 ? QStringLiteral("completed") : QStringLiteral("waiting"), QStringLiteral("pending") };
    for (int s = 0; s < 3; ++s) {
        q.prepare(QStringLiteral("INSERT INTO steps (order_id, seq, id, name, type, scope, lane, plan_definition, step_key, lines, "
                                 "depends_on, depth, estimated_seconds, point_of_no_return, state, updated_at) "
                                 "VALUES (?, ?, ?, ?, 'manual', 'order', ?, 'p', ?, '[]', '[]', 0, 0, 0, ?, ?)"));
        for (const QVariant& v : { QVariant(id), QVariant(s), QVariant(QStringLiteral("s%1").arg(s)), QVariant(lanes[s]),
                                   QVariant(lanes[s]), QVariant(QStringLiteral("k%1").arg(s)), QVariant(states[s]), QVariant(created) })
            q.addBindValue(v);
        if (!q.exec())
            return false;
    }
    return true;
}

inline bool fillFixtureStore(QSqlDatabase db, int n)
{
    if (!db.transaction())
        return false;
    for (int i = 0; i < n; ++i) {
        if (!addFixtureOrder(db, i, fixtureCreated(i))) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

} // namespace fw::test
