// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

namespace fw {

// Begins a transaction and rolls it back on destruction unless commit() succeeded, so an early
// return or a failed statement never leaves half a change behind. On SQLite it is BEGIN IMMEDIATE:
// the write lock is taken (waiting up to the busy timeout) before the first read, so a transaction
// that reads and then writes never fails with "database is locked" because another connection (the
// sync thread's, fwctl's) wrote in between (SQLITE_BUSY_SNAPSHOT, which the busy timeout cannot wait out).
class TransactionGuard {
public:
    explicit TransactionGuard(QSqlDatabase database)
        : m_database(std::move(database))
        , m_active(begin(m_database))
    {
    }
    ~TransactionGuard()
    {
        if (m_active)
            m_database.rollback();
    }
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_database.commit();
    }

private:
    static bool begin(QSqlDatabase& database)
    {
        if (database.driverName() != QLatin1String("QSQLITE"))
            return database.transaction();
        QSqlQuery query(database);
        return query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }

    QSqlDatabase m_database;
    bool m_active;
};

} // namespace fw
