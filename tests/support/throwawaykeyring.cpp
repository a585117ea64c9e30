// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "throwawaykeyring.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <signal.h>

namespace fw {

namespace {
    const char keyringUnlockPassword[] = "throwaway-keyring"; // the test keyring's own, not a secret of anyone's

    bool environmentFlag(const char* name)
    {
        const QByteArray value = qgetenv(name);
        return !value.isEmpty() && value != "0" && value.toLower() != "false";
    }
}

ThrowawayKeyring::ThrowawayKeyring() = default;

ThrowawayKeyring::~ThrowawayKeyring()
{
    if (m_keyringPid > 0)
        ::kill(pid_t(m_keyringPid), SIGTERM); // the daemon this keyring started
    stopProcess(m_bus.get());
}

void ThrowawayKeyring::stopProcess(QProcess* process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(3000)) {
        process->kill();
        process->waitForFinished(3000);
    }
}

Status ThrowawayKeyring::start()
{
    const QString busDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (busDaemon.isEmpty())
        return failure(QStringLiteral("dbus-daemon is not installed (Debian package dbus)"));
    if (keyringDaemon.isEmpty())
        return failure(QStringLiteral("gnome-keyring-daemon is not installed (Debian package gnome-keyring)"));
    if (!m_home.isValid())
        return failure(QStringLiteral("no temporary directory for the keyring's home"));

    // The keyring's files in the temporary home, never the user's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("DISPLAY")); // no prompter: the keyring is unlocked from stdin

    m_bus = std::make_unique<QProcess>();
    m_bus->setProcessEnvironment(environment);
    m_bus->start(busDaemon, { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    if (!m_bus->waitForStarted(5000))
        return failure(QStringLiteral("dbus-daemon did not start: %1").arg(m_bus->errorString()));
    QElapsedTimer waited;
    waited.start();
    while (!m_bus->canReadLine() && waited.elapsed() < 5000)
        m_bus->waitForReadyRead(200);
    m_busAddress = QString::fromUtf8(m_bus->readLine()).trimmed();
    if (m_busAddress.isEmpty())
        return failure(QStringLiteral("dbus-daemon printed no address: %1").arg(QString::fromUtf8(m_bus->readAllStandardError())));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);

    // --daemonize: it answers once the keyring is unlocked and serves the bus, then runs on its own.
    QProcess keyring;
    keyring.setProcessEnvironment(environment);
    keyring.start(keyringDaemon, { QStringLiteral("--daemonize"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets") });
    if (!keyring.waitForStarted(5000))
        return failure(QStringLiteral("gnome-keyring-daemon did not start: %1").arg(keyring.errorString()));
    keyring.write(keyringUnlockPassword); // creates the login keyring, unlocked
    keyring.closeWriteChannel();
    if (!keyring.waitForFinished(10000) || keyring.exitCode() != 0)
        return failure(QStringLiteral("gnome-keyring-daemon failed: %1").arg(QString::fromUtf8(keyring.readAllStandardError())));
    // Who serves the Secret Service on our bus: that process is stopped with the bus.
    waited.restart();
    while (m_keyringPid <= 0 && waited.elapsed() < 5000) {
        QProcess ask;
        ask.setProcessEnvironment(environment);
        ask.start(QStringLiteral("dbus-send"),
                  { QStringLiteral("--session"), QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.DBus"),
                    QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
                    QStringLiteral("string:org.freedesktop.secrets") });
        ask.waitForFinished(3000);
        const QString reply = QString::fromUtf8(ask.readAllStandardOutput());
        const qsizetype at = reply.indexOf(QLatin1String("uint32 "));
        if (at >= 0)
            m_keyringPid = reply.mid(at + 7).trimmed().toLongLong();
        else
            QThread::msleep(100);
    }
    if (m_keyringPid <= 0)
        return failure(
            QStringLiteral("nobody serves org.freedesktop.secrets on the test bus (is dbus-send, Debian package dbus-bin, there?)"));
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
    return {};
}

bool ThrowawayKeyring::isRequired()
{
    return environmentFlag("FW_REQUIRE_KEYRING") || environmentFlag("CI");
}

QString ThrowawayKeyring::unavailableMessage(const QString& reason)
{
    return QStringLiteral("Desktop keyring not available: %1 -- these keyring tests did NOT run (install dbus and gnome-keyring; "
                          "FW_REQUIRE_KEYRING=1 or CI turns this skip into a failure)")
        .arg(reason);
}

void ThrowawayKeyring::disableForThisProcess()
{
    const QString nowhere = QDir::temp().filePath(QStringLiteral("fw-no-session-bus-%1").arg(QCoreApplication::applicationPid()));
    qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray("unix:path=") + QFile::encodeName(nowhere));
}

} // namespace fw
