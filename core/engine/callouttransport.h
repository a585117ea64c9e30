// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/catalog.h"
#include "failureclassifier.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace fw {

class CredentialProvider;

struct CalloutRequest {
    QUrl url;
    QString method = QStringLiteral("POST");
    QByteArray body; // JSON
    QString idempotencyKey; // sent as the Idempotency-Key header
    int timeoutMs = 10000; // counted from when the request is sent (or its connection is opened)
    QString endpoint; // the catalog endpoint: CalloutThrottle limits requests out per endpoint
    int maxInFlight = 6;
    Credential credential; // the endpoint's (docs/credentials.md); id empty: none
};

struct CalloutResponse {
    int httpStatus = 0; // 0: no response
    QByteArray body;
    CallFailure::Transport transport = CallFailure::Transport::None;
    QString error; // transport error text
    // No answer came although the request may have reached the system (a timeout or a connection
    // closed after sending): it may have been carried out. False when an answer came, or when the
    // request surely never arrived (connection refused, never sent).
    bool outcomeUnknown = false;
    // Not sent: the request's credential could not be added (no secret set on this workstation, a
    // malformed one, an unreadable certificate); names the credential, never the secret.
    QString credentialError;
};

// Sends callout requests; the executor's only way out to external systems. The HTTP one is used in
// production and against fw-stubs; tests may substitute their own.
class CalloutTransport {
public:
    virtual ~CalloutTransport() = default;
    virtual void send(const CalloutRequest& request, std::function<void(const CalloutResponse&)> done) = 0;
};

// JSON over HTTP with QNetworkAccessManager, in the calling thread's event loop. A request naming a
// credential gets its secret from the CredentialProvider set (none: no secrets) and its answer's
// body and error text with the secret redacted ("***"); the log never shows a header. The timeout starts
// when the request's connection starts or the request is sent, not while it waits for a
// connection (Qt opens 6 per host): CalloutThrottle keeps the waiting ones out of Qt's queue.
class HttpCalloutTransport final : public CalloutTransport {
public:
    HttpCalloutTransport();
    ~HttpCalloutTransport() override;
    void send(const CalloutRequest& request, std::function<void(const CalloutResponse&)> done) override;
    // Not owned; must outlive the transport and be safe to call from its thread. nullptr: none.
    void setCredentials(const CredentialProvider* provider) { m_credentials = provider; }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    const CredentialProvider* m_credentials = nullptr;
};

} // namespace fw
