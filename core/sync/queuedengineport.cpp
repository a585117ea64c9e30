// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queuedengineport.h"

#include <QMetaObject>
#include <QObject>
#include <QThread>

namespace fw {

namespace {
    const QString engineStopping = QStringLiteral("the engine is stopping");
}

QueuedEnginePort::QueuedEnginePort(QObject* context, EnginePort& engine)
    : m_context(context)
    , m_engine(engine)
    , m_shared(std::make_shared<Shared>())
{
}

void QueuedEnginePort::close()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->closed = true;
    m_shared->answered.notify_all();
}

bool QueuedEnginePort::available() const
{
    const std::lock_guard lock(m_shared->mutex);
    return !m_shared->closed;
}

template <typename T> T QueuedEnginePort::call(T whenClosed, std::function<T(EnginePort&)> work)
{
    if (!available() || !m_context)
        return whenClosed;
    if (QThread::currentThread() == m_context->thread())
        return work(m_engine);
    // The work runs on the engine's thread only while the port is open; close() runs there too, so
    // it never finds the work half done, and a waiter woken by close() left nothing running.
    auto answer = std::make_shared<std::optional<T>>();
    const std::shared_ptr<Shared> shared = m_shared;
    EnginePort* engine = &m_engine;
    QMetaObject::invokeMethod(
        m_context.data(),
        [shared, answer, engine, work = std::move(work)] {
            {
                const std::lock_guard lock(shared->mutex);
                if (shared->closed)
                    return;
            }
            T value = work(*engine);
            const std::lock_guard lock(shared->mutex);
            *answer = std::move(value);
            shared->answered.notify_all();
        },
        Qt::QueuedConnection);
    std::unique_lock lock(shared->mutex);
    shared->answered.wait(lock, [&] { return answer->has_value() || shared->closed; });
    return answer->has_value() ? std::move(**answer) : whenClosed;
}

bool QueuedEnginePort::runs(const QString& orderId)
{
    return call<bool>(false, [orderId](EnginePort& engine) { return engine.runs(orderId); });
}

void QueuedEnginePort::dropOrder(const QString& orderId)
{
    call<bool>(false, [orderId](EnginePort& engine) {
        engine.dropOrder(orderId);
        return true;
    });
}

Status QueuedEnginePort::adoptOrder(const QString& orderId)
{
    return call<Status>(failure(engineStopping), [orderId](EnginePort& engine) { return engine.adoptOrder(orderId); });
}

CommandResult QueuedEnginePort::process(const Command& command)
{
    return call<CommandResult>(CommandResult::failed(engineStopping), [command](EnginePort& engine) { return engine.process(command); });
}

Status QueuedEnginePort::apply(const Command& command)
{
    return call<Status>(failure(engineStopping), [command](EnginePort& engine) { return engine.apply(command); });
}

Status QueuedEnginePort::grantClaim(qint64 queuedId, const Command& claim)
{
    return call<Status>(failure(engineStopping), [queuedId, claim](EnginePort& engine) { return engine.grantClaim(queuedId, claim); });
}

} // namespace fw
