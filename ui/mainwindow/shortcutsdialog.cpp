// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fw {

namespace {
    QString plain(QString text)
    {
        text.replace(QLatin1String("&&"), QLatin1String("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
        return text;
    }

    void add(QList<ShortcutsDialog::Shortcut>& all, const QString& area, const QList<QKeySequence>& keys, const QString& text)
    {
        QStringList written;
        for (const QKeySequence& sequence : keys) {
            if (!sequence.isEmpty())
                written << sequence.toString(QKeySequence::NativeText);
        }
        if (written.isEmpty() || text.isEmpty())
            return;
        const ShortcutsDialog::Shortcut shortcut { area, written.join(QStringLiteral(", ")), plain(text) };
        if (!all.contains(shortcut))
            all << shortcut;
    }

    void addMenu(QList<ShortcutsDialog::Shortcut>& all, const QString& area, const QMenu* menu)
    {
        for (const QAction* action : menu->actions()) {
            if (action->menu())
                addMenu(all, area, action->menu());
            else if (!action->isSeparator())
                add(all, area, action->shortcuts(), action->text());
        }
    }
} // namespace

QList<ShortcutsDialog::Shortcut> ShortcutsDialog::collect(const QMenuBar* menus, const QList<QWidget*>& pages)
{
    QList<Shortcut> all;
    if (menus) {
        for (const QAction* top : menus->actions()) {
            if (top->menu())
                addMenu(all, plain(top->text()), top->menu());
        }
    }
    for (const QWidget* page : pages) {
        const QString area = page->accessibleName();
        if (area.isEmpty())
            continue;
        for (const QAction* action : page->findChildren<QAction*>())
            add(all, area, action->shortcuts(), action->text().isEmpty() ? action->toolTip() : action->text());
        for (const QAbstractButton* button : page->findChildren<QAbstractButton*>())
            add(all, area, { button->shortcut() }, button->text().isEmpty() ? button->toolTip() : button->text());
    }
    return all;
}

ShortcutsDialog::ShortcutsDialog(const QList<Shortcut>& shortcuts, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The shortcuts of the menus work everywhere; a page's work while that page is shown."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutsTree"));
    tree->setHeaderLabels({ tr("Shortcut"), tr("Action") });
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    QHash<QString, QTreeWidgetItem*> areas;
    for (const Shortcut& shortcut : shortcuts) {
        QTreeWidgetItem*& area = areas[shortcut.area];
        if (!area) {
            area = new QTreeWidgetItem(tree, { shortcut.area });
            area->setFirstColumnSpanned(true);
            QFont bold = area->font(0);
            bold.setBold(true);
            area->setFont(0, bold);
        }
        new QTreeWidgetItem(area, { shortcut.keys, shortcut.action });
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(tree);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace fw
