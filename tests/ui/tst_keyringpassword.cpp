// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The remote store's password in a real desktop keyring (a private D-Bus session with a GNOME
// keyring serving the Secret Service: ThrowawayKeyring): KeyringPassword round-trips it; File >
// Remote Store saves a typed password there and NOT in ~/.pgpass, and says so; the workbench
// connects to a PostgreSQL that checks passwords with the keyring's, while no log line -- debug on --
// holds it. Skips loudly without dbus-daemon/gnome-keyring-daemon unless FW_REQUIRE_KEYRING or CI.

#include "common/logging.h"
#include "identity/oslogin.h"
#include "mainwindow/mainwindow.h"
#include "sync/connectionparameters.h"
#include "sync/keyringpassword.h"
#include "sync/remoteprobe.h"
#include "sync/remotesettingsdialog.h"
#include "sync/syncindicator.h"
#include "throwawaykeyring.h"
#include "throwawaypostgres.h"
#include "workspace/storeindicators.h"
#include "workspace/storeopenoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
KeyringPassword::Answer awaitAnswer(const std::function<void(KeyringPassword::Callback)>& start)
{
    std::optional<KeyringPassword::Answer> answer;
    QObject context;
    start([&answer](const KeyringPassword::Answer& a) { answer = a; });
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000);
    return answer.value_or(KeyringPassword::Answer { KeyringPassword::Outcome::Failed, {}, QStringLiteral("no answer in 15 s") });
}

ConnectionParameters server(const QString& host, int port, const QString& user)
{
    ConnectionParameters connection;
    connection.host = host;
    connection.port = port;
    connection.database = QStringLiteral("fw");
    connection.user = user;
    connection.sslMode = QStringLiteral("disable");
    return connection;
}

void fill(RemoteSettingsDialog* dialog, const ConnectionParameters& connection, const QString& password)
{
    dialog->findChild<QCheckBox*>(QStringLiteral("remoteEnabled"))->setChecked(true);
    dialog->findChild<QLineEdit*>(QStringLiteral("remoteHost"))->setText(connection.host);
    dialog->findChild<QSpinBox*>(QStringLiteral("remotePort"))->setValue(connection.port);
    dialog->findChild<QLineEdit*>(QStringLiteral("remoteDatabase"))->setText(connection.database);
    dialog->findChild<QLineEdit*>(QStringLiteral("remoteUser"))->setText(connection.user);
    auto* tls = dialog->findChild<QComboBox*>(QStringLiteral("remoteTlsMode"));
    tls->setCurrentIndex(tls->findData(connection.sslMode));
    dialog->findChild<QLineEdit*>(QStringLiteral("remotePassword"))->setText(password);
}

QString fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class TestKeyringPassword : public QObject {
    Q_OBJECT

    ThrowawayKeyring m_keyring;
    QTemporaryDir m_dir;
    QObject m_context;

    QString pgpassPath() const { return m_dir.filePath(QStringLiteral("pgpass")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings in ~/.qttest, never the user's
        QCoreApplication::setOrganizationName(QStringLiteral("FulfillmentWorkbenchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keyringpassword"));
        QSettings().clear();
        qputenv("PGPASSFILE", pgpassPath().toLocal8Bit());
        FW_START_KEYRING_OR_SKIP(m_keyring);
    }

    void passwordRoundTripsThroughTheKeyring()
    {
        const ConnectionParameters connection = server(QStringLiteral("db.example.com"), 5433, QStringLiteral("ws_a"));
        QCOMPARE(KeyringPassword::key(connection), QStringLiteral("db.example.com:5433:fw:ws_a"));
        const auto missing = awaitAnswer([&](auto done) { KeyringPassword::read(connection, &m_context, done); });
        QVERIFY2(missing.outcome == KeyringPassword::Outcome::NotFound, qPrintable(missing.error));

        const auto written
            = awaitAnswer([&](auto done) { KeyringPassword::write(connection, QStringLiteral("r0und:trip pw"), &m_context, done); });
        QVERIFY2(written.outcome == KeyringPassword::Outcome::Done, qPrintable(written.error));
        const auto read = awaitAnswer([&](auto done) { KeyringPassword::read(connection, &m_context, done); });
        QVERIFY2(read.outcome == KeyringPassword::Outcome::Done, qPrintable(read.error));
        QCOMPARE(read.password, QStringLiteral("r0und:trip pw"));
        // Per server and user: another user on the same server has none.
        const auto other = awaitAnswer([&](auto done) {
            KeyringPassword::read(server(QStringLiteral("db.example.com"), 5433, QStringLiteral("ws_b")), &m_context, done);
        });
        QVERIFY(other.outcome == KeyringPassword::Outcome::NotFound);
        QVERIFY(!QFile::exists(pgpassPath()));
    }

    void dialogSavesInTheKeyringNotInPgpassAndSaysSo()
    {
        RemoteStoreSettings settings;
        RemoteSettingsDialog dialog(settings);
        QSignalSpy checked(&dialog, &RemoteSettingsDialog::keyringChecked);
        QVERIFY(checked.wait(15000));
        QCOMPARE(checked.at(0).at(0).toBool(), true);
        QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("remotePasswordNote"))
                     ->text()
                     .startsWith(QStringLiteral("A password typed here is saved in the desktop keyring (KWallet/Secret Service)")),
                 qPrintable(dialog.findChild<QLabel*>(QStringLiteral("remotePasswordNote"))->text()));
        const ConnectionParameters connection = server(QStringLiteral("127.0.0.1"), 6543, QStringLiteral("dialog_user"));
        fill(&dialog, connection, QStringLiteral("d1alog-secret"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QPushButton*>(QStringLiteral("applyRemoteButton"))->click();
        QVERIFY(accepted.wait(15000));
        QCOMPARE(dialog.passwordOutcome(), QStringLiteral("Saved in the desktop keyring (KWallet/Secret Service)."));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("connectionTestResult"))->text(), dialog.passwordOutcome());
        QVERIFY2(!fileText(pgpassPath()).contains(QStringLiteral("d1alog-secret")), "the password went to the password file too");
        const auto read = awaitAnswer([&](auto done) { KeyringPassword::read(connection, &m_context, done); });
        QVERIFY2(read.outcome == KeyringPassword::Outcome::Done, qPrintable(read.error));
        QCOMPARE(read.password, QStringLiteral("d1alog-secret"));
        // Seen from outside the workbench: the Secret Service holds it (QtKeychain's libsecret schema).
        const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (secretTool.isEmpty()) {
            qInfo("secret-tool (Debian package libsecret-tools) not installed: the look-up from outside is left out");
            return;
        }
        QProcess lookup;
        lookup.start(secretTool,
                     { QStringLiteral("lookup"), QStringLiteral("server"), KeyringPassword::service(), QStringLiteral("user"),
                       KeyringPassword::key(connection) });
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), QStringLiteral("d1alog-secret"));
    }

    // A password ~/.pgpass holds and the keyring does not: the dialog offers to move it, and moving
    // puts it in the keyring and takes its line (only that one) out of the file.
    void dialogMovesAPasswordFromPgpassIntoTheKeyring()
    {
        const ConnectionParameters connection = server(QStringLiteral("10.1.2.3"), 5432, QStringLiteral("mover"));
        {
            QFile file(pgpassPath());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("# kept\n10.1.2.3:5432:fw:mover:m0ve-me\n10.1.2.3:5432:fw:other:stays\n");
        }
        QFile::setPermissions(pgpassPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        RemoteStoreSettings settings;
        settings.enabled = true;
        settings.connection = connection;
        RemoteSettingsDialog dialog(settings);
        QSignalSpy checked(&dialog, &RemoteSettingsDialog::keyringChecked);
        QVERIFY(checked.wait(15000));
        auto* move = dialog.findChild<QPushButton*>(QStringLiteral("movePasswordButton"));
        QVERIFY(move && move->isVisibleTo(&dialog));
        // Another user typed in: the offer is not for them.
        dialog.findChild<QLineEdit*>(QStringLiteral("remoteUser"))->setText(QStringLiteral("other"));
        QVERIFY(!move->isVisibleTo(&dialog));
        dialog.findChild<QLineEdit*>(QStringLiteral("remoteUser"))->setText(QStringLiteral("mover"));
        QVERIFY(move->isVisibleTo(&dialog));

        QSignalSpy tested(&dialog, &RemoteSettingsDialog::connectionTested);
        move->click();
        QVERIFY(tested.wait(15000));
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
        QCOMPARE(tested.at(0).at(1).toString(),
                 QStringLiteral("Moved into the desktop keyring (KWallet/Secret Service); %1 no longer holds it.")
                     .arg(QDir::toNativeSeparators(pgpassPath())));
        QVERIFY(!move->isVisibleTo(&dialog));
        QCOMPARE(fileText(pgpassPath()), QStringLiteral("# kept\n10.1.2.3:5432:fw:other:stays\n"));
        const auto read = awaitAnswer([&](auto done) { KeyringPassword::read(connection, &m_context, done); });
        QVERIFY2(read.outcome == KeyringPassword::Outcome::Done, qPrintable(read.error));
        QCOMPARE(read.password, QStringLiteral("m0ve-me"));
        QFile::remove(pgpassPath()); // the next test checks that nothing writes the file
    }

    // A server that checks passwords: the workbench connects with the keyring's (no ~/.pgpass), and
    // with debug logging on, the log file never holds it.
    void workbenchConnectsWithTheKeyringsPasswordAndNeverLogsIt()
    {
        ThrowawayPostgres postgres;
        FW_START_POSTGRES_OR_SKIP(postgres);
        const QString role = QStringLiteral("fw_keyring");
        const QString password = QStringLiteral("Kr-p4ss-w0rd-not-in-logs");
        QVERIFY(postgres.runSql(QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2'").arg(role, password)).ok());
        { // fw_keyring must give its password over TCP (everyone else stays trusted)
            QFile hba(postgres.dataDirectory() + QStringLiteral("/pg_hba.conf"));
            QVERIFY(hba.open(QIODevice::ReadOnly));
            const QByteArray rules = hba.readAll();
            hba.close();
            QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
            hba.write("host all fw_keyring 127.0.0.1/32 scram-sha-256\nhost all fw_keyring ::1/128 scram-sha-256\n" + rules);
            hba.close();
            QVERIFY(postgres.runSql(QStringLiteral("SELECT pg_reload_conf()")).ok());
        }
        const ConnectionParameters connection = server(postgres.host(), postgres.port(), role);
        // The test can fail: without the password (no ~/.pgpass, nothing typed) the server refuses.
        QTRY_VERIFY_WITH_TIMEOUT(!probeRemoteStore(connection.toConninfo(), QString()).reached, 5000);
        QVERIFY(probeRemoteStore(connection.toConninfo(), password).reached);

        applyLogLevels(true); // debug on for fw.*, as --verbose
        const QString logPath = installLogFile(QStringLiteral("workbench"), m_dir.filePath(QStringLiteral("log")));

        MainWindow window;
        window.show();
        StoreOpenOptions local;
        local.tickMs = 100;
        local.user = osLoginName(); // the new store's first user, an admin: remote settings are an admin's
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.openStore(m_dir.filePath(QStringLiteral("keyring.db")), local);
        QVERIFY(ready.wait(20000));
        RemoteSettingsDialog* dialog = window.showRemoteSettings();
        QSignalSpy checked(dialog, &RemoteSettingsDialog::keyringChecked);
        QVERIFY(checked.wait(15000));
        fill(dialog, connection, password);
        dialog->findChild<QLineEdit*>(QStringLiteral("remoteWorkstation"))->setText(QStringLiteral("ws-keyring"));
        dialog->findChild<QPushButton*>(QStringLiteral("applyRemoteButton"))->click();
        // Reopened with the remote store; online only if the keyring's password was given.
        QTRY_VERIFY_WITH_TIMEOUT(window.storeIndicators()->syncIndicator()->isVisible()
                                     && window.storeIndicators()->syncIndicator()->text().startsWith(QStringLiteral("Online")),
                                 30000);
        QVERIFY(!QFile::exists(pgpassPath()));

        const QString log = fileText(logPath);
        QVERIFY2(log.contains(QStringLiteral(" fw.sync info: sync: connected to ")), qPrintable(log.right(2000)));
        QVERIFY2(log.contains(QStringLiteral(" fw.ui debug: ")), "debug logging was not on");
        QVERIFY2(!log.contains(password), "the password is in the log file");
        QVERIFY(!log.contains(QStringLiteral("p4ss-w0rd"))); // not even in part
    }
};

QTEST_MAIN(TestKeyringPassword)
#include "tst_keyringpassword.moc"
