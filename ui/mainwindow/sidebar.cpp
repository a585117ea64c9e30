// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sidebar.h"

#include <QStyle>

namespace fw {

namespace {
    constexpr int SectionRole = Qt::UserRole;
    constexpr int OrderRole = Qt::UserRole + 1;
    constexpr int TitleRole = Qt::UserRole + 2; // the section's name without its count

    QString sectionTitle(WorkbenchSection section)
    {
        switch (section) {
        case WorkbenchSection::Orders:
            return Sidebar::tr("Orders");
        case WorkbenchSection::Tasks:
            return Sidebar::tr("Tasks");
        case WorkbenchSection::Fallout:
            return Sidebar::tr("Fallout");
        case WorkbenchSection::Jeopardy:
            return Sidebar::tr("Jeopardy");
        case WorkbenchSection::Dashboard:
            return Sidebar::tr("Dashboard");
        case WorkbenchSection::Accounts:
            return Sidebar::tr("Accounts");
        case WorkbenchSection::PlanPreview:
            break;
        }
        return Sidebar::tr("Plan Preview");
    }
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
    const auto addSection = [this](QStyle::StandardPixmap icon, WorkbenchSection section) {
        auto* item = new QListWidgetItem(style()->standardIcon(icon), sectionTitle(section), this);
        item->setData(SectionRole, int(section));
        item->setData(TitleRole, item->text());
    };
    addSection(QStyle::SP_FileDialogDetailedView, WorkbenchSection::Orders);
    addSection(QStyle::SP_DialogApplyButton, WorkbenchSection::Tasks);
    addSection(QStyle::SP_MessageBoxWarning, WorkbenchSection::Fallout);
    addSection(QStyle::SP_DirHomeIcon, WorkbenchSection::Accounts);
    addSection(QStyle::SP_MessageBoxCritical, WorkbenchSection::Jeopardy);
    addSection(QStyle::SP_FileDialogInfoView, WorkbenchSection::Dashboard);
    addSection(QStyle::SP_FileDialogContentsView, WorkbenchSection::PlanPreview);
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
    setOrderTexts(row, orderId);
}

void Sidebar::setOrderTexts(QListWidgetItem* row, const QString& orderId)
{
    row->setData(TitleRole, tr("Order %1").arg(orderId));
    row->setToolTip(tr("Order %1 (Ctrl+W closes it)").arg(orderId));
}

void Sidebar::retranslate()
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* at = item(row);
        if (const QString orderId = orderAt(row); !orderId.isEmpty()) {
            setOrderTexts(at, orderId);
        } else {
            at->setText(sectionTitle(WorkbenchSection(at->data(SectionRole).toInt())));
            at->setData(TitleRole, at->text());
        }
    }
}

void Sidebar::reselect()
{
    onRowChanged(currentRow());
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
