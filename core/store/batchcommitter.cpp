// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "batchcommitter.h"

#include "database.h"

#include <sqlite3.h>

#include <chrono>

namespace fw {

namespace {
    std::atomic<int> writeDelayForTests { 0 };
}

void BatchCommitter::setWriteDelayForTests(int milliseconds)
{
    writeDelayForTests.store(milliseconds);
}

Result<std::unique_ptr<BatchCommitter>> BatchCommitter::open(const QString& path)
{
    sqlite3* connection = nullptr;
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const QString why = connection ? QString::fromUtf8(sqlite3_errmsg(connection)) : QStringLiteral("out of memory");
        sqlite3_close(connection);
        return fw::failure(QStringLiteral("cannot open a second connection to the store: ") + why, path);
    }
    sqlite3_busy_timeout(connection, Database::busyTimeoutMs);
    for (const QString& pragma : Database::writerPragmas()) {
        if (sqlite3_exec(connection, pragma.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(connection));
            sqlite3_close(connection);
            return fw::failure(QStringLiteral("cannot configure a second connection to the store (%1): %2").arg(pragma, why), path);
        }
    }
    return std::unique_ptr<BatchCommitter>(new BatchCommitter(connection));
}

BatchCommitter::BatchCommitter(sqlite3* connection)
    : m_connection(connection)
    , m_thread([this] { work(); })
{
}

BatchCommitter::~BatchCommitter()
{
    (void)settle();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
    sqlite3_close(m_connection);
}

void BatchCommitter::submit(EngineBatch&& batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_waiting || m_error; });
    if (m_error)
        return; // written no more: settle() reports the failure
    m_waiting = std::move(batch);
    lock.unlock();
    m_changed.notify_all();
}

Status BatchCommitter::settle()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return (!m_waiting && !m_writing) || m_error; });
    if (m_error)
        return *m_error;
    return {};
}

void BatchCommitter::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_waiting || m_stopping; });
        if (!m_waiting)
            return; // stopping, and nothing is left
        EngineBatch batch = std::move(*m_waiting);
        m_waiting.reset();
        m_writing = true;
        lock.unlock();
        m_changed.notify_all(); // room for the next batch
        if (const int delay = writeDelayForTests.load(); delay > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(delay));
        const Status written = writeEngineBatch(m_connection, batch);
        batch = {}; // its strings are released on this thread, outside the lock
        lock.lock();
        m_writing = false;
        if (!written) {
            m_error = written.error();
            m_waiting.reset(); // a later batch is not written after a failed one
            m_failed.store(true, std::memory_order_release);
        }
        m_changed.notify_all();
    }
}

} // namespace fw
