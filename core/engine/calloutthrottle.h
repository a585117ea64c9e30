// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "callouttransport.h"

#include <QHash>

#include <deque>
#include <memory>

namespace fw {

// Holds callouts back so that at most CalloutRequest::maxInFlight requests of one endpoint are out
// at once; the others wait here, first come first sent, and leave as earlier ones finish. Since
// a request waits here and not in the network stack, its timeout runs only while it is out.
// Wraps the transport that really sends; lives in the calling thread's event loop like it.
class CalloutThrottle final : public CalloutTransport {
public:
    explicit CalloutThrottle(CalloutTransport& transport);
    ~CalloutThrottle() override;
    CalloutThrottle(const CalloutThrottle&) = delete;
    CalloutThrottle& operator=(const CalloutThrottle&) = delete;

    void send(const CalloutRequest& request, std::function<void(const CalloutResponse&)> done) override;

    int inFlight(const QString& endpoint) const { return m_channels.value(endpoint).inFlight; }
    int waiting(const QString& endpoint) const { return int(m_channels.value(endpoint).waiting.size()); }
    int peakInFlight(const QString& endpoint) const { return m_channels.value(endpoint).peak; }

private:
    struct Waiting {
        CalloutRequest request;
        std::function<void(const CalloutResponse&)> done;
    };
    struct Channel {
        int inFlight = 0;
        int peak = 0;
        std::deque<Waiting> waiting;
    };
    void sendNow(const QString& endpoint, const CalloutRequest& request, std::function<void(const CalloutResponse&)> done);

    CalloutTransport& m_transport;
    QHash<QString, Channel> m_channels; // by CalloutRequest::endpoint
    std::shared_ptr<int> m_alive = std::make_shared<int>(0); // replies after destruction are passed on only
};

} // namespace fw
