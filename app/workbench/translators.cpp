// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "translators.h"

#include "mainwindow/translatorset.h"

namespace fw {

QString installTranslators(QCoreApplication& app, const QString& language)
{
    Q_UNUSED(app) // the set is the application's: View > Language replaces it while the workbench runs
    return TranslatorSet::instance()->apply(language);
}

} // namespace fw
