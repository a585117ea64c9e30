// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl credentials: which named credentials the store's catalogs declare and whether this fwctl
// has a secret for each (from FW_CREDENTIAL_<NAME> or the credentials file), never the secret;
// and the credentials every engine-running command hands its callout transport
// (docs/credentials.md).

#include "cli.h"

#include "engine/callouttransport.h"
#include "engine/credentialfile.h"
#include "store/database.h"
#include "store/storedcredentials.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

namespace fw::cli {

namespace {
    // The credentials of the command running now: read again by each command line (scripts may
    // change the file between the commands of one in-process session).
    std::unique_ptr<CredentialFile>& currentCredentials()
    {
        static std::unique_ptr<CredentialFile> credentials;
        return credentials;
    }

    QString sourceText(const CredentialFile& credentials, const QString& name)
    {
        switch (credentials.source(name)) {
        case CredentialFile::Source::Environment:
            return Fwctl::tr("set (environment %1)").arg(credentialVariable(name));
        case CredentialFile::Source::File:
            return Fwctl::tr("set (file %1)").arg(credentials.path());
        case CredentialFile::Source::None:
            break;
        }
        return Fwctl::tr("not set (%1 or the file %2)").arg(credentialVariable(name), credentials.path());
    }

    const char* sourceKey(CredentialFile::Source source)
    {
        switch (source) {
        case CredentialFile::Source::Environment:
            return "environment";
        case CredentialFile::Source::File:
            return "file";
        case CredentialFile::Source::None:
            break;
        }
        return "none";
    }
} // namespace

bool attachCredentials(const QString& command, HttpCalloutTransport& transport)
{
    Result<CredentialFile> loaded = CredentialFile::load();
    if (!loaded) {
        err() << command << ": " << loaded.message() << '\n';
        return false;
    }
    currentCredentials() = std::make_unique<CredentialFile>(std::move(*loaded));
    transport.setCredentials(currentCredentials().get());
    return true;
}

int runCredentials(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Fwctl::tr("Print JSON."));
    parser.addOption(json);
    if (const auto stop = parseArguments(
            parser, arguments,
            Fwctl::tr("Lists the named credentials the store's catalogs declare and whether a secret is set for each, never the "
                      "secret. Secrets come from the environment variable FW_CREDENTIAL_<NAME>, else the credentials file "
                      "(mode 0600): %1")
                .arg(CredentialFile::defaultPath()),
            0))
        return *stop;
    const Result<CredentialFile> credentials = CredentialFile::load();
    if (!credentials) {
        err() << arguments.value(0) << ": " << credentials.message() << '\n';
        return Failure;
    }
    const auto database = openStore(StoreAccess::Read);
    if (!database)
        return Failure;
    const auto declared = declaredCredentials(database->connection());
    if (!declared) {
        err() << arguments.value(0) << ": " << declared.message() << '\n';
        return Failure;
    }
    if (parser.isSet(json)) {
        auto rows = nlohmann::json::array();
        for (const DeclaredCredential& d : *declared) {
            const QString& name = d.credential.id;
            nlohmann::json row { { "name", name.toStdString() },
                                 { "kind", credentialKindName(d.credential.kind).toStdString() },
                                 { "set", credentials->source(name) != CredentialFile::Source::None },
                                 { "source", sourceKey(credentials->source(name)) },
                                 { "variable", credentialVariable(name).toStdString() },
                                 { "catalogs", nlohmann::json::array() },
                                 { "endpoints", nlohmann::json::array() } };
            if (d.credential.kind == Credential::Kind::Header)
                row["header"] = d.credential.header.toStdString();
            for (const QString& catalog : d.catalogs)
                row["catalogs"].push_back(catalog.toStdString());
            for (const QString& endpoint : d.endpoints)
                row["endpoints"].push_back(endpoint.toStdString());
            rows.push_back(row);
        }
        out() << QString::fromStdString(rows.dump(2)) << '\n';
        return Ok;
    }
    if (declared->empty()) {
        out() << Fwctl::tr("The store's catalogs declare no credentials.") << '\n';
        return Ok;
    }
    std::vector<QStringList> rows { { Fwctl::tr("CREDENTIAL"), Fwctl::tr("KIND"), Fwctl::tr("ENDPOINTS"), Fwctl::tr("SECRET") } };
    for (const DeclaredCredential& d : *declared) {
        QString kind = credentialKindName(d.credential.kind);
        if (d.credential.kind == Credential::Kind::Header)
            kind += QLatin1Char(' ') + d.credential.header;
        rows.push_back({ d.credential.id, kind, d.endpoints.isEmpty() ? QStringLiteral("-") : d.endpoints.join(QLatin1Char(',')),
                         sourceText(*credentials, d.credential.id) });
    }
    printColumns(rows);
    return Ok;
}

} // namespace fw::cli
