// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A throwaway desktop keyring for tests: a private D-Bus session bus (dbus-daemon) and a GNOME
// keyring daemon serving the Secret Service on it, with a login keyring created and unlocked in a
// temporary home. start() points this process's DBUS_SESSION_BUS_ADDRESS at the bus, so call it in
// initTestCase() before anything uses D-Bus. The destructor stops both daemons.
//
//   fw::ThrowawayKeyring m_keyring;   // a member of the test class
//   void initTestCase() { FW_START_KEYRING_OR_SKIP(m_keyring); }
//
// No keyring at all (the fallback's tests): ThrowawayKeyring::disableForThisProcess() points the
// session bus at nothing, so no keyring (and never the developer's own) answers.
// Debian packages: dbus (dbus-daemon), gnome-keyring (gnome-keyring-daemon).

#include "common/result.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class QProcess;

namespace fw {

class ThrowawayKeyring {
public:
    ThrowawayKeyring();
    ~ThrowawayKeyring();
    ThrowawayKeyring(const ThrowawayKeyring&) = delete;
    ThrowawayKeyring& operator=(const ThrowawayKeyring&) = delete;

    // Starts the bus and the keyring; success, or which program is missing or failed and what it said.
    Status start();
    QString busAddress() const { return m_busAddress; }

    // Whether FW_REQUIRE_KEYRING (set, not empty and not "0") or CI asks for a failure rather than a skip.
    static bool isRequired();
    // "Desktop keyring not available: REASON -- these tests did NOT run ...".
    static QString unavailableMessage(const QString& reason);
    static void disableForThisProcess();

private:
    void stopProcess(QProcess* process);

    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_bus;
    qint64 m_keyringPid = 0; // gnome-keyring-daemon, which runs on its own (--daemonize)
    QString m_busAddress;
};

} // namespace fw

#define FW_START_KEYRING_OR_SKIP(keyring)                                                                                                  \
    do {                                                                                                                                   \
        if (const fw::Status fwKeyringStarted = (keyring).start(); !fwKeyringStarted) {                                                    \
            const QByteArray fwKeyringMessage = fw::ThrowawayKeyring::unavailableMessage(fwKeyringStarted.message()).toLocal8Bit();        \
            if (fw::ThrowawayKeyring::isRequired())                                                                                        \
                QFAIL(fwKeyringMessage.constData());                                                                                       \
            qWarning("%s", fwKeyringMessage.constData());                                                                                  \
            QSKIP(fwKeyringMessage.constData());                                                                                           \
        }                                                                                                                                  \
    } while (false)
