// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "columnlayout.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace fw {

void rememberColumnLayout(QTableView* table)
{
    Q_ASSERT(!table->objectName().isEmpty());
    const QString key = QStringLiteral("columns/") + table->objectName();
    QHeaderView* header = table->horizontalHeader();
    const QByteArray saved = QSettings().value(key).toByteArray();
    if (!saved.isEmpty() && header->count() > 0)
        header->restoreState(saved);
    auto* save = new QTimer(table); // one write per burst of drags
    save->setSingleShot(true);
    save->setInterval(400);
    QObject::connect(save, &QTimer::timeout, table, [header, key] { QSettings().setValue(key, header->saveState()); });
    const auto schedule = [save] { save->start(); };
    QObject::connect(header, &QHeaderView::sectionResized, save, schedule);
    QObject::connect(header, &QHeaderView::sectionMoved, save, schedule);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, save, schedule);
}

} // namespace fw
