// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

class QGraphicsScene;

namespace fw {

// Writes a plan graph scene to an image file: PNG (at 100 %, scaled down to at most 16,000 pixels
// a side) or SVG, chosen by the file name's suffix.
class PlanGraphExport {
    Q_DECLARE_TR_FUNCTIONS(fw::PlanGraphExport)

public:
    // The error names the file (Error::where) and the reason: "FILE: reason".
    static Status write(QGraphicsScene* scene, const QString& path);
};

} // namespace fw
