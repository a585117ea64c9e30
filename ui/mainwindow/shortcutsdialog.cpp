// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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

QList<ShortcutsDialog::Shortcut> ShortcutsDialog::collect(const QMenuBar* menus, const QList<QWidget*>& pages, const QList<QAction*>& more)
{
    const auto areaOf = [](const QAction* action, const QString& fallback) {
        const QString area = action->property("fwShortcutArea").toString();
        return area.isEmpty() ? fallback : area;
    };
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
            add(all, areaOf(action, area), action->shortcuts(), action->text().isEmpty() ? action->toolTip() : action->text());
        for (const QAbstractButton* button : page->findChildren<QAbstractButton*>())
            add(all, area, { button->shortcut() }, button->text().isEmpty() ? button->toolTip() : button->text());
    }
    for (const QAction* action : more)
        add(all, areaOf(action, QString()), action->shortcuts(), action->text());
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
    auto* search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("shortcutsSearch"));
    search->setPlaceholderText(tr("Search shortcuts"));
    search->setAccessibleName(tr("Search shortcuts"));
    search->setClearButtonEnabled(true);
    layout->addWidget(search);
    auto* tree = new QTreeWidget(this);
    m_tree = tree;
    tree->setAccessibleName(tr("Keyboard shortcuts"));
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
    connect(search, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 560);
    search->setFocus();
}

void ShortcutsDialog::setFilter(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
        QTreeWidgetItem* area = m_tree->topLevelItem(a);
        const bool areaMatches = area->text(0).contains(wanted, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < area->childCount(); ++i) {
            QTreeWidgetItem* row = area->child(i);
            const bool match
                = areaMatches || row->text(0).contains(wanted, Qt::CaseInsensitive) || row->text(1).contains(wanted, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        area->setHidden(shown == 0);
    }
}

int ShortcutsDialog::visibleShortcuts() const
{
    int shown = 0;
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
        const QTreeWidgetItem* area = m_tree->topLevelItem(a);
        for (int i = 0; i < area->childCount(); ++i)
            shown += area->isHidden() || area->child(i)->isHidden() ? 0 : 1;
    }
    return shown;
}

} // namespace fw
