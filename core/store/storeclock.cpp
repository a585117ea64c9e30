// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storeclock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fw {

namespace {
    const QString simulatedKey = QStringLiteral("clock.simulated");
}

Result<std::optional<QDateTime>> StoreClock::simulatedPosition(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM store_settings WHERE name = ?"));
    query.addBindValue(simulatedKey);
    if (!query.exec())
        return failure(query.lastError().text(), {}, QStringLiteral("cannot read the store's clock setting"));
    if (!query.next())
        return std::optional<QDateTime>();
    const QDateTime position = fromStoreTimeText(query.value(0).toString());
    if (!position.isValid())
        return failure(QStringLiteral("the store's simulated clock position '%1' (store_settings %2) is not a time")
                           .arg(query.value(0).toString(), simulatedKey));
    return std::optional<QDateTime>(position);
}

Status StoreClock::setSimulatedPosition(const QSqlDatabase& db, const QDateTime& position)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO store_settings (name, value) VALUES (?, ?) "
                                 "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    query.addBindValue(simulatedKey);
    query.addBindValue(toStoreTime(position));
    if (!query.exec())
        return failure(query.lastError().text(), {}, QStringLiteral("cannot keep the simulated clock's position in the store"));
    return {};
}

Status StoreClock::useWallClock(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM store_settings WHERE name = ?"));
    query.addBindValue(simulatedKey);
    if (!query.exec())
        return failure(query.lastError().text(), {}, QStringLiteral("cannot leave simulated time"));
    return {};
}

std::unique_ptr<Clock> StoreClock::forStore(const QSqlDatabase& db)
{
    const auto position = simulatedPosition(db);
    if (position && *position)
        return std::make_unique<ManualClock>(**position);
    return std::make_unique<SystemClock>();
}

} // namespace fw
