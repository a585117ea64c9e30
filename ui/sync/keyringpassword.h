// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <functional>

class QObject;

namespace fw {

struct ConnectionParameters;

// The remote store's password in the desktop keyring (QtKeychain: Secret Service or KWallet), under
// the service "fulfillment-workbench" and the key "host:port:database:user". The workbench keeps it
// there; libpq's ~/.pgpass (PgPassFile) stays for fwctl and for machines without a keyring.
// Every call is asynchronous (the keyring may ask the user to unlock it): it starts a QtKeychain
// job and calls `done` on `context`'s thread when the job finishes, never blocking the caller.
class KeyringPassword {
public:
    enum class Outcome {
        Done, // read: found; write: saved
        NotFound, // read: the keyring holds no password for this key
        NoKeyring, // no keyring service answers (no D-Bus session, no Secret Service or KWallet)
        Failed, // the keyring refused (e.g. the user denied access); `error` says why
    };
    struct Answer {
        Outcome outcome = Outcome::Failed;
        QString password; // read and found only
        QString error; // the keyring's own words, for NoKeyring and Failed
    };
    using Callback = std::function<void(const Answer&)>;

    static QString service(); // "fulfillment-workbench"
    static QString key(const ConnectionParameters& connection); // "host:port:database:user"

    static void read(const ConnectionParameters& connection, QObject* context, Callback done);
    static void write(const ConnectionParameters& connection, const QString& password, QObject* context, Callback done);
};

} // namespace fw
