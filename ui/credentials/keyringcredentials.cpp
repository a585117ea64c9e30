// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "keyringcredentials.h"

#include "common/uilogging.h"
#include "sync/keyringpassword.h"

#include <qt6keychain/keychain.h>

#include <QMutexLocker>

#include <memory>

namespace fw {

namespace {
    // The job's outcome as the callers see it: empty when done (or, reading, when there is no entry).
    QString credentialJobError(const QKeychain::Job& job)
    {
        return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound ? QString() : job.errorString();
    }

    void startCredentialJob(QKeychain::Job* job, QObject* context, std::function<void(QKeychain::Job&)> finished)
    {
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plain-text file of QtKeychain's own
        QObject::connect(job, &QKeychain::Job::finished, context, [job, finished = std::move(finished)](QKeychain::Job*) {
            // The key names the credential, never its secret.
            qCDebug(lcUi, "keyring: %s: %s", qPrintable(job->key()),
                    job->error() == QKeychain::NoError ? "done" : qPrintable(job->errorString()));
            finished(*job);
        });
        job->start();
    }
} // namespace

QString KeyringCredentials::key(const QString& name)
{
    return QStringLiteral("credential:") + name;
}

QString KeyringCredentials::secret(const QString& name) const
{
    const QMutexLocker lock(&m_mutex);
    return m_secrets.value(name);
}

bool KeyringCredentials::isSet(const QString& name) const
{
    return !secret(name).isEmpty();
}

void KeyringCredentials::remember(const QString& name, const QString& secret)
{
    const QMutexLocker lock(&m_mutex);
    if (secret.isEmpty())
        m_secrets.remove(name);
    else
        m_secrets.insert(name, secret);
}

void KeyringCredentials::load(const QStringList& names, QObject* context, Done done)
{
    if (names.isEmpty()) {
        done({});
        return;
    }
    struct Pending {
        int left = 0;
        QString error;
        Done done;
    };
    auto pending = std::make_shared<Pending>(Pending { int(names.size()), {}, std::move(done) });
    for (const QString& name : names) {
        auto* job = new QKeychain::ReadPasswordJob(KeyringPassword::service());
        job->setKey(key(name));
        startCredentialJob(job, context, [this, name, pending](QKeychain::Job& finished) {
            const QString error = credentialJobError(finished);
            if (error.isEmpty())
                remember(name,
                         finished.error() == QKeychain::NoError ? static_cast<QKeychain::ReadPasswordJob&>(finished).textData()
                                                                : QString());
            else if (pending->error.isEmpty())
                pending->error = error;
            if (--pending->left == 0)
                pending->done(pending->error);
        });
    }
}

void KeyringCredentials::store(const QString& name, const QString& secret, QObject* context, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(KeyringPassword::service());
    job->setKey(key(name));
    job->setTextData(secret);
    startCredentialJob(job, context, [this, name, secret, done = std::move(done)](QKeychain::Job& finished) {
        const QString error = credentialJobError(finished);
        if (error.isEmpty())
            remember(name, secret);
        done(error);
    });
}

void KeyringCredentials::clear(const QString& name, QObject* context, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(KeyringPassword::service());
    job->setKey(key(name));
    startCredentialJob(job, context, [this, name, done = std::move(done)](QKeychain::Job& finished) {
        const QString error = credentialJobError(finished);
        if (error.isEmpty())
            remember(name, {});
        done(error);
    });
}

} // namespace fw
