// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changecomposer.h"

#include "changeactioneditor.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace fw {

ChangeComposer::ChangeComposer(QWidget* parent)
    : QWidget(parent)
    , m_id(new QLineEdit(this))
    , m_requestedBy(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_add(new QToolButton(this))
    , m_remove(new QPushButton(tr("Remove Action"), this))
    , m_editor(new ChangeActionEditor(this))
    , m_empty(new QLabel(this))
{
    m_id->setObjectName(QStringLiteral("changeId"));
    m_id->setToolTip(tr("The change order's id; supplement items are named after it"));
    m_id->setText(QStringLiteral("CHG-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyMMdd-HHmm")));
    m_requestedBy->setObjectName(QStringLiteral("changeRequestedBy"));
    m_requestedBy->setPlaceholderText(tr("Who asked: customer, account manager, portal"));
    m_reason->setObjectName(QStringLiteral("changeReason"));
    m_reason->setPlaceholderText(tr("Why, in a few words (the timeline and the summary show it)"));
    auto* identity = new QFormLayout;
    identity->addRow(tr("Change &id:"), m_id);
    identity->addRow(tr("Requested &by:"), m_requestedBy);
    identity->addRow(tr("&Reason:"), m_reason);

    m_list->setObjectName(QStringLiteral("changeActionList"));
    m_list->setAccessibleName(tr("Actions of the change"));
    m_list->setMaximumHeight(110);
    m_add->setObjectName(QStringLiteral("changeAddAction"));
    m_add->setText(tr("&Add Action"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_add);
    using Kind = ChangeActionDraft::Kind;
    for (Kind kind : { Kind::Add, Kind::Remove, Kind::Quantity, Kind::Attributes, Kind::DeliveryGroup, Kind::CancelOrder }) {
        if (kind == Kind::CancelOrder)
            menu->addSeparator();
        QAction* action = menu->addAction(ChangeOrderDraft::kindLabel(kind), this, [this, kind] { addAction(kind); });
        action->setObjectName(QStringLiteral("changeAddAction%1").arg(int(kind)));
    }
    m_add->setMenu(menu);
    m_remove->setObjectName(QStringLiteral("changeRemoveAction"));
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, &ChangeComposer::removeCurrentAction);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    m_empty->setObjectName(QStringLiteral("changeNoActions"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No actions yet. Add Action: add an item from the catalog, remove an item, change its quantity or "
                        "attributes, move a delivery group's address or date, or cancel the whole order."));
    m_empty->setEnabled(false);

    auto* actions = new QGroupBox(tr("Actions"), this);
    auto* actionsLayout = new QVBoxLayout(actions);
    actionsLayout->addWidget(m_list);
    actionsLayout->addLayout(buttons);
    actionsLayout->addWidget(m_empty);
    actionsLayout->addWidget(m_editor, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(identity);
    layout->addWidget(actions, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ChangeComposer::selectAction);
    connect(m_editor, &ChangeActionEditor::edited, this, &ChangeComposer::onEdited);
    for (QLineEdit* edit : { m_id, m_requestedBy, m_reason })
        connect(edit, &QLineEdit::textChanged, this, &ChangeComposer::changed);
    m_editor->setVisible(false);
}

void ChangeComposer::setOrder(const QString& orderId, const OrderSummaryReport& report)
{
    m_orderId = orderId;
    m_report = report;
    m_editor->setOrder(report);
    if (m_current >= 0)
        editAction(m_current);
    refreshList(); // the items' product names
}

ChangeOrderDraft ChangeComposer::draft() const
{
    ChangeOrderDraft draft;
    draft.id = m_id->text().trimmed();
    draft.order = m_orderId;
    draft.requestedBy = m_requestedBy->text().trimmed();
    draft.reason = m_reason->text().trimmed();
    draft.actions = m_actions;
    return draft;
}

void ChangeComposer::setIdentity(const QString& id, const QString& requestedBy, const QString& reason)
{
    m_id->setText(id);
    m_requestedBy->setText(requestedBy);
    m_reason->setText(reason);
}

void ChangeComposer::setDraft(const ChangeOrderDraft& draft)
{
    setIdentity(draft.id, draft.requestedBy, draft.reason);
    m_actions = draft.actions;
    m_current = int(m_actions.size()) - 1;
    if (m_current >= 0)
        editAction(m_current);
    refreshList();
    selectAction(m_current);
    Q_EMIT changed();
}

void ChangeComposer::addAction(ChangeActionDraft::Kind kind)
{
    ChangeActionDraft action;
    action.kind = kind;
    m_actions.push_back(action);
    m_current = int(m_actions.size()) - 1;
    editAction(m_current);
    m_actions.back() = m_editor->action(); // the item and group the editor picked first
    refreshList();
    m_list->setCurrentRow(m_current);
    Q_EMIT changed();
}

void ChangeComposer::removeCurrentAction()
{
    if (m_current < 0)
        return;
    m_actions.erase(m_actions.begin() + m_current);
    m_current = std::min(m_current, int(m_actions.size()) - 1);
    refreshList();
    m_list->setCurrentRow(m_current);
    selectAction(m_current);
    Q_EMIT changed();
}

void ChangeComposer::selectAction(int row)
{
    m_current = row;
    const bool any = row >= 0 && row < int(m_actions.size());
    m_editor->setVisible(any);
    m_remove->setEnabled(any);
    m_empty->setVisible(m_actions.empty());
    if (any)
        editAction(row);
}

void ChangeComposer::onEdited()
{
    if (m_current < 0 || m_current >= int(m_actions.size()))
        return;
    m_actions[std::size_t(m_current)] = m_editor->action();
    if (QListWidgetItem* item = m_list->item(m_current)) {
        item->setText(
            QStringLiteral("%1. %2").arg(m_current + 1).arg(ChangeOrderDraft::summary(m_actions[std::size_t(m_current)], &m_report)));
        item->setToolTip(item->text()); // the list is narrow
    }
    Q_EMIT changed();
}

void ChangeComposer::editAction(int row)
{
    std::vector<ItemPosition> added;
    QStringList groups;
    for (int i = 0; i < row; ++i) {
        const ChangeActionDraft& a = m_actions[std::size_t(i)];
        if (a.kind == ChangeActionDraft::Kind::DeliveryGroup && a.newGroup && !a.group.isEmpty())
            groups << a.group;
        if (a.kind != ChangeActionDraft::Kind::Add || a.item.isEmpty())
            continue;
        ItemPosition item;
        item.item = a.item;
        item.product = a.product;
        item.parentItem = a.parentItem;
        item.deliveryGroup = a.group;
        item.quantityNow = a.quantity;
        item.status = QStringLiteral("pending");
        for (const CatalogProductInfo& p : m_report.products) {
            if (p.id == a.product)
                item.productName = p.name;
        }
        added.push_back(item);
    }
    m_editor->setAddedItems(added, groups);
    m_editor->setAction(m_actions[std::size_t(row)]);
}

void ChangeComposer::refreshList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (std::size_t i = 0; i < m_actions.size(); ++i) {
        m_list->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(ChangeOrderDraft::summary(m_actions[i], &m_report)));
        m_list->item(int(i))->setToolTip(m_list->item(int(i))->text()); // the list is narrow
    }
    m_list->setCurrentRow(m_current);
    m_empty->setVisible(m_actions.empty());
    m_editor->setVisible(m_current >= 0);
    m_remove->setEnabled(m_current >= 0);
}

} // namespace fw
