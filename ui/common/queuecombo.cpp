// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queuecombo.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace fw {

void syncQueueCombo(QComboBox* combo, const QStringList& queues, int fixedItems)
{
    QStringList shown;
    for (int i = fixedItems; i < combo->count(); ++i)
        shown << combo->itemData(i).toString();
    if (shown == queues)
        return;
    const QVariant current = combo->currentData();
    QSignalBlocker block(combo);
    while (combo->count() > fixedItems)
        combo->removeItem(fixedItems);
    for (const QString& queue : queues)
        combo->addItem(queue, queue);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace fw
