// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

// A TCP proxy for tests that puts a bad network between a client and a server (usually a
// ThrowawayPostgres): it listens on a free port of 127.0.0.1, forwards every connection to
// host:port, and can be switched at any time:
//   Pass      forward both ways
//   Blackhole keep every connection open but forward nothing either way (what arrives is read and
//             dropped): a silent partition; new connections are accepted and hang the same way
//   Reset     drop every connection (RST) and refuse new ones until switched back
//   Delay     forward both ways, each chunk held for delayMs first
// It runs on a thread of its own (poll loop on plain sockets), so the test's thread may block in
// libpq while the proxy keeps working.
//
//   fw::TcpFaultProxy proxy(m_server.host(), m_server.port());
//   QVERIFY2(!proxy.start(), ...);  conninfo "host=127.0.0.1 port=" + proxy.port()
//   proxy.setMode(fw::TcpFaultProxy::Mode::Blackhole);

#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

namespace fw {

class TcpFaultProxy {
public:
    enum class Mode { Pass, Blackhole, Reset, Delay };

    TcpFaultProxy(QString targetHost, int targetPort);
    ~TcpFaultProxy();
    TcpFaultProxy(const TcpFaultProxy&) = delete;
    TcpFaultProxy& operator=(const TcpFaultProxy&) = delete;

    // Listens and starts the thread; nullopt on success, else why not.
    Status start();
    void stop();
    int port() const { return m_port; }

    void setMode(Mode mode, int delayMs = 0);
    Mode mode() const { return m_mode.load(); }
    // Connections currently open through the proxy, and all ever accepted.
    int openConnections() const { return m_open.load(); }
    int acceptedConnections() const { return m_accepted.load(); }

private:
    struct Loop;
    void run();

    QString m_targetHost;
    int m_targetPort = 0;
    int m_port = 0;
    int m_listener = -1;
    int m_wake[2] = { -1, -1 };
    std::atomic<Mode> m_mode { Mode::Pass };
    std::atomic<int> m_delayMs { 0 };
    std::atomic<bool> m_stopping { false };
    std::atomic<int> m_open { 0 };
    std::atomic<int> m_accepted { 0 };
    std::thread m_thread;
};

} // namespace fw
