// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRandomGenerator>
#include <QString>
#include <QTcpSocket>

#include <memory>

namespace fw {

// How one simulated system behaves. Rates are probabilities per request (0..1), drawn from the
// server's seeded generator so tests are repeatable.
struct StubBehaviour {
    int latencyMs = 0;
    double failureRate = 0; // 503 {"code": "UNAVAILABLE"}
    double timeoutRate = 0; // never answers (the client times out)
    double dropRate = 0; // carried out (the answer kept for its key), then the connection is closed unanswered
    double badRequestRate = 0; // 422 {"code": "VALIDATION_FAILED"}
    double rateLimitRate = 0; // 429 {"code": "RATE_LIMITED"}
    bool down = false; // 503 {"code": "DOWN"} for everything
    QString errorCode; // with errorCount: 409 {"code": errorCode} for the next errorCount requests
    int errorCount = 0;
    // Authentication the system requires on POST/PUT/PATCH (health stays open): a request without
    // it, or with another, is answered 401 {"code": "UNAUTHORIZED"} and does nothing. Empty: none.
    QString bearerToken; // "Authorization: Bearer <bearerToken>"
    QString basicAuth; // "user:password" for "Authorization: Basic <base64>"
};

struct StubStats {
    int requests = 0;
    int replays = 0;
    int injectedFailures = 0;
    int dropped = 0; // connections closed without an answer (dropRate)
    int abandoned = 0; // delayed answers whose client hung up first
    int peakInFlight = 0; // most requests received and not yet answered at once (with latency)
    int unauthorized = 0; // answered 401: no or a wrong credential
};

// fw-stubs: a loopback HTTP server playing the external systems callouts talk to (inventory,
// carrier, provisioning, billing, tax, licensing, erp, storage). POST/PUT/PATCH /<system>/<path>
// with a JSON object answers 201/200 with generated ids; GET /<system>/health answers 200.
// Idempotency-Key: a repeated key gets the first answer again, with "Idempotent-Replay: true".
// Control: POST /_control/config {"system"?, behaviour fields} changes the fields given, for one
// system or each system (its other settings stay, a used errorCount is not re-armed), GET /_control/stats,
// POST /_control/reset. See docs/stubs.md.
class StubServer final : public QAbstractHttpServer {
    Q_OBJECT

public:
    explicit StubServer(quint32 seed = 1, QObject* parent = nullptr);

    quint16 listenLocal(quint16 port = 0); // loopback only; 0 on failure
    void configure(const QString& system, const StubBehaviour& behaviour); // empty system: all, replacing theirs
    QHash<QString, StubStats> stats() const { return m_stats; }
    // Idempotency keys seen, each once: what the systems actually did (replays add nothing).
    int distinctKeys() const { return int(m_replies.size()); }
    void reset();
    static const QStringList& systems();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Answer {
        int status = 200;
        QByteArray body;
        bool replay = false;
        bool hang = false;
        bool drop = false;
        QByteArray challenge; // 401: the WWW-Authenticate header
    };
    static Answer checkCredential(const QString& system, const StubBehaviour& behaviour, const QHttpServerRequest& request);
    Answer answer(const QString& system, const QString& path, const QHttpServerRequest& request);
    Answer answerPost(const QString& system, const QString& path, const QHttpServerRequest& request, StubStats& stats,
                      StubBehaviour& behaviour);
    Answer control(const QString& path, const QHttpServerRequest& request);
    QByteArray generatedBody(const QString& system, const QString& path, const QJsonObject& received);
    void finishAnswer(const QString& system, const Answer& result, const QPointer<QTcpSocket>& socket,
                      const std::shared_ptr<QHttpServerResponder>& responder);

    QRandomGenerator m_random;
    quint32 m_seed;
    QHash<QString, StubBehaviour> m_behaviour;
    QHash<QString, StubStats> m_stats;
    QHash<QString, Answer> m_replies; // system + key -> first answer
    QHash<QString, int> m_unanswered; // system -> requests received whose delayed answer is not sent yet
    quint64 m_sequence = 0;
};

} // namespace fw
