// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace fw {

// Calls onResult(result) on context's thread once future has its result, unless context is gone by
// then. Use it instead of QFuture::then(context, ...): on Qt 6.4 that continuation trips an assert
// when the context is deleted first (a page closed while its query runs), and under load it was
// seen never to run at all. The watcher is a child of context, so it dies with it.
template <typename T, typename Function> void whenReady(QObject* context, QFuture<T> future, Function&& onResult)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, onResult = std::forward<Function>(onResult)]() mutable {
        watcher->deleteLater();
        onResult(watcher->result());
    });
    watcher->setFuture(std::move(future));
}

} // namespace fw
