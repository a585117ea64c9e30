// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "credentialfile.h"

#include "common/jsonparse.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

namespace fw {

namespace {
    QString unixMode(QFileDevice::Permissions p) // "0644"
    {
        const int bits = int(p);
        const int mode = ((bits >> 12) & 7) << 6 | ((bits >> 4) & 7) << 3 | (bits & 7);
        return QString::number(mode, 8).rightJustified(4, QLatin1Char('0'));
    }
} // namespace

QString CredentialFile::defaultPath()
{
    const QString overridden = qEnvironmentVariable("FW_CREDENTIALS_FILE");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("fulfillment-workbench/credentials.json"));
}

Result<CredentialFile> CredentialFile::load(const QString& path)
{
    CredentialFile credentials;
    credentials.m_path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return credentials;
    const auto what = QStringLiteral("read the credentials file");
    constexpr auto othersMay = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & othersMay)
        return failure(QStringLiteral("group or others have access to it (mode %1): make it the owner's only with chmod 600 %2")
                           .arg(unixMode(info.permissions()), path),
                       path, what);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(file.errorString(), path, what);
    const JsonParseResult parsed = parseJsonBounded(file.readAll());
    if (!parsed.ok())
        return failure(parsed.message, path, what);
    if (!parsed.value->is_object())
        return failure(QStringLiteral("it must be a JSON object from credential name to secret"), path, what);
    for (const auto& [name, value] : parsed.value->items()) {
        const QString key = QString::fromStdString(name);
        if (value.is_string())
            credentials.m_secrets.insert(key, QString::fromStdString(value.get<std::string>()));
        else if (value.is_object())
            credentials.m_secrets.insert(key, QString::fromStdString(value.dump()));
        else
            return failure(QStringLiteral("the secret of '%1' must be a string or an object").arg(key), path, what);
    }
    return credentials;
}

QString CredentialFile::secret(const QString& name) const
{
    const QString fromEnvironment = qEnvironmentVariable(credentialVariable(name).toLatin1().constData());
    return fromEnvironment.isEmpty() ? m_secrets.value(name) : fromEnvironment;
}

CredentialFile::Source CredentialFile::source(const QString& name) const
{
    if (!qEnvironmentVariable(credentialVariable(name).toLatin1().constData()).isEmpty())
        return Source::Environment;
    return m_secrets.value(name).isEmpty() ? Source::None : Source::File;
}

} // namespace fw
