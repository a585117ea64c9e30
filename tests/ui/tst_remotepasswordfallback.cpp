// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// No desktop keyring (this process's session bus points at nothing): File > Remote Store says
// beforehand that a typed password goes to libpq's password file, saves it there readable by its
// owner only (0600), and says so afterwards, naming the file. The keyring's own tests are in
// tst_keyringpassword.

#include "sync/connectionparameters.h"
#include "sync/keyringpassword.h"
#include "sync/remotesettingsdialog.h"
#include "throwawaykeyring.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestRemotePasswordFallback : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString pgpassPath() const { return m_dir.filePath(QStringLiteral("pgpass")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ThrowawayKeyring::disableForThisProcess();
        qputenv("PGPASSFILE", pgpassPath().toLocal8Bit());
    }

    void noKeyringAnswers()
    {
        std::optional<KeyringPassword::Answer> answer;
        QObject context;
        ConnectionParameters connection;
        connection.host = QStringLiteral("db.example.com");
        connection.user = QStringLiteral("ws_a");
        KeyringPassword::read(connection, &context, [&answer](const KeyringPassword::Answer& a) { answer = a; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY2(answer->outcome == KeyringPassword::Outcome::NoKeyring, qPrintable(answer->error));
    }

    void dialogSavesToPgpassWithMode0600AndSaysSo()
    {
        RemoteSettingsDialog dialog(RemoteStoreSettings {});
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("remotePasswordNote"));
        QSignalSpy checked(&dialog, &RemoteSettingsDialog::keyringChecked);
        QVERIFY(checked.wait(15000));
        QCOMPARE(checked.at(0).at(0).toBool(), false);
        const QString file = QDir::toNativeSeparators(pgpassPath());
        QCOMPARE(note->text(),
                 QStringLiteral("No desktop keyring is available, so a password typed here is saved to libpq's password file %1 "
                                "(mode 0600: readable by you only); leave the field empty to keep the one there.")
                     .arg(file));

        dialog.findChild<QCheckBox*>(QStringLiteral("remoteEnabled"))->setChecked(true);
        dialog.findChild<QLineEdit*>(QStringLiteral("remoteHost"))->setText(QStringLiteral("db.example.com"));
        dialog.findChild<QSpinBox*>(QStringLiteral("remotePort"))->setValue(5433);
        dialog.findChild<QLineEdit*>(QStringLiteral("remoteDatabase"))->setText(QStringLiteral("fw"));
        dialog.findChild<QLineEdit*>(QStringLiteral("remoteUser"))->setText(QStringLiteral("ws_a"));
        dialog.findChild<QLineEdit*>(QStringLiteral("remotePassword"))->setText(QStringLiteral("fallb4ck"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QPushButton*>(QStringLiteral("applyRemoteButton"))->click();
        QVERIFY(accepted.wait(15000));
        QCOMPARE(dialog.passwordOutcome(),
                 QStringLiteral("No desktop keyring is available: saved to %1 (mode 0600: readable by you only).").arg(file));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("connectionTestResult"))->text(), dialog.passwordOutcome());
        QFile pgpass(pgpassPath());
        QVERIFY(pgpass.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(pgpass.readAll()), QStringLiteral("db.example.com:5433:fw:ws_a:fallb4ck\n"));
        QCOMPARE(pgpass.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
};

QTEST_MAIN(TestRemotePasswordFallback)
#include "tst_remotepasswordfallback.moc"
