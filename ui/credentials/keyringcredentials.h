// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "engine/credentials.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <functional>

class QObject;

namespace fw {

// The workbench's named credentials (docs/credentials.md): their secrets in the desktop keyring
// (QtKeychain), service "fulfillment-workbench", key "credential:<name>", and in memory for the
// engine's thread, which asks secret() without waiting for the keyring. load() reads the names
// the store's catalogs declare before the engine starts; store() and clear() change the keyring
// and the memory together. Keyring calls are asynchronous and call `done` on `context`'s thread
// with an empty text, or the keyring's reason.
class KeyringCredentials final : public CredentialProvider {
public:
    using Done = std::function<void(const QString& error)>;

    static QString key(const QString& name); // "credential:billing-api"

    QString secret(const QString& name) const override; // thread-safe
    bool isSet(const QString& name) const;

    void load(const QStringList& names, QObject* context, Done done);
    void store(const QString& name, const QString& secret, QObject* context, Done done);
    void clear(const QString& name, QObject* context, Done done);

private:
    void remember(const QString& name, const QString& secret);

    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

} // namespace fw
