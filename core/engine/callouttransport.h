#pragma once

#include "failureclassifier.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace fw {

struct CalloutRequest {
    QUrl url;
    QString method = QStringLiteral("POST");
    QByteArray body; // JSON
    QString idempotencyKey; // sent as the Idempotency-Key header
    int timeoutMs = 10000;
};

struct CalloutResponse {
    int httpStatus = 0; // 0: no response
    QByteArray body;
    CallFailure::Transport transport = CallFailure::Transport::None;
    QString error; // transport error text
};

// Sends callout requests; the executor's only way out to external systems. The HTTP one is used in
// production and against fw-stubs; tests may substitute their own.
class CalloutTransport {
public:
    virtual ~CalloutTransport() = default;
    virtual void send(const CalloutRequest& request, std::function<void(const CalloutResponse&)> done) = 0;
};

// JSON over HTTP with QNetworkAccessManager, in the calling thread's event loop.
class HttpCalloutTransport final : public CalloutTransport {
public:
    HttpCalloutTransport();
    ~HttpCalloutTransport() override;
    void send(const CalloutRequest& request, std::function<void(const CalloutResponse&)> done) override;

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace fw
