// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engineport.h"

#include <QPointer>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

class QObject;

namespace fw {

// An EnginePort for a sync round on another thread: each call runs on the engine's thread (queued
// to `context`, an object living there) while the round's thread waits for it. The engine never
// waits for the round; once close() is called (on the engine's thread, before it stops), calls
// return at once without the engine (available() is false) and the round ends.
class QueuedEnginePort final : public EnginePort {
public:
    QueuedEnginePort(QObject* context, EnginePort& engine);

    void close();

    bool runs(const QString& orderId) override;
    void dropOrder(const QString& orderId) override;
    Status adoptOrder(const QString& orderId) override;
    CommandResult process(const Command& command) override;
    Status apply(const Command& command) override;
    Status grantClaim(qint64 queuedId, const Command& claim) override;
    bool available() const override;

private:
    struct Shared {
        mutable std::mutex mutex;
        std::condition_variable answered;
        bool closed = false;
    };
    template <typename T> T call(T whenClosed, std::function<T(EnginePort&)> work);

    QPointer<QObject> m_context;
    EnginePort& m_engine;
    std::shared_ptr<Shared> m_shared;
};

} // namespace fw
