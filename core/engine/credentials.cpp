// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "credentials.h"

#include "common/jsonparse.h"

#include <QFile>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    Error credentialError(const Credential& credential, const QString& why)
    {
        return failure(why, QStringLiteral("credential '%1'").arg(credential.id), QStringLiteral("authenticate with"));
    }

    QString jsonString(const nlohmann::json& object, const char* key)
    {
        const auto it = object.find(key);
        return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    }

    Result<QStringList> applyClientCertificate(QNetworkRequest& request, const Credential& credential, const QString& secret)
    {
        const JsonParseResult parsed = parseJsonBounded(secret.toUtf8());
        if (!parsed.ok() || !parsed.value->is_object())
            return credentialError(
                credential,
                QStringLiteral("a client certificate's secret is {\"certificate\": FILE, \"key\": FILE, \"passphrase\"?: TEXT}"));
        const QString certificateFile = jsonString(*parsed.value, "certificate");
        const QString keyFile = jsonString(*parsed.value, "key");
        const QString passphrase = jsonString(*parsed.value, "passphrase");
        QFile certificateIn(certificateFile);
        if (certificateFile.isEmpty() || !certificateIn.open(QIODevice::ReadOnly))
            return credentialError(credential, QStringLiteral("cannot read the certificate file '%1'").arg(certificateFile));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateIn.readAll(), QSsl::Pem);
        if (chain.isEmpty())
            return credentialError(credential, QStringLiteral("no PEM certificate in '%1'").arg(certificateFile));
        QFile keyIn(keyFile);
        if (keyFile.isEmpty() || !keyIn.open(QIODevice::ReadOnly))
            return credentialError(credential, QStringLiteral("cannot read the key file '%1'").arg(keyFile));
        const QByteArray keyPem = keyIn.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, passphrase.toUtf8());
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, passphrase.toUtf8());
        if (key.isNull())
            return credentialError(credential, QStringLiteral("no usable private key in '%1' (a wrong passphrase?)").arg(keyFile));
        QSslConfiguration ssl = request.sslConfiguration();
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
        request.setSslConfiguration(ssl);
        return passphrase.isEmpty() ? QStringList() : QStringList { passphrase };
    }
} // namespace

QString credentialVariable(const QString& name)
{
    QString variable = QStringLiteral("FW_CREDENTIAL_");
    for (const QChar c : name)
        variable += (c.isLetterOrNumber() && c.unicode() < 128) ? c.toUpper() : QLatin1Char('_');
    return variable;
}

QString credentialKindName(Credential::Kind kind)
{
    switch (kind) {
    case Credential::Kind::Bearer:
        return QStringLiteral("bearer");
    case Credential::Kind::Basic:
        return QStringLiteral("basic");
    case Credential::Kind::Header:
        return QStringLiteral("header");
    case Credential::Kind::ClientCertificate:
        return QStringLiteral("clientCertificate");
    }
    return {};
}

Result<QStringList> applyCredential(QNetworkRequest& request, const Credential& credential, const QString& secret)
{
    if (secret.isEmpty())
        return credentialError(credential, QStringLiteral("no secret is set for it on this workstation"));
    switch (credential.kind) {
    case Credential::Kind::Bearer: {
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + secret.toUtf8());
        return QStringList { secret };
    }
    case Credential::Kind::Basic: {
        const qsizetype colon = secret.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return credentialError(credential, QStringLiteral("a basic credential's secret is \"user:password\""));
        const QByteArray encoded = secret.toUtf8().toBase64();
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + encoded);
        QStringList secrets { QString::fromLatin1(encoded) };
        if (colon + 1 < secret.size())
            secrets << secret.mid(colon + 1); // the password; the user name is no secret
        return secrets;
    }
    case Credential::Kind::Header:
        request.setRawHeader(credential.header.toLatin1(), secret.toUtf8());
        return QStringList { secret };
    case Credential::Kind::ClientCertificate:
        return applyClientCertificate(request, credential, secret);
    }
    return QStringList();
}

QByteArray redactSecrets(QByteArray text, const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        if (secret.size() >= 3) // shorter would mangle ordinary text and guards nothing
            text.replace(secret.toUtf8(), QByteArrayLiteral("***"));
    }
    return text;
}

QString redactSecrets(QString text, const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        if (secret.size() >= 3)
            text.replace(secret, QStringLiteral("***"));
    }
    return text;
}

} // namespace fw
