// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>

class QObject;

namespace fw {

class StubServer;

// The demo's external systems: fw-stubs in-process on a free loopback port, with a little of
// everything operations see (latency, retriable 503s, out-of-stock and bad-address rejections),
// and the sample catalogs' endpoints pointed at it.
struct DemoSystems {
    StubServer* server = nullptr;
    QHash<QString, QString> endpointBaseUrls; // endpoint id -> base URL on the stub
    // The same systems without latency, for the simulated history of a new demo store.
    StubServer* historyServer = nullptr;
    QHash<QString, QString> historyEndpointBaseUrls;
};

DemoSystems startDemoSystems(const QString& samplesDirectory, QObject* parent);

} // namespace fw
