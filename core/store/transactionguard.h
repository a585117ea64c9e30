#pragma once

#include <QSqlDatabase>

namespace fw {

// Begins a transaction and rolls it back on destruction unless commit() succeeded, so an early
// return or a failed statement never leaves half a change behind.
class TransactionGuard {
public:
    explicit TransactionGuard(QSqlDatabase database)
        : m_database(std::move(database))
        , m_active(m_database.transaction())
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
    QSqlDatabase m_database;
    bool m_active;
};

} // namespace fw
