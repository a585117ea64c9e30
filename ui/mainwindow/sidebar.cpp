// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sidebar.h"

#include <QStyle>

namespace fw {

namespace {
    constexpr int SectionRole = Qt::UserRole;
    constexpr int OrderRole = Qt::UserRole + 1;
    constexpr int TitleRole = Qt::UserRole + 2; // the section's name without its count
} // namespace

Sidebar::Sidebar(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigator"));
    setAccessibleName(tr("Navigator"));
    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(20, 20));
    setSpacing(1);
    setMinimumWidth(190);
    setMaximumWidth(260);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto addSection = [this](const QString& text, QStyle::StandardPixmap icon, WorkbenchSection section) {
        auto* item = new QListWidgetItem(style()->standardIcon(icon), text, this);
        item->setData(SectionRole, int(section));
        item->setData(TitleRole, text);
    };
    addSection(tr("Orders"), QStyle::SP_FileDialogDetailedView, WorkbenchSection::Orders);
    addSection(tr("Tasks"), QStyle::SP_DialogApplyButton, WorkbenchSection::Tasks);
    addSection(tr("Fallout"), QStyle::SP_MessageBoxWarning, WorkbenchSection::Fallout);
    addSection(tr("Jeopardy"), QStyle::SP_MessageBoxCritical, WorkbenchSection::Jeopardy);
    addSection(tr("Dashboard"), QStyle::SP_FileDialogInfoView, WorkbenchSection::Dashboard);
    addSection(tr("Plan Preview"), QStyle::SP_FileDialogContentsView, WorkbenchSection::PlanPreview);
    connect(this, &QListWidget::currentRowChanged, this, &Sidebar::onRowChanged);
}

int Sidebar::sectionRow(WorkbenchSection section) const
{
    for (int row = 0; row < count(); ++row) {
        if (orderAt(row).isEmpty() && item(row)->data(SectionRole).toInt() == int(section))
            return row;
    }
    return -1;
}

void Sidebar::selectSection(WorkbenchSection section)
{
    const int row = sectionRow(section);
    if (row < 0)
        return;
    if (currentRow() == row)
        onRowChanged(row); // already current: the page behind it may be new (a store was opened)
    else
        setCurrentRow(row);
}

void Sidebar::setSectionText(WorkbenchSection section, const QString& text)
{
    if (QListWidgetItem* row = item(sectionRow(section)))
        row->setText(text);
}

void Sidebar::addOrder(const QString& orderId)
{
    auto* row = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon), orderId, this);
    row->setData(OrderRole, orderId);
    row->setData(TitleRole, tr("Order %1").arg(orderId));
    row->setToolTip(tr("Order %1 (Ctrl+W closes it)").arg(orderId));
}

void Sidebar::selectOrder(const QString& orderId)
{
    for (int row = 0; row < count(); ++row) {
        if (orderAt(row) == orderId)
            setCurrentRow(row);
    }
}

void Sidebar::removeOrder(const QString& orderId)
{
    for (int row = count() - 1; row >= 0; --row) {
        if (orderAt(row) == orderId)
            delete takeItem(row);
    }
}

void Sidebar::removeOrders()
{
    for (int row = count() - 1; row >= 0; --row) {
        if (!orderAt(row).isEmpty())
            delete takeItem(row);
    }
}

QString Sidebar::orderAt(int row) const
{
    const QListWidgetItem* at = item(row);
    return at ? at->data(OrderRole).toString() : QString();
}

void Sidebar::onRowChanged(int row)
{
    const QListWidgetItem* at = item(row);
    if (!at)
        return;
    Q_EMIT viewTitleChanged(at->data(TitleRole).toString());
    const QString orderId = orderAt(row);
    if (!orderId.isEmpty())
        Q_EMIT orderChosen(orderId);
    else
        Q_EMIT sectionChosen(WorkbenchSection(at->data(SectionRole).toInt()));
}

} // namespace fw
