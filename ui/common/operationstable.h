// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace fw {

// A table view set up the same way for every operations list: sortable, whole-row selection,
// compact rows, alternating colours, the last column stretched, no grid.
QTableView* createOperationsTable(QWidget* parent, const QString& objectName);

} // namespace fw
