// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QTableView;

namespace fw {

// Remembers a table's column widths, order and sort across runs (QSettings "columns/<objectName>"):
// restores what was saved, then saves on every change. Call after the model and the default widths
// are set; the table needs an object name.
void rememberColumnLayout(QTableView* table);

} // namespace fw
