// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QApplication;

namespace fw {

// "light" or "dark": the Fusion style with a palette tuned for long operations shifts; anything
// else keeps the platform's look.
void applyTheme(QApplication& app, const QString& theme);

} // namespace fw
