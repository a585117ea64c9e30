// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Named credentials in core (docs/credentials.md): what each kind adds to a request, the errors
// naming the credential and never the secret, redaction, and fwctl's credentials file and
// environment (a file others may read is refused, naming it).

#include "engine/callouttransport.h"
#include "engine/credentialfile.h"
#include "engine/credentials.h"

#include <QFile>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The provider of one secret, as a test gives it.
class OneSecret final : public fw::CredentialProvider {
public:
    explicit OneSecret(QString secret)
        : m_secret(std::move(secret))
    {
    }
    QString secret(const QString&) const override { return m_secret; }

private:
    QString m_secret;
};
} // namespace

using namespace fw;

class TestCredentials : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static Credential credential(Credential::Kind kind, const QString& header = {})
    {
        Credential c;
        c.id = QStringLiteral("billing-api");
        c.kind = kind;
        c.header = header;
        return c;
    }
    QString write(const QString& name, const QByteArray& content, QFileDevice::Permissions permissions)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        file.close();
        file.setPermissions(permissions);
        return path;
    }

private Q_SLOTS:
    void headers_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QStringList>("redacted");
        QTest::addRow("bearer") << int(Credential::Kind::Bearer) << QStringLiteral("tok-123") << QByteArray("Authorization")
                                << QByteArray("Bearer tok-123") << QStringList { QStringLiteral("tok-123") };
        QTest::addRow("basic") << int(Credential::Kind::Basic) << QStringLiteral("ops:pa:ss") << QByteArray("Authorization")
                               << QByteArray("Basic b3BzOnBhOnNz")
                               << QStringList { QStringLiteral("b3BzOnBhOnNz"), QStringLiteral("pa:ss") };
        QTest::addRow("header") << int(Credential::Kind::Header) << QStringLiteral("key-9") << QByteArray("X-Api-Key")
                                << QByteArray("key-9") << QStringList { QStringLiteral("key-9") };
    }
    void headers()
    {
        QFETCH(int, kind);
        QFETCH(QString, secret);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(QStringList, redacted);
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1/billing")));
        const auto applied = applyCredential(request, credential(Credential::Kind(kind), QStringLiteral("X-Api-Key")), secret);
        QVERIFY2(applied, qPrintable(applied.message()));
        QCOMPARE(request.rawHeader(header), value);
        QCOMPARE(*applied, redacted);
    }

    void unusableSecrets_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("error");
        const QString head = QStringLiteral("authenticate with credential 'billing-api': ");
        QTest::addRow("none set") << int(Credential::Kind::Bearer) << QString()
                                  << head + QStringLiteral("no secret is set for it on this workstation");
        QTest::addRow("basic without colon") << int(Credential::Kind::Basic) << QStringLiteral("justapassword")
                                             << head + QStringLiteral("a basic credential's secret is \"user:password\"");
        QTest::addRow("certificate not JSON") << int(Credential::Kind::ClientCertificate) << QStringLiteral("/etc/cert.pem")
                                              << head
                + QStringLiteral("a client certificate's secret is {\"certificate\": FILE, \"key\": FILE, \"passphrase\"?: TEXT}");
        QTest::addRow("certificate missing")
            << int(Credential::Kind::ClientCertificate)
            << QStringLiteral(R"({"certificate": "/nonexistent/c.pem", "key": "/nonexistent/k.pem", "passphrase": "hush-1"})")
            << head + QStringLiteral("cannot read the certificate file '/nonexistent/c.pem'");
    }
    void unusableSecrets()
    {
        QFETCH(int, kind);
        QFETCH(QString, secret);
        QFETCH(QString, error);
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1/billing")));
        const auto applied = applyCredential(request, credential(Credential::Kind(kind)), secret);
        QVERIFY(!applied);
        QCOMPARE(applied.message(), error);
        QVERIFY(request.rawHeader("Authorization").isEmpty());
    }

    void redaction()
    {
        const QStringList secrets { QStringLiteral("tok-123"), QStringLiteral("ab") };
        QCOMPARE(redactSecrets(QByteArrayLiteral(R"({"received": "Bearer tok-123", "tok-123": 1, "x": "ab"})"), secrets),
                 QByteArrayLiteral(R"({"received": "Bearer ***", "***": 1, "x": "ab"})")); // two characters: left, too short to guard
        QCOMPARE(redactSecrets(QStringLiteral("no answer"), secrets), QStringLiteral("no answer"));
    }

    void environmentVariable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("variable");
        QTest::addRow("dash") << QStringLiteral("billing-api") << QStringLiteral("FW_CREDENTIAL_BILLING_API");
        QTest::addRow("dot and digits") << QStringLiteral("erp.v2") << QStringLiteral("FW_CREDENTIAL_ERP_V2");
    }
    void environmentVariable()
    {
        QFETCH(QString, name);
        QFETCH(QString, variable);
        QCOMPARE(credentialVariable(name), variable);
    }

    void fileAndEnvironment()
    {
        const QString path
            = write(QStringLiteral("ok.json"), R"({"billing-api": "from-file", "carrier-mtls": {"certificate": "c.pem", "key": "k.pem"}})",
                    QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const auto file = CredentialFile::load(path);
        QVERIFY2(file, qPrintable(file.message()));
        QCOMPARE(file->secret(QStringLiteral("billing-api")), QStringLiteral("from-file"));
        QCOMPARE(file->source(QStringLiteral("billing-api")), CredentialFile::Source::File);
        QCOMPARE(file->secret(QStringLiteral("carrier-mtls")), QStringLiteral(R"({"certificate":"c.pem","key":"k.pem"})"));
        QCOMPARE(file->source(QStringLiteral("erp")), CredentialFile::Source::None);
        qputenv("FW_CREDENTIAL_BILLING_API", "from-env");
        QCOMPARE(file->secret(QStringLiteral("billing-api")), QStringLiteral("from-env")); // the environment wins
        QCOMPARE(file->source(QStringLiteral("billing-api")), CredentialFile::Source::Environment);
        qunsetenv("FW_CREDENTIAL_BILLING_API");
        const auto absent = CredentialFile::load(m_dir.filePath(QStringLiteral("none.json")));
        QVERIFY(absent && absent->secret(QStringLiteral("billing-api")).isEmpty());
    }

    // A clientCertificate credential: TLS to a server that requires a client certificate signed by
    // its CA; with the certificate and key files the request is answered and the server saw the
    // client's certificate; with none set it is not sent at all.
    void clientCertificate()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed (Debian: openssl)");
        const auto openssl = [this](const QStringList& arguments) {
            QProcess process;
            process.setWorkingDirectory(m_dir.path());
            process.start(QStringLiteral("openssl"), arguments);
            return process.waitForFinished(30000) && process.exitCode() == 0;
        };
        const auto subject = [](const char* cn) { return QStringLiteral("/CN=%1").arg(QLatin1String(cn)); };
        QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                          QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                          QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                          subject("test-ca") }));
        for (const char* name : { "server", "client" }) {
            const QString n = QLatin1String(name);
            QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                              QStringLiteral("-keyout"), n + QStringLiteral(".key"), QStringLiteral("-out"), n + QStringLiteral(".csr"),
                              QStringLiteral("-subj"), subject(name) }));
            QFile ext(m_dir.filePath(n + QStringLiteral(".ext")));
            QVERIFY(ext.open(QIODevice::WriteOnly));
            ext.write(n == QLatin1String("server") ? "subjectAltName=IP:127.0.0.1\n" : "extendedKeyUsage=clientAuth\n");
            ext.close();
            QVERIFY(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), n + QStringLiteral(".csr"),
                              QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                              QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), n + QStringLiteral(".pem"),
                              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), n + QStringLiteral(".ext") }));
        }
        const auto read = [this](const QString& name) {
            QFile file(m_dir.filePath(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QList<QSslCertificate> ca = QSslCertificate::fromData(read(QStringLiteral("ca.pem")));
        QCOMPARE(ca.size(), 1);
        // The client trusts the test CA (as a workstation trusts its company's).
        QSslConfiguration clientDefaults = QSslConfiguration::defaultConfiguration();
        clientDefaults.addCaCertificates(ca);
        QSslConfiguration::setDefaultConfiguration(clientDefaults);

        QSslServer server;
        QSslConfiguration serverSsl = QSslConfiguration::defaultConfiguration();
        serverSsl.setLocalCertificate(QSslCertificate(read(QStringLiteral("server.pem"))));
        serverSsl.setPrivateKey(QSslKey(read(QStringLiteral("server.key")), QSsl::Rsa));
        serverSsl.setCaCertificates(ca);
        serverSsl.setPeerVerifyMode(QSslSocket::VerifyPeer); // no client certificate: no connection
        server.setSslConfiguration(serverSsl);
        QString peer;
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&server, &peer] {
            auto* socket = qobject_cast<QSslSocket*>(server.nextPendingConnection());
            connect(socket, &QSslSocket::readyRead, socket, [socket, &peer] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return; // the body of this small request comes with its headers
                const QStringList names = socket->peerCertificate().subjectInfo(QSslCertificate::CommonName);
                peer = names.value(0);
                socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
                socket->disconnectFromHost();
            });
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));

        CalloutRequest request;
        request.url = QUrl(QStringLiteral("https://127.0.0.1:%1/carrier/shipments").arg(server.serverPort()));
        request.body = "{}";
        request.idempotencyKey = QStringLiteral("K-1");
        request.endpoint = QStringLiteral("carrier");
        request.credential = credential(Credential::Kind::ClientCertificate);
        const auto send = [&request](const CredentialProvider* provider) {
            HttpCalloutTransport transport;
            transport.setCredentials(provider);
            std::optional<CalloutResponse> answer;
            transport.send(request, [&answer](const CalloutResponse& response) { answer = response; });
            (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000);
            return answer.value_or(CalloutResponse {});
        };
        const OneSecret files(QStringLiteral(R"({"certificate": "%1", "key": "%2"})")
                                  .arg(m_dir.filePath(QStringLiteral("client.pem")), m_dir.filePath(QStringLiteral("client.key"))));
        const CalloutResponse answered = send(&files);
        QVERIFY2(answered.httpStatus == 201, qPrintable(answered.error));
        QCOMPARE(peer, QStringLiteral("client"));

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("callout not sent: carrier POST .*: authenticate with "
                                                               "credential 'billing-api': no secret is set")));
        const CalloutResponse notSent = send(nullptr);
        QCOMPARE(notSent.httpStatus, 0);
        QCOMPARE(notSent.credentialError,
                 QStringLiteral("authenticate with credential 'billing-api': no secret is set for it on this workstation"));
        QVERIFY(!notSent.outcomeUnknown);
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("permissions");
        QTest::addColumn<QString>("error");
        const int owner = int(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QTest::addRow("others may read")
            << QByteArray(R"({"billing-api": "s3cret-value"})") << int(owner | QFileDevice::ReadOther)
            << QStringLiteral("group or others have access to it (mode 0604): make it the owner's only with chmod 600 %1");
        QTest::addRow("group may write")
            << QByteArray("{}") << int(owner | QFileDevice::WriteGroup)
            << QStringLiteral("group or others have access to it (mode 0620): make it the owner's only with chmod 600 %1");
        QTest::addRow("not an object") << QByteArray("[]") << owner
                                       << QStringLiteral("it must be a JSON object from credential name to secret");
        QTest::addRow("a number") << QByteArray(R"({"billing-api": 12345678})") << owner
                                  << QStringLiteral("the secret of 'billing-api' must be a string or an object");
    }
    void refusedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, permissions);
        QFETCH(QString, error);
        const QString path = write(QStringLiteral("refused.json"), content, QFileDevice::Permissions(permissions));
        const auto file = CredentialFile::load(path);
        QVERIFY(!file);
        QCOMPARE(file.message(), QStringLiteral("read the credentials file %1: ").arg(path) + error.arg(path));
        QVERIFY(!file.message().contains(QStringLiteral("s3cret-value")));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
