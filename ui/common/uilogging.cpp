// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "fw.ui", QtInfoMsg)
