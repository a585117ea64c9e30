// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

class QComboBox;

namespace fw {

// Keeps a queue filter's items (after its first `fixedItems` items: "All queues", "My queues") equal
// to `queues`, keeping the chosen queue when it is still there, without emitting changes for the rebuild.
void syncQueueCombo(QComboBox* combo, const QStringList& queues, int fixedItems = 1);

} // namespace fw
