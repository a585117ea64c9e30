// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "credentials.h"

#include <QHash>

namespace fw {

// fwctl's credentials (docs/credentials.md): the environment variable FW_CREDENTIAL_<NAME>
// (credentialVariable()) first, then the credentials file: $FW_CREDENTIALS_FILE, else
// $XDG_CONFIG_HOME/fulfillment-workbench/credentials.json, a JSON object from credential name to
// secret (a string; a client certificate's may be the object itself). No file: no secrets from
// it. A file that group or others may read or write is refused, naming it, as ssh and libpq do.
class CredentialFile final : public CredentialProvider {
public:
    enum class Source { None, Environment, File };

    static QString defaultPath();
    // Reads `path`; an absent file gives an empty set. The error names the file and the reason
    // (its mode, malformed JSON, a value that is not a string or object), never a secret.
    static Result<CredentialFile> load(const QString& path = defaultPath());

    QString secret(const QString& name) const override;
    Source source(const QString& name) const;
    const QString& path() const { return m_path; }

private:
    QString m_path;
    QHash<QString, QString> m_secrets; // from the file
};

} // namespace fw
