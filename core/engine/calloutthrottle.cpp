// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calloutthrottle.h"

#include <algorithm>

namespace fw {

CalloutThrottle::CalloutThrottle(CalloutTransport& transport)
    : m_transport(transport)
{
}

CalloutThrottle::~CalloutThrottle() = default;

void CalloutThrottle::send(const CalloutRequest& request, std::function<void(const CalloutResponse&)> done)
{
    Channel& channel = m_channels[request.endpoint];
    if (channel.inFlight >= std::max(1, request.maxInFlight)) {
        channel.waiting.push_back({ request, std::move(done) });
        return;
    }
    sendNow(request.endpoint, request, std::move(done));
}

void CalloutThrottle::sendNow(const QString& endpoint, const CalloutRequest& request, std::function<void(const CalloutResponse&)> done)
{
    Channel& channel = m_channels[endpoint];
    ++channel.inFlight;
    channel.peak = std::max(channel.peak, channel.inFlight);
    m_transport.send(request,
                     [this, alive = std::weak_ptr<int>(m_alive), endpoint, done = std::move(done)](const CalloutResponse& response) {
                         if (!alive.expired()) {
                             Channel& c = m_channels[endpoint];
                             --c.inFlight;
                             if (!c.waiting.empty()) {
                                 Waiting next = std::move(c.waiting.front());
                                 c.waiting.pop_front();
                                 sendNow(endpoint, next.request, std::move(next.done));
                             }
                         }
                         done(response);
                     });
}

} // namespace fw
