// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fw-stubs: loopback stand-ins for the external systems (docs/stubs.md).

#include "common/logging.h"
#include "stubserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcStubs)

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fw-stubs"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Loopback HTTP stand-ins for inventory, carrier, provisioning, billing, "
                                                    "tax, licensing, erp and storage systems. Runs until killed."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free one)."), QStringLiteral("N"),
                                  QStringLiteral("8480"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Latency of every answer."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption failure(QStringLiteral("failure-rate"), QStringLiteral("Share of requests answered 503."), QStringLiteral("P"),
                                     QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Log debug messages too (every request answered); QT_LOGGING_RULES still wins."));
    const QCommandLineOption bearer(
        QStringLiteral("require-bearer"),
        QStringLiteral("SYSTEM answers 401 unless requests carry \"Authorization: Bearer TOKEN\" (repeatable)."),
        QStringLiteral("SYSTEM=TOKEN"));
    const QCommandLineOption basic(QStringLiteral("require-basic"),
                                   QStringLiteral("SYSTEM answers 401 unless requests carry basic auth USER:PASSWORD (repeatable)."),
                                   QStringLiteral("SYSTEM=USER:PASSWORD"));
    parser.addOptions({ port, latency, failure, seed, verbose, bearer, basic });
    parser.process(app);
    fw::applyLogLevels(parser.isSet(verbose)); // info on, debug for --verbose
    const QString logFile = fw::installLogFile(QStringLiteral("fw-stubs")); // and stderr, as before
    qCInfo(lcStubs, "fw-stubs starting; log file %s", qPrintable(logFile));
    fw::StubServer server(parser.value(seed).toUInt());
    fw::StubBehaviour behaviour;
    behaviour.latencyMs = parser.value(latency).toInt();
    behaviour.failureRate = parser.value(failure).toDouble();
    server.configure({}, behaviour);
    for (const auto& [option, bearerKind] : { std::pair { &bearer, true }, std::pair { &basic, false } }) {
        for (const QString& value : parser.values(*option)) {
            const QString system = value.section(QLatin1Char('='), 0, 0);
            const QString secret = value.section(QLatin1Char('='), 1);
            if (!fw::StubServer::systems().contains(system) || secret.isEmpty()) {
                QTextStream(stderr) << "fw-stubs: --" << option->names().constFirst()
                                    << " expects SYSTEM=" << (bearerKind ? "TOKEN" : "USER:PASSWORD") << " with SYSTEM one of "
                                    << fw::StubServer::systems().join(QStringLiteral(", ")) << '\n';
                return 2;
            }
            fw::StubBehaviour required = behaviour;
            (bearerKind ? required.bearerToken : required.basicAuth) = secret;
            server.configure(system, required);
        }
    }
    const quint16 bound = server.listenLocal(quint16(parser.value(port).toUInt()));
    QTextStream out(stdout);
    if (!bound) {
        QTextStream(stderr) << "fw-stubs: cannot listen on 127.0.0.1:" << parser.value(port) << '\n';
        return 1;
    }
    out << "listening on http://127.0.0.1:" << bound << Qt::endl;
    return app.exec();
}
