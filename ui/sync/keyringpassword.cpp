// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "keyringpassword.h"

#include "common/uilogging.h"
#include "sync/connectionparameters.h"

#include <qt6keychain/keychain.h>

#include <QElapsedTimer>

namespace fw {

namespace {
    KeyringPassword::Answer keyringAnswer(const QKeychain::Job& job)
    {
        KeyringPassword::Answer answer;
        switch (job.error()) {
        case QKeychain::NoError:
            answer.outcome = KeyringPassword::Outcome::Done;
            break;
        case QKeychain::EntryNotFound:
            answer.outcome = KeyringPassword::Outcome::NotFound;
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            answer.outcome = KeyringPassword::Outcome::NoKeyring;
            break;
        case QKeychain::OtherError:
            // libsecret without a session bus or Secret Service says so only in words.
            answer.outcome = KeyringPassword::Outcome::NoKeyring;
            break;
        default:
            answer.outcome = KeyringPassword::Outcome::Failed;
            break;
        }
        answer.error = job.errorString();
        return answer;
    }

    void runKeyringJob(QKeychain::Job* job, const char* what, QObject* context, KeyringPassword::Callback done,
                       std::function<void(KeyringPassword::Answer&)> complete = {})
    {
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plain-text file of QtKeychain's own
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QObject::connect(job, &QKeychain::Job::finished, context, [job, what, timer, done = std::move(done), complete](QKeychain::Job*) {
            KeyringPassword::Answer answer = keyringAnswer(*job);
            if (answer.outcome == KeyringPassword::Outcome::Done && complete)
                complete(answer);
            // The key names the server and the user, never the password.
            if (answer.outcome == KeyringPassword::Outcome::Done || answer.outcome == KeyringPassword::Outcome::NotFound)
                qCDebug(lcUi, "keyring: %s %s: %s in %lld ms", what, qPrintable(job->key()),
                        answer.outcome == KeyringPassword::Outcome::Done ? "done" : "no entry", qint64(timer->elapsed()));
            else
                qCInfo(lcUi, "keyring: %s %s failed after %lld ms: %s", what, qPrintable(job->key()), qint64(timer->elapsed()),
                       qPrintable(answer.error));
            done(answer);
        });
        job->start();
    }
}

QString KeyringPassword::service()
{
    return QStringLiteral("fulfillment-workbench");
}

QString KeyringPassword::key(const ConnectionParameters& connection)
{
    return QStringList { connection.host, QString::number(connection.port), connection.database, connection.user }.join(QLatin1Char(':'));
}

void KeyringPassword::read(const ConnectionParameters& connection, QObject* context, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(service());
    job->setKey(key(connection));
    runKeyringJob(job, "read", context, std::move(done), [job](Answer& answer) { answer.password = job->textData(); });
}

void KeyringPassword::write(const ConnectionParameters& connection, const QString& password, QObject* context, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(service());
    job->setKey(key(connection));
    job->setTextData(password);
    runKeyringJob(job, "write", context, std::move(done));
}

} // namespace fw
