// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QCoreApplication;

namespace fw {

// Installs the workbench's translation (:/i18n/fulfillment-workbench_<lang>.qm, built from
// translations/) and Qt's own (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath, when installed)
// for `language` ("de", "en", "fr"; empty: the system locale) through TranslatorSet (ui/mainwindow), which
// View > Language uses to switch while the workbench runs. Returns the locale name it settled on.
QString installTranslators(QCoreApplication& app, const QString& language);

} // namespace fw
