// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "switchuserdialog.h"

#include "sessionuser.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fw {

namespace {
    enum UserColumn { NameColumn, IdColumn, RolesColumn, QueuesColumn, UserColumnCount };
}

SwitchUserDialog::SwitchUserDialog(const SessionUser& identity, QWidget* parent)
    : QDialog(parent)
    , m_identity(identity)
    , m_list(new QTreeWidget(this))
    , m_id(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("switchUserDialog"));
    setWindowTitle(tr("Switch User"));
    auto* intro = new QLabel(tr("Work in this store as another of its users. What you may do follows their roles; "
                                "the engine records every action under their name."),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("userList"));
    m_list->setAccessibleName(tr("Users"));
    m_list->setColumnCount(UserColumnCount);
    m_list->setHeaderLabels({ tr("Name"), tr("User"), tr("Roles"), tr("Queues") });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    const QString current = identity.isSignedIn() ? identity.id() : QString();
    const Result<std::vector<User>> users = identity.users();
    if (!users)
        m_problem->setText(tr("The users cannot be read: %1").arg(users.message()));
    for (const User& user : users.valueOr({})) {
        if (!user.active)
            continue; // a deactivated user may not act: not offered
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, user.displayName.isEmpty() ? user.id : user.displayName);
        item->setText(IdColumn, user.id);
        item->setText(RolesColumn, SessionUser::rolesText(user.roles));
        item->setText(QueuesColumn,
                      user.roles.contains(Role::Supervisor)
                          ? tr("all queues")
                          : (user.queues.isEmpty() ? tr("none") : user.queues.join(QStringLiteral(", "))));
        item->setToolTip(QueuesColumn, item->text(QueuesColumn));
        item->setData(NameColumn, Qt::UserRole, user.id);
        if (user.id == current) {
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
            m_list->setCurrentItem(item);
        }
    }
    m_list->header()->setStretchLastSection(true);
    for (int column = NameColumn; column < QueuesColumn; ++column)
        m_list->resizeColumnToContents(column);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            m_id->setText(item->data(NameColumn, Qt::UserRole).toString());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { accept(); });

    m_id->setObjectName(QStringLiteral("userIdEdit"));
    m_id->setText(current);
    m_id->setPlaceholderText(tr("a user id, e.g. %1").arg(identity.id().isEmpty() ? QStringLiteral("anna") : identity.id()));
    connect(m_id, &QLineEdit::textChanged, this, [this] {
        m_problem->clear();
        m_switch->setEnabled(!m_id->text().trimmed().isEmpty());
    });
    auto* form = new QFormLayout;
    form->addRow(tr("&User id:"), m_id);

    m_problem->setObjectName(QStringLiteral("switchUserProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_switch = buttons->addButton(tr("&Switch"), QDialogButtonBox::AcceptRole);
    m_switch->setObjectName(QStringLiteral("switchUserButton"));
    m_switch->setDefault(true);
    m_switch->setEnabled(!current.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &SwitchUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 380);
}

QString SwitchUserDialog::chosenId() const
{
    return m_id->text().trimmed();
}

void SwitchUserDialog::choose(const QString& id)
{
    m_id->setText(id);
}

QString SwitchUserDialog::problem() const
{
    return m_problem->text();
}

void SwitchUserDialog::accept()
{
    if (const Status checked = m_identity.checkUser(chosenId()); !checked) {
        m_problem->setText(tr("Cannot switch: %1.").arg(checked.error().why));
        return;
    }
    QDialog::accept();
}

} // namespace fw
