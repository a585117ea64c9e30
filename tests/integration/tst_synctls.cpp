// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The remote store over TLS (docs/sync.md, "TLS"): with sslmode=verify-full and the CA's file the
// link is encrypted and the server's certificate checked against its address; a server whose
// certificate another CA signed is refused, saying why. Certificates are made with openssl for the
// test; the throwaway server turns TLS on by a reload.

#include "remotevalue.h"
#include "sync/pgconnection.h"
#include "throwawaypostgres.h"

#include "fwctlprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace fw;

class TestSyncTls : public QObject {
    Q_OBJECT

    ThrowawayPostgres m_server;
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList& arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), process.readAllStandardError().constData());
            return false;
        }
        return true;
    }
    // A self-signed CA NAME (NAME.crt, NAME.key).
    bool makeCa(const QString& name) const
    {
        return openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=%1").arg(name), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                         QStringLiteral("-out"), name + QStringLiteral(".crt") });
    }
    QString tlsConninfo(const QString& mode, const QString& rootCert = {}) const
    {
        QString conninfo = m_server.conninfo() + QStringLiteral(" sslmode=") + mode;
        if (!rootCert.isEmpty())
            conninfo += QStringLiteral(" sslrootcert=") + path(rootCert);
        return conninfo;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        FW_START_POSTGRES_OR_SKIP(m_server);
        // The server's certificate: for 127.0.0.1 (the address workstations connect to), signed by "ca".
        QVERIFY(makeCa(QStringLiteral("ca")));
        QVERIFY(makeCa(QStringLiteral("other-ca")));
        QFile extensions(path(QStringLiteral("server.ext")));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName = IP:127.0.0.1, DNS:localhost\n");
        extensions.close();
        QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                          QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                          QStringLiteral("-out"), QStringLiteral("server.csr") }));
        QVERIFY(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                          QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                          QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                          QStringLiteral("server.ext"), QStringLiteral("-out"), QStringLiteral("server.crt") }));
        for (const char* file : { "server.crt", "server.key" }) {
            const QString target = m_server.dataDirectory() + QLatin1Char('/') + QLatin1String(file);
            QVERIFY(QFile::copy(path(QLatin1String(file)), target));
            QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            // The server may run as another OS user (tests as root): the files are its, as its data directory.
            const QFileInfo data(m_server.dataDirectory());
            QCOMPARE(::chown(QFile::encodeName(target).constData(), data.ownerId(), data.groupId()), 0);
        }
        PgConnection admin(m_server.conninfo());
        QCOMPARE(admin.open().message(), QString());
        QCOMPARE(admin.execute(QStringLiteral("ALTER SYSTEM SET ssl = on")).message(), QString());
        QCOMPARE(admin.execute(QStringLiteral("SELECT pg_reload_conf()")).message(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(test::remoteValue(m_server.conninfo(), QStringLiteral("SHOW ssl")), QStringLiteral("on"), 10000);
    }

    void verifyFullWithTheCaFileIsEncryptedAndChecked()
    {
        PgConnection connection(tlsConninfo(QStringLiteral("verify-full"), QStringLiteral("ca.crt")));
        const Status opened = connection.open();
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        auto ssl = connection.query(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        QVERIFY(ssl.ok());
        QCOMPARE(ssl.value().value(0, 0), QStringLiteral("t"));
        QVERIFY(connection.isEncrypted());
        QVERIFY2(connection.tlsProtocol().startsWith(QLatin1String("TLSv1")), qPrintable(connection.tlsProtocol()));
        PgConnection plain(tlsConninfo(QStringLiteral("disable")));
        QCOMPARE(plain.open().message(), QString());
        QVERIFY(!plain.isEncrypted());
        QCOMPARE(plain.tlsProtocol(), QString());
        connection.close(); // only an open session counts
        QVERIFY(!connection.isEncrypted());

        // fwctl with the same connection settings (the password would come from ~/.pgpass).
        const auto leases = test::runFwctl(
            { QStringLiteral("--remote"), tlsConninfo(QStringLiteral("verify-full"), QStringLiteral("ca.crt")), QStringLiteral("leases") });
        QVERIFY2(leases.exitCode == 0, qPrintable(leases.err));
    }

    // sync status says whether the link is encrypted.
    void syncSaysWhetherTheLinkIsEncrypted()
    {
        const QString store = path(QStringLiteral("ws.db"));
        const auto encrypted
            = test::runFwctl({ QStringLiteral("--remote"), tlsConninfo(QStringLiteral("verify-full"), QStringLiteral("ca.crt")),
                               QStringLiteral("--db"), store, QStringLiteral("sync"), QStringLiteral("--once") });
        QVERIFY2(encrypted.exitCode == 0, qPrintable(encrypted.err));
        QVERIFY2(encrypted.out.contains(QStringLiteral("link:         encrypted (TLSv1.")), qPrintable(encrypted.out));
        const auto plain = test::runFwctl({ QStringLiteral("--remote"), tlsConninfo(QStringLiteral("disable")), QStringLiteral("--db"),
                                            store, QStringLiteral("sync"), QStringLiteral("--once") });
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QVERIFY2(plain.out.contains(QStringLiteral("link:         unencrypted, on this machine\n")), qPrintable(plain.out));
    }

    void aCertificateOfAnotherCaIsRefused()
    {
        const auto refused
            = test::runFwctl({ QStringLiteral("--remote"), tlsConninfo(QStringLiteral("verify-full"), QStringLiteral("other-ca.crt")),
                               QStringLiteral("leases") });
        QCOMPARE(refused.exitCode, 3); // the remote store cannot be reached (safely)
        QVERIFY2(refused.err.contains(QStringLiteral("certificate verify failed")), qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_synctls.moc"
