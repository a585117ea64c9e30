#include "callouttransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace fw {

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
    http.setTransferTimeout(request.timeoutMs);
    QNetworkReply* reply = m_network->sendCustomRequest(http, request.method.toLatin1(), request.body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)]() {
        CalloutResponse response;
        response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        const auto error = reply->error();
        if (response.httpStatus == 0 && error != QNetworkReply::NoError) {
            response.error = reply->errorString();
            if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
                response.transport = CallFailure::Transport::Timeout;
            else if (error == QNetworkReply::ConnectionRefusedError)
                response.transport = CallFailure::Transport::ConnectionRefused;
            else
                response.transport = CallFailure::Transport::Other;
        }
        reply->deleteLater();
        done(response);
    });
}

} // namespace fw
