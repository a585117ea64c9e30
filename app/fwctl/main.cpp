// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl: the headless command line of Fulfillment Workbench. The commands live in fw_cli
// (cli/commandline.h), so tests run them in process.
#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fwctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("FulfillmentWorkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    return fw::cli::runCommandLine(QCoreApplication::arguments());
}
