// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QMenuBar;
class QTreeWidget;
class QWidget;

namespace fw {

// Help > Keyboard Shortcuts: every shortcut the window offers now, read from its menus and pages
// (actions and buttons), so the list is never out of date. Grouped by where it works; a search box
// keeps the rows whose keys, action or group contain what is typed.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    struct Shortcut {
        QString area; // "File" (a menu), "Fallout" (a page)
        QString keys; // as the platform writes them; several separated by ", "
        QString action; // without its mnemonic '&'
        bool operator==(const Shortcut&) const = default;
    };
    // The menus' shortcuts, then each page's (a page is named by its accessible name), then `more`.
    // An action with the property "fwShortcutArea" (the plan graph's keys) is listed under that.
    static QList<Shortcut> collect(const QMenuBar* menus, const QList<QWidget*>& pages, const QList<QAction*>& more = {});

    ShortcutsDialog(const QList<Shortcut>& shortcuts, QWidget* parent = nullptr);

    void setFilter(const QString& text); // what the search box does; empty: everything
    int visibleShortcuts() const; // rows shown

private:
    QTreeWidget* m_tree;
};

} // namespace fw
