// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demosystems.h"

#include "stubserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace fw {

namespace {
    // Latency, retriable 503s on provisioning, bad addresses at the carrier, out-of-stock inventory.
    void configureSystems(StubServer& server, int latencyMs)
    {
        StubBehaviour everywhere;
        everywhere.latencyMs = latencyMs;
        server.configure(QString(), everywhere);
        StubBehaviour provisioning = everywhere;
        provisioning.failureRate = 0.15; // retried with back-off, some exhaust into fallout
        server.configure(QStringLiteral("provisioning"), provisioning);
        StubBehaviour carrier = everywhere;
        carrier.badRequestRate = 0.12; // fatal: an address the carrier rejects
        server.configure(QStringLiteral("carrier"), carrier);
        StubBehaviour inventory = everywhere;
        inventory.errorCode = QStringLiteral("OUT_OF_STOCK");
        inventory.errorCount = 4;
        server.configure(QStringLiteral("inventory"), inventory);
    }

    // Every sample catalog's endpoints, sent to the same system path on the server at `port`.
    QHash<QString, QString> endpointsOn(const QString& samplesDirectory, quint16 port)
    {
        QHash<QString, QString> bases;
        const QDir samples(samplesDirectory);
        for (const QString& scenario : samples.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile file(samples.filePath(scenario + QStringLiteral("/catalog.json")));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonArray endpoints = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("endpoints")).toArray();
            for (const auto& value : endpoints) {
                const QJsonObject endpoint = value.toObject();
                QUrl url(endpoint.value(QStringLiteral("baseUrl")).toString());
                url.setHost(QStringLiteral("127.0.0.1"));
                url.setPort(port);
                bases.insert(endpoint.value(QStringLiteral("id")).toString(), url.toString());
            }
        }
        return bases;
    }
} // namespace

DemoSystems startDemoSystems(const QString& samplesDirectory, QObject* parent)
{
    DemoSystems systems;
    systems.server = new StubServer(2026, parent);
    const quint16 port = systems.server->listenLocal(0);
    if (!port)
        return systems;
    configureSystems(*systems.server, 60);
    systems.endpointBaseUrls = endpointsOn(samplesDirectory, port);
    systems.historyServer = new StubServer(1999, parent);
    if (const quint16 historyPort = systems.historyServer->listenLocal(0)) {
        configureSystems(*systems.historyServer, 0);
        systems.historyEndpointBaseUrls = endpointsOn(samplesDirectory, historyPort);
    }
    return systems;
}

} // namespace fw
