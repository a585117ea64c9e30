// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace fw {

// A most-recently-used list of files of one kind ("catalog", "order"), kept in AppSettings and shown
// as a menu whose entries emit fileTriggered().
class RecentFiles : public QObject {
    Q_OBJECT

public:
    static constexpr int maximumCount = 8;

    RecentFiles(const QString& kind, QMenu* menu, QObject* parent = nullptr);

    void add(const QString& path);
    QStringList files() const { return m_files; }

Q_SIGNALS:
    void fileTriggered(const QString& path);

private:
    void save();
    void rebuildMenu();

    QString m_kind;
    QMenu* m_menu;
    QStringList m_files;
};

} // namespace fw
