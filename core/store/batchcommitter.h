// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "enginebatch.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

struct sqlite3;

namespace fw {

// Writes the engine's group commits on a thread of its own, over a connection of its own to the
// store, so the engine computes (and reads) its next work while a commit, with its fsync, is under
// way. At most one batch waits while another is written: submit() blocks beyond that, which keeps
// memory flat when the disk is slower than the engine.
//
// A submitted batch is not in the store until settle() returns: readers on another connection see
// the store as it was before the batch (EngineWriter therefore knows which orders a batch writes).
// A failed write is final, as EngineWriter's is: the batch is rolled back, later batches are not
// written, and failed() turns true; settle() returns the error.
class BatchCommitter {
public:
    // A connection to the store at `path` with the engine connection's settings (Database::
    // writerPragmas) and its thread; an error when the store cannot be opened.
    static Result<std::unique_ptr<BatchCommitter>> open(const QString& path);
    ~BatchCommitter(); // settles, then closes

    BatchCommitter(const BatchCommitter&) = delete;
    BatchCommitter& operator=(const BatchCommitter&) = delete;

    void submit(EngineBatch&& batch);
    Status settle(); // waits until every submitted batch is written (or the first failed)
    bool failed() const { return m_failed.load(std::memory_order_acquire); }
    // Tests: every background write first waits this long (a slow disk), so what reads the store
    // before settle() is seen to read it without the batch.
    static void setWriteDelayForTests(int milliseconds);

private:
    explicit BatchCommitter(sqlite3* connection);
    void work();

    sqlite3* m_connection;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<EngineBatch> m_waiting; // submitted, not yet taken by the thread
    bool m_writing = false;
    bool m_stopping = false;
    std::optional<Error> m_error; // the first failed write's
    std::atomic<bool> m_failed { false };
    std::thread m_thread;
};

} // namespace fw
