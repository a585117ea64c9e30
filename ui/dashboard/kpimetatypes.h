#pragma once

#include "kpi/kpireport.h"

#include <QMetaType>

// The dashboard's signals carry these by value (the integrator connects them across threads).
Q_DECLARE_METATYPE(fw::KpiRange)
Q_DECLARE_METATYPE(fw::KpiDrill)
