// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <vector>

namespace fw {

class PgConnection;

// A LISTEN notification: its channel and payload.
struct PgNotification {
    QString channel;
    QString payload;
};

// The notifications a PgConnection's session receives (after LISTEN), read without blocking or
// waited for, within the connection's interrupt.
class PgListener {
public:
    explicit PgListener(PgConnection& connection);

    // Notifications received so far (reads what the socket has, does not wait).
    std::vector<PgNotification> take();
    // Waits up to timeoutMs for the server to send something (a notification); true if it did.
    bool wait(int timeoutMs);

private:
    PgConnection& m_connection;
};

} // namespace fw
