#pragma once

#include <QStringList>

class QComboBox;

namespace fw {

// Keeps a queue filter's items (after its first `fixedItems` items: "All queues", "My queues") equal
// to `queues`, keeping the chosen queue when it is still there, without emitting changes for the rebuild.
void syncQueueCombo(QComboBox* combo, const QStringList& queues, int fixedItems = 1);

} // namespace fw
