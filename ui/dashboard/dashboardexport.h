// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QString>

#include <vector>

class QWidget;

namespace fw {

// Writes a widget and all its children, the parts scrolled out of view included, to a file:
// .png at twice the device pixel ratio, .pdf on A4 landscape pages (the title on top of the first,
// the content scaled to the page width, page breaks preferably at `breaks`, y positions in the
// widget). The error's message reads "Could not write FILE: reason".
Status exportWidget(QWidget* content, const QString& path, const QString& title, const std::vector<int>& breaks = {});

} // namespace fw
