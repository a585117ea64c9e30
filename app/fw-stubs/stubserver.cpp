// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stubserver.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <memory>

// fw.stubs: what the stand-ins were asked and answered (never a body); info by default, debug with
// fw-stubs --verbose or QT_LOGGING_RULES="fw.stubs.debug=true".
Q_LOGGING_CATEGORY(lcStubs, "fw.stubs", QtInfoMsg)

namespace fw {

namespace {
    QByteArray errorBody(const char* code, const QString& message)
    {
        return QJsonDocument(QJsonObject { { QStringLiteral("code"), QLatin1String(code) }, { QStringLiteral("error"), message } })
            .toJson(QJsonDocument::Compact);
    }

    // The fields `o` gives, over the system's current behaviour. errorCount defaults to 1 only when
    // this configuration names an errorCode: a count already used up is not re-armed by a later
    // configuration that changes something else.
    StubBehaviour behaviourFrom(const QJsonObject& o, StubBehaviour b)
    {
        b.latencyMs = o.value(QStringLiteral("latencyMs")).toInt(b.latencyMs);
        b.failureRate = o.value(QStringLiteral("failureRate")).toDouble(b.failureRate);
        b.timeoutRate = o.value(QStringLiteral("timeoutRate")).toDouble(b.timeoutRate);
        b.dropRate = o.value(QStringLiteral("dropRate")).toDouble(b.dropRate);
        b.badRequestRate = o.value(QStringLiteral("badRequestRate")).toDouble(b.badRequestRate);
        b.rateLimitRate = o.value(QStringLiteral("rateLimitRate")).toDouble(b.rateLimitRate);
        b.down = o.value(QStringLiteral("down")).toBool(b.down);
        b.errorCode = o.value(QStringLiteral("errorCode")).toString(b.errorCode);
        b.bearerToken = o.value(QStringLiteral("requireBearer")).toString(b.bearerToken);
        b.basicAuth = o.value(QStringLiteral("requireBasic")).toString(b.basicAuth);
        if (o.contains(QStringLiteral("errorCount")))
            b.errorCount = o.value(QStringLiteral("errorCount")).toInt(0);
        else if (o.contains(QStringLiteral("errorCode")))
            b.errorCount = b.errorCode.isEmpty() ? 0 : 1;
        return b;
    }
} // namespace

StubServer::StubServer(quint32 seed, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_random(seed)
    , m_seed(seed)
{
}

const QStringList& StubServer::systems()
{
    static const QStringList names { QStringLiteral("inventory"), QStringLiteral("carrier"), QStringLiteral("provisioning"),
                                     QStringLiteral("billing"),   QStringLiteral("tax"),     QStringLiteral("licensing"),
                                     QStringLiteral("erp"),       QStringLiteral("storage") };
    return names;
}

quint16 StubServer::listenLocal(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

void StubServer::configure(const QString& system, const StubBehaviour& behaviour)
{
    for (const QString& name : systems()) {
        if (system.isEmpty() || system == name)
            m_behaviour.insert(name, behaviour);
    }
}

void StubServer::reset()
{
    m_behaviour.clear();
    m_stats.clear();
    m_replies.clear();
    m_random.seed(m_seed);
}

QByteArray StubServer::generatedBody(const QString& system, const QString& path, const QJsonObject& received)
{
    const QString n = QString::number(++m_sequence).rightJustified(6, QLatin1Char('0'));
    QJsonObject body { { QStringLiteral("system"), system }, { QStringLiteral("path"), path }, { QStringLiteral("received"), received } };
    const auto id = [&](const char* prefix) -> QString { return QLatin1String(prefix) + n; };
    if (system == QStringLiteral("inventory")) {
        body.insert(QStringLiteral("reservationId"), id("RES-"));
        body.insert(QStringLiteral("serial"), id("SN-"));
    } else if (system == QStringLiteral("carrier")) {
        body.insert(QStringLiteral("shipmentId"), id("SHP-"));
        body.insert(QStringLiteral("trackingNumber"), id("1Z"));
        body.insert(QStringLiteral("reference"), id("FRT-"));
    } else if (system == QStringLiteral("provisioning")) {
        body.insert(QStringLiteral("id"), id("TEN-"));
        body.insert(QStringLiteral("circuitId"), id("CIR-"));
        body.insert(QStringLiteral("cidr"), QStringLiteral("10.%1.%2.0/29").arg(m_sequence / 256 % 256).arg(m_sequence % 256));
        body.insert(QStringLiteral("url"), QStringLiteral("https://tenant-%1.example.invalid").arg(n));
    } else if (system == QStringLiteral("billing")) {
        body.insert(QStringLiteral("subscriptionId"), id("SUB-"));
        body.insert(QStringLiteral("invoiceId"), id("INV-"));
    } else if (system == QStringLiteral("erp")) {
        body.insert(QStringLiteral("workOrderNumber"), id("WO-"));
        body.insert(QStringLiteral("invoiceId"), id("INV-"));
    } else if (system == QStringLiteral("licensing")) {
        body.insert(QStringLiteral("key"), id("LIC-"));
    } else {
        body.insert(QStringLiteral("id"), QString(system.toUpper() + QLatin1Char('-') + n));
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

StubServer::Answer StubServer::control(const QString& path, const QHttpServerRequest& request)
{
    if (path == QStringLiteral("stats")) {
        QJsonObject all;
        for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it)
            all.insert(it.key(),
                       QJsonObject { { QStringLiteral("requests"), it->requests },
                                     { QStringLiteral("replays"), it->replays },
                                     { QStringLiteral("injectedFailures"), it->injectedFailures },
                                     { QStringLiteral("dropped"), it->dropped },
                                     { QStringLiteral("abandoned"), it->abandoned },
                                     { QStringLiteral("peakInFlight"), it->peakInFlight },
                                     { QStringLiteral("unauthorized"), it->unauthorized } });
        return { 200, QJsonDocument(all).toJson(QJsonDocument::Compact) };
    }
    if (path == QStringLiteral("reset")) {
        reset();
        return { 200, QByteArrayLiteral("{}") };
    }
    if (path == QStringLiteral("config")) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body());
        if (!doc.isObject())
            return { 400, errorBody("BAD_REQUEST", QStringLiteral("the configuration must be a JSON object")) };
        const QJsonObject o = doc.object();
        const QString system = o.value(QStringLiteral("system")).toString();
        if (!system.isEmpty() && !systems().contains(system))
            return { 400, errorBody("BAD_REQUEST", QStringLiteral("unknown system '%1'").arg(system)) };
        if (o.contains(QStringLiteral("seed")))
            m_random.seed(quint32(o.value(QStringLiteral("seed")).toInt()));
        for (const QString& name : systems()) {
            if (system.isEmpty() || system == name)
                m_behaviour.insert(name, behaviourFrom(o, m_behaviour.value(name)));
        }
        return { 200, QByteArrayLiteral("{}") };
    }
    return { 404, errorBody("NOT_FOUND", QStringLiteral("no control endpoint '%1'").arg(path)) };
}

StubServer::Answer StubServer::answer(const QString& system, const QString& path, const QHttpServerRequest& request)
{
    StubStats& stats = m_stats[system];
    ++stats.requests;
    StubBehaviour& b = m_behaviour[system];
    if (request.method() == QHttpServerRequest::Method::Get)
        return { 200, QByteArrayLiteral("{\"status\":\"up\"}") };
    if (Answer refused = checkCredential(system, b, request); refused.status == 401) {
        ++stats.unauthorized;
        return refused; // kept for no key: the same request with the right credential is carried out
    }
    // Drawn only when set, so the rates' sequence for a seed stays as it was without it.
    const bool drop = b.dropRate > 0 && m_random.generateDouble() < b.dropRate;
    Answer result = answerPost(system, path, request, stats, b);
    result.drop = drop;
    return result;
}

StubServer::Answer StubServer::checkCredential(const QString& system, const StubBehaviour& behaviour, const QHttpServerRequest& request)
{
    QByteArray expected;
    QByteArray challenge;
    if (!behaviour.bearerToken.isEmpty()) {
        expected = QByteArrayLiteral("Bearer ") + behaviour.bearerToken.toUtf8();
        challenge = QByteArrayLiteral("Bearer realm=\"") + system.toUtf8() + '"';
    } else if (!behaviour.basicAuth.isEmpty()) {
        expected = QByteArrayLiteral("Basic ") + behaviour.basicAuth.toUtf8().toBase64();
        challenge = QByteArrayLiteral("Basic realm=\"") + system.toUtf8() + '"';
    } else {
        return {};
    }
    const QByteArray given = request.value("Authorization");
    if (given == expected)
        return {};
    // The answer never repeats what was sent: a caller records it.
    Answer refused { 401,
                     errorBody("UNAUTHORIZED",
                               given.isEmpty() ? QStringLiteral("%1 requires a credential").arg(system)
                                               : QStringLiteral("%1 does not accept the credential").arg(system)) };
    refused.challenge = challenge;
    return refused;
}

StubServer::Answer StubServer::answerPost(const QString& system, const QString& path, const QHttpServerRequest& request, StubStats& stats,
                                          StubBehaviour& b)
{
    const QString key = QString::fromUtf8(request.value("Idempotency-Key"));
    if (!key.isEmpty()) {
        const auto it = m_replies.constFind(system + QLatin1Char('\n') + key);
        if (it != m_replies.cend()) {
            ++stats.replays;
            Answer replay = *it;
            replay.replay = true;
            return replay;
        }
    }
    Answer result;
    const auto inject = [&](int status, const char* code, const QString& message) {
        ++stats.injectedFailures;
        return Answer { status, errorBody(code, message) };
    };
    if (b.down)
        return inject(503, "DOWN", system + QStringLiteral(" is down"));
    if (b.errorCount > 0 && !b.errorCode.isEmpty()) {
        --b.errorCount;
        return inject(409, b.errorCode.toUtf8().constData(), QStringLiteral("injected %1").arg(b.errorCode));
    }
    const double draw = m_random.generateDouble();
    double threshold = b.timeoutRate;
    if (draw < threshold) {
        ++stats.injectedFailures;
        return { 0, {}, false, true };
    }
    if (draw < (threshold += b.failureRate))
        return inject(503, "UNAVAILABLE", system + QStringLiteral(" is temporarily unavailable"));
    if (draw < (threshold += b.rateLimitRate))
        return inject(429, "RATE_LIMITED", QStringLiteral("slow down"));
    if (draw < (threshold += b.badRequestRate))
        return inject(422, "VALIDATION_FAILED", QStringLiteral("the request does not pass validation"));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    if (!doc.isObject())
        result = { 400, errorBody("BAD_REQUEST", QStringLiteral("the body must be a JSON object")) };
    else
        result = { request.method() == QHttpServerRequest::Method::Post ? 201 : 200, generatedBody(system, path, doc.object()) };
    if (!key.isEmpty())
        m_replies.insert(system + QLatin1Char('\n') + key, result);
    return result;
}

bool StubServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString fullPath = request.url().path();
    const QString system = fullPath.section(QLatin1Char('/'), 1, 1);
    const QString rest = fullPath.section(QLatin1Char('/'), 2);
    Answer result;
    int latency = 0;
    if (system == QStringLiteral("_control")) {
        result = control(rest, request);
    } else if (systems().contains(system)) {
        result = answer(system, rest, request);
        latency = m_behaviour.value(system).latencyMs;
    } else {
        return false; // missingHandler: 404
    }
    qCDebug(lcStubs, "stub: %s %s -> %s%s (latency %d ms)",
            QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())), qPrintable(fullPath),
            result.hang       ? "no answer"
                : result.drop ? "dropped"
                              : qPrintable(QString::number(result.status)),
            result.replay ? ", replayed" : "", latency);
    if (result.hang)
        return true; // never answer: the client's timeout fires
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> guard(socket);
    if (latency > 0 || result.drop) {
        // The client may hang up before the answer is due: the socket is gone by then.
        int& unanswered = m_unanswered[system];
        ++unanswered;
        StubStats& stats = m_stats[system];
        stats.peakInFlight = std::max(stats.peakInFlight, unanswered);
        QTimer::singleShot(latency, this, [this, system, result, guard, responder] {
            --m_unanswered[system];
            finishAnswer(system, result, guard, responder);
        });
    } else {
        finishAnswer(system, result, guard, responder);
    }
    return true;
}

void StubServer::finishAnswer(const QString& system, const Answer& result, const QPointer<QTcpSocket>& socket,
                              const std::shared_ptr<QHttpServerResponder>& responder)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        if (!system.isEmpty() && system != QStringLiteral("_control"))
            ++m_stats[system].abandoned;
        return;
    }
    if (result.drop) {
        ++m_stats[system].dropped;
        socket->abort(); // carried out, but the caller never hears of it
        return;
    }
    const auto status = QHttpServerResponder::StatusCode(result.status);
    if (!result.challenge.isEmpty())
        responder->write(result.body,
                         { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
                           { QByteArrayLiteral("WWW-Authenticate"), result.challenge } },
                         status);
    else if (result.replay)
        responder->write(result.body,
                         { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
                           { QByteArrayLiteral("Idempotent-Replay"), QByteArrayLiteral("true") } },
                         status);
    else
        responder->write(result.body, { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } }, status);
}

void StubServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket)
        .write(errorBody("NOT_FOUND",
                         QStringLiteral("no system at %1 (systems: %2)").arg(request.url().path(), systems().join(QStringLiteral(", ")))),
               "application/json", QHttpServerResponder::StatusCode::NotFound);
}

} // namespace fw
