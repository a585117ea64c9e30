// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "callouttransport.h"

#include "common/logging.h"
#include "credentials.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace fw {

namespace {
    // A transport failure as the store keeps it: English whatever Qt translation the process has
    // installed (QNetworkReply::errorString() is German in a German workbench, whose engine writes to
    // a store other workstations read in their languages; core/common/enginetext.h).
    QString networkErrorText(const QNetworkReply& reply)
    {
        switch (reply.error()) {
        case QNetworkReply::ConnectionRefusedError:
            return QStringLiteral("connection refused");
        case QNetworkReply::RemoteHostClosedError:
            return QStringLiteral("the remote host closed the connection");
        case QNetworkReply::HostNotFoundError:
            return QStringLiteral("host %1 not found").arg(reply.url().host());
        default:
            return QStringLiteral("network error %1")
                .arg(QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply.error())));
        }
    }
} // namespace

HttpCalloutTransport::HttpCalloutTransport()
    : m_network(std::make_unique<QNetworkAccessManager>())
{
}

HttpCalloutTransport::~HttpCalloutTransport() = default;

void HttpCalloutTransport::send(const CalloutRequest& request, std::function<void(const CalloutResponse&)> done)
{
    QNetworkRequest http(request.url);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setRawHeader(QByteArrayLiteral("Idempotency-Key"), request.idempotencyKey.toUtf8());
    // The log names the endpoint, the address without credentials or query, sizes and times: never a
    // body (it may carry customer data) nor a header.
    const QString target = request.endpoint + QLatin1Char(' ') + request.method + QLatin1Char(' ')
        + request.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QStringList secrets;
    if (!request.credential.id.isEmpty()) {
        const Result<QStringList> applied
            = applyCredential(http, request.credential, m_credentials ? m_credentials->secret(request.credential.id) : QString());
        if (!applied) {
            CalloutResponse response;
            response.credentialError = applied.message();
            response.error = response.credentialError;
            qCWarning(lcEngine, "callout not sent: %s: %s", qPrintable(target), qPrintable(response.error));
            // Answered from the event loop, as a sent request is: callers may be inside send().
            QMetaObject::invokeMethod(
                m_network.get(), [response, done = std::move(done)] { done(response); }, Qt::QueuedConnection);
            return;
        }
        secrets = *applied;
    }
    QNetworkReply* reply = m_network->sendCustomRequest(http, request.method.toLatin1(), request.body);
    qCDebug(lcEngine, "callout sent: %s (%lld bytes)", qPrintable(target), qint64(request.body.size()));
    auto sentAt = std::make_shared<QElapsedTimer>();
    sentAt->start();
    // Our own timeout, started when the request really leaves: Qt's transfer timeout also runs
    // while the request waits for one of its connections to the host.
    struct Progress {
        bool sent = false;
        bool timedOut = false;
    };
    auto progress = std::make_shared<Progress>();
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(std::max(1, request.timeoutMs));
    QObject::connect(timer, &QTimer::timeout, reply, [reply, progress] {
        progress->timedOut = true;
        reply->abort();
    });
    const auto startClock = [timer] {
        if (!timer->isActive())
            timer->start();
    };
    QObject::connect(reply, &QNetworkReply::socketStartedConnecting, timer, startClock);
    QObject::connect(reply, &QNetworkReply::requestSent, timer, [startClock, progress] {
        progress->sent = true;
        startClock();
    });
    QObject::connect(
        reply, &QNetworkReply::finished, reply,
        [reply, progress, timeoutMs = request.timeoutMs, target, sentAt, secrets, done = std::move(done)]() {
            CalloutResponse response;
            response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->isOpen()) // an aborted reply is closed: reading it only prints "device not open"
                response.body = redactSecrets(reply->readAll(), secrets); // some systems echo what they got
            const auto error = reply->error();
            if (response.httpStatus == 0 && error != QNetworkReply::NoError) {
                response.error = progress->timedOut ? QStringLiteral("no answer within %1 ms").arg(timeoutMs) : networkErrorText(*reply);
                if (progress->timedOut || error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError)
                    response.transport = CallFailure::Transport::Timeout;
                else if (error == QNetworkReply::ConnectionRefusedError)
                    response.transport = CallFailure::Transport::ConnectionRefused;
                else
                    response.transport = CallFailure::Transport::Other;
                response.outcomeUnknown
                    = progress->sent && error != QNetworkReply::ConnectionRefusedError && error != QNetworkReply::HostNotFoundError;
            }
            response.error = redactSecrets(response.error, secrets);
            if (!response.error.isEmpty())
                qCInfo(lcEngine, "callout failed: %s after %lld ms: %s", qPrintable(target), qint64(sentAt->elapsed()),
                       qPrintable(response.error));
            else if (response.httpStatus >= 400)
                qCInfo(lcEngine, "callout failed: %s answered HTTP %d after %lld ms", qPrintable(target), response.httpStatus,
                       qint64(sentAt->elapsed()));
            else
                qCDebug(lcEngine, "callout answered: %s HTTP %d in %lld ms (%lld bytes)", qPrintable(target), response.httpStatus,
                        qint64(sentAt->elapsed()), qint64(response.body.size()));
            reply->deleteLater();
            done(response);
        });
}

} // namespace fw
