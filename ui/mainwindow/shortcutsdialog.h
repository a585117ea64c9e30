// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMenuBar;
class QWidget;

namespace fw {

// Help > Keyboard Shortcuts: every shortcut the window offers now, read from its menus and pages
// (actions and buttons), so the list is never out of date. Grouped by where it works.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    struct Shortcut {
        QString area; // "File" (a menu), "Fallout" (a page)
        QString keys; // as the platform writes them; several separated by ", "
        QString action; // without its mnemonic '&'
        bool operator==(const Shortcut&) const = default;
    };
    // The menus' shortcuts, then each page's (a page is named by its accessible name).
    static QList<Shortcut> collect(const QMenuBar* menus, const QList<QWidget*>& pages);

    ShortcutsDialog(const QList<Shortcut>& shortcuts, QWidget* parent = nullptr);
};

} // namespace fw
