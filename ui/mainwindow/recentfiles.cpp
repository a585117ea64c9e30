// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recentfiles.h"

#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace fw {

RecentFiles::RecentFiles(const QString& kind, QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_kind(kind)
    , m_menu(menu)
    , m_files(AppSettings::recentFiles(kind))
{
    while (m_files.size() > maximumCount)
        m_files.removeLast();
    rebuildMenu();
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > maximumCount)
        m_files.removeLast();
    save();
    rebuildMenu();
}

void RecentFiles::save()
{
    AppSettings::setRecentFiles(m_kind, m_files);
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const QString path = m_files.at(i);
        const QFileInfo info(path);
        // "&1 catalog.json  (~/samples/telecom)": the number is the mnemonic for the first nine.
        QString label = QStringLiteral("%1  (%2)").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (i < 9)
            label.prepend(QStringLiteral("&%1 ").arg(i + 1));
        QAction* action = m_menu->addAction(label);
        action->setToolTip(path);
        action->setEnabled(info.exists());
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileTriggered(path); });
    }
    if (m_files.isEmpty()) {
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Clear Menu")), &QAction::triggered, this, [this] {
        m_files.clear();
        save();
        rebuildMenu();
    });
}

} // namespace fw
