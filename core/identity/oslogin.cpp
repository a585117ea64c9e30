// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oslogin.h"

#include "userdirectory.h"

#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace fw {

QString osLoginName()
{
    QString login = qEnvironmentVariable("USER");
#ifdef Q_OS_UNIX
    if (login.isEmpty()) {
        if (const passwd* entry = ::getpwuid(::getuid()))
            login = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    static const QRegularExpression notAllowed(QStringLiteral("[^A-Za-z0-9._@-]"));
    login.replace(notAllowed, QStringLiteral("_"));
    login.truncate(64);
    return login.isEmpty() ? QStringLiteral("operator") : login;
}

} // namespace fw
