// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connectionparameters.h"

#include <libpq-fe.h>

namespace fw {

QString ConnectionParameters::quotedValue(const QString& value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\'')) && !value.contains(QLatin1Char('\\'))
        && !value.contains(QLatin1Char('=')))
        return value;
    QString text = value;
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QStringList ConnectionParameters::sslModes()
{
    return { QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-full") };
}

QString ConnectionParameters::toConninfo(int connectTimeoutSeconds) const
{
    QStringList parts;
    const auto add = [&parts](const char* keyword, const QString& value) {
        if (!value.isEmpty())
            parts << QString::fromLatin1(keyword) + QLatin1Char('=') + quotedValue(value);
    };
    add("host", host);
    add("port", port > 0 ? QString::number(port) : QString());
    add("dbname", database);
    add("user", user);
    add("sslmode", sslMode);
    if (connectTimeoutSeconds > 0)
        add("connect_timeout", QString::number(connectTimeoutSeconds));
    return parts.join(QLatin1Char(' '));
}

Result<ConnectionParameters> ConnectionParameters::fromConninfo(const QString& conninfo)
{
    char* message = nullptr;
    const QByteArray text = conninfo.toUtf8();
    PQconninfoOption* options = PQconninfoParse(text.constData(), &message);
    if (!options) {
        const QString why = message ? QString::fromUtf8(message).trimmed() : QStringLiteral("out of memory");
        PQfreemem(message);
        return failure(why, {}, QStringLiteral("read the connection string"));
    }
    ConnectionParameters result;
    result.database.clear();
    result.sslMode.clear();
    for (PQconninfoOption* option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QByteArray keyword(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (keyword == "host")
            result.host = value;
        else if (keyword == "hostaddr" && result.host.isEmpty())
            result.host = value;
        else if (keyword == "port")
            result.port = value.toInt();
        else if (keyword == "dbname")
            result.database = value;
        else if (keyword == "user")
            result.user = value;
        else if (keyword == "sslmode")
            result.sslMode = value;
    }
    PQconninfoFree(options);
    if (result.sslMode.isEmpty())
        result.sslMode = QStringLiteral("prefer");
    return result;
}

} // namespace fw
