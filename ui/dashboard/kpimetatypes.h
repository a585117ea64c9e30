// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "kpi/kpireport.h"

#include <QMetaType>

// The dashboard's signals carry these by value (the integrator connects them across threads).
Q_DECLARE_METATYPE(fw::KpiRange)
Q_DECLARE_METATYPE(fw::KpiDrill)
