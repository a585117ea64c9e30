// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

// fw.ui: the GUI's page switches, actions and dialogs (docs/diagnostics.md); info by default,
// debug with --verbose or QT_LOGGING_RULES="fw.ui.debug=true". The core's categories are in
// core/common/logging.h.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
