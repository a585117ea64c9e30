// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/catalog.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QNetworkRequest;

namespace fw {

// Where the callout transport gets a named credential's secret (docs/credentials.md): the
// workbench's desktop keyring (ui/credentials), fwctl's credentials file and environment
// (CredentialFile), a test's own. core never sees how they are kept. Called from the engine's
// thread: implementations are thread-safe.
class CredentialProvider {
public:
    virtual ~CredentialProvider() = default;
    // The secret of the credential named `name`; empty when none is set on this workstation.
    // Bearer: the token. Basic: "user:password". Header: the header's value. Client certificate:
    // {"certificate": PEM file, "key": PEM file, "passphrase"?: the key's} as JSON text.
    virtual QString secret(const QString& name) const = 0;
};

// The environment variable fwctl reads a credential's secret from: FW_CREDENTIAL_ and the name in
// capitals with every other character than a letter or digit as '_' ("billing-api" ->
// FW_CREDENTIAL_BILLING_API).
QString credentialVariable(const QString& name);
QString credentialKindName(Credential::Kind kind); // as the catalog spells it: "bearer", "clientCertificate"

// Adds `credential` with its `secret` to `request`: Authorization (bearer, basic), the named header,
// or the client certificate and key (QSslConfiguration). Answers the texts that must never be
// recorded (the secret and its encodings), for redactSecrets(). The error names the credential
// and what is wrong (no secret set, not "user:password", an unreadable certificate), never the secret.
Result<QStringList> applyCredential(QNetworkRequest& request, const Credential& credential, const QString& secret);

// `text` with each of `secrets` replaced by "***": what a system answers is recorded in attempts,
// fallout cases and evidence bundles, and some systems echo what they were sent.
QByteArray redactSecrets(QByteArray text, const QStringList& secrets);
QString redactSecrets(QString text, const QStringList& secrets);

} // namespace fw
