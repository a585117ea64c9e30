// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "credentialvalidation.h"

#include "domain/catalog.h"
#include "engine/credentials.h"

#include <QHash>
#include <QRegularExpression>

namespace fw {

namespace {
    QString credentialPointer(const char* collection, std::size_t index, const char* field = nullptr)
    {
        QString pointer = QLatin1Char('/') + QLatin1String(collection) + QLatin1Char('/') + QString::number(index);
        if (field)
            pointer += QLatin1Char('/') + QLatin1String(field);
        return pointer;
    }

    void reportCredential(Problems& problems, const QString& file, const QString& pointer, const QString& message)
    {
        problems.push_back({ file, pointer, message });
    }
} // namespace

void checkCredentials(const Catalog& catalog, const QString& file, Problems& problems)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    static const QRegularExpression tokenPattern(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    static const QStringList engineHeaders { QStringLiteral("content-type"), QStringLiteral("content-length"),
                                             QStringLiteral("idempotency-key"), QStringLiteral("host") };
    QHash<QString, std::size_t> seen; // environment variable -> first credential
    for (std::size_t i = 0; i < catalog.credentials.size(); ++i) {
        const Credential& credential = catalog.credentials[i];
        if (!namePattern.match(credential.id).hasMatch()) {
            reportCredential(problems, file, credentialPointer("credentials", i, "name"),
                             QStringLiteral("credential name '%1' must be letters, digits, '.', '_' or '-'").arg(credential.id));
            continue;
        }
        const QString variable = credentialVariable(credential.id);
        const auto first = seen.constFind(variable);
        if (first != seen.cend()) {
            const QString other = catalog.credentials[*first].id;
            reportCredential(problems, file, credentialPointer("credentials", i, "name"),
                             other == credential.id ? QStringLiteral("duplicate credential name '%1' (first defined at %2)")
                                                          .arg(credential.id, credentialPointer("credentials", *first))
                                                    : QStringLiteral("credentials '%1' and '%2' would share the environment variable %3")
                                                          .arg(other, credential.id, variable));
        } else {
            seen.insert(variable, i);
        }
        if (credential.kind == Credential::Kind::Header && !credential.header.isEmpty()) {
            if (!tokenPattern.match(credential.header).hasMatch())
                reportCredential(problems, file, credentialPointer("credentials", i, "header"),
                                 QStringLiteral("'%1' is not a valid header name").arg(credential.header));
            else if (engineHeaders.contains(credential.header.toLower()))
                reportCredential(problems, file, credentialPointer("credentials", i, "header"),
                                 QStringLiteral("the engine sets the header '%1' itself: name another").arg(credential.header));
        }
    }
    for (std::size_t i = 0; i < catalog.endpoints.size(); ++i) {
        const QString& name = catalog.endpoints[i].credential;
        if (!name.isEmpty() && !catalog.credential(name))
            reportCredential(problems, file, credentialPointer("endpoints", i, "credential"),
                             QStringLiteral("unknown credential '%1' (declare it under \"credentials\")").arg(name));
    }
}

} // namespace fw
