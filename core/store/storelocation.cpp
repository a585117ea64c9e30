// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storelocation.h"

#include <QDir>
#include <QStandardPaths>

namespace fw {

QString standardStorePath()
{
    // GenericDataLocation, not AppDataLocation: that one ends in the application's name, which
    // differs between fulfillment-workbench and fwctl.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(data).filePath(QStringLiteral("fulfillment-workbench/fulfillment.db"));
}

bool storeFromEnvironment()
{
    return !qEnvironmentVariableIsEmpty("FW_DB");
}

QString defaultStorePath()
{
    return storeFromEnvironment() ? qEnvironmentVariable("FW_DB") : standardStorePath();
}

} // namespace fw
