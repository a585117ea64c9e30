// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "usersdialog.h"

#include "commands/command.h"
#include "common/enginetexttranslation.h"
#include "engine/engineservice.h"
#include "identity/role.h"
#include "sessionuser.h"
#include "workspace/storesession.h"
#include "common/permission.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fw {

namespace {
    enum UsersColumn { UsersNameColumn, UsersIdColumn, UsersRolesColumn, UsersQueuesColumn, UsersStateColumn, UsersColumnCount };

    std::optional<User> findUser(const std::vector<User>& users, const QString& id)
    {
        for (const User& user : users) {
            if (user.id == id)
                return user;
        }
        return std::nullopt;
    }
} // namespace

UsersDialog::UsersDialog(StoreSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QTreeWidget(this))
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_queues(new QLineEdit(this))
    , m_active(new QCheckBox(tr("Active (a deactivated user is kept for the history but may do nothing)"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    m_list->setObjectName(QStringLiteral("usersList"));
    m_list->setAccessibleName(tr("Users"));
    m_list->setColumnCount(UsersColumnCount);
    m_list->setHeaderLabels({ tr("Name"), tr("User"), tr("Roles"), tr("Queues"), tr("State") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            showUser(item->text(UsersIdColumn));
    });

    m_id->setObjectName(QStringLiteral("userIdField"));
    m_id->setPlaceholderText(tr("a new id adds a user, e.g. anna"));
    connect(m_id, &QLineEdit::textEdited, this, [this] { updateButtons(); });
    m_name->setObjectName(QStringLiteral("userNameField"));
    m_queues->setObjectName(QStringLiteral("userQueuesField"));
    m_queues->setPlaceholderText(tr("task queues an operator works, separated by commas"));
    m_active->setObjectName(QStringLiteral("userActiveField"));
    auto* roles = new QHBoxLayout;
    for (std::size_t i = 0; i < allRoles.size(); ++i) {
        m_roles[i] = new QCheckBox(roleName(allRoles[i]), this);
        m_roles[i]->setObjectName(QStringLiteral("role_") + roleName(allRoles[i]));
        roles->addWidget(m_roles[i]);
    }
    roles->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&User id:"), m_id);
    form->addRow(tr("&Display name:"), m_name);
    form->addRow(tr("Roles:"), roles);
    form->addRow(tr("&Queues:"), m_queues);
    form->addRow(QString(), m_active);

    m_result->setObjectName(QStringLiteral("usersResult"));
    m_result->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveUserButton"));
    connect(m_save, &QPushButton::clicked, this, &UsersDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(760, 480);

    connect(session, &StoreSession::actionFinished, this, &UsersDialog::onActionFinished);
    connect(session->identity(), &SessionUser::changed, this, &UsersDialog::updateButtons);
    reload();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void UsersDialog::reload()
{
    const QString current = m_id->text();
    m_list->clear();
    const Result<std::vector<User>> users = m_session->identity()->users();
    m_users = users.valueOr({});
    if (!users) {
        m_result->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
        m_result->setText(tr("The users cannot be read: %1").arg(users.message()));
    }
    for (const User& user : m_users) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(UsersNameColumn, user.displayName.isEmpty() ? user.id : user.displayName);
        item->setText(UsersIdColumn, user.id);
        item->setText(UsersRolesColumn, SessionUser::rolesText(user.roles));
        item->setText(UsersQueuesColumn, user.queues.join(QStringLiteral(", ")));
        item->setToolTip(UsersQueuesColumn, item->text(UsersQueuesColumn));
        item->setText(UsersStateColumn, user.active ? tr("active") : tr("deactivated"));
        if (!user.active) {
            for (int column = 0; column < UsersColumnCount; ++column)
                item->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (user.id == current)
            m_list->setCurrentItem(item);
    }
    for (int column = UsersNameColumn; column < UsersQueuesColumn; ++column)
        m_list->resizeColumnToContents(column);
}

void UsersDialog::showUser(const QString& id)
{
    const std::optional<User> user = findUser(m_users, id);
    if (!user)
        return;
    m_id->setText(user->id);
    m_name->setText(user->displayName);
    for (std::size_t i = 0; i < allRoles.size(); ++i)
        m_roles[i]->setChecked(user->roles.contains(allRoles[i]));
    m_queues->setText(user->queues.join(QStringLiteral(", ")));
    m_active->setChecked(user->active);
    updateButtons();
}

void UsersDialog::edit(const QString& id, const QString& name, const QStringList& roles, const QString& queues, bool active)
{
    m_id->setText(id);
    m_name->setText(name);
    for (std::size_t i = 0; i < allRoles.size(); ++i)
        m_roles[i]->setChecked(roles.contains(roleName(allRoles[i])));
    m_queues->setText(queues);
    m_active->setChecked(active);
    updateButtons();
}

void UsersDialog::updateButtons()
{
    const QString id = m_id->text().trimmed();
    const bool exists = findUser(m_users, id).has_value();
    m_save->setText(exists || id.isEmpty() ? tr("&Save") : tr("&Add User"));
    setPermitted(m_save, !id.isEmpty() && m_pending.isEmpty(),
                 m_session->identity()->refusal(exists ? QStringLiteral("user.change") : QStringLiteral("user.add")));
}

void UsersDialog::save()
{
    const QString id = m_id->text().trimmed();
    if (id.isEmpty() || !m_pending.isEmpty() || !m_save->isEnabled())
        return;
    RoleSet roles;
    for (std::size_t i = 0; i < allRoles.size(); ++i) {
        if (m_roles[i]->isChecked())
            roles.insert(allRoles[i]);
    }
    const bool exists = findUser(m_users, id).has_value();
    QVariantMap args { { QStringLiteral("user"), id },
                       { QStringLiteral("name"), m_name->text().trimmed() },
                       { QStringLiteral("queues"), m_queues->text() } };
    QString action;
    if (exists) {
        RoleSet revoked = RoleSet::all();
        for (Role role : allRoles) {
            if (roles.contains(role))
                revoked.remove(role);
        }
        args.insert(QStringLiteral("grant"), roles.toText());
        args.insert(QStringLiteral("revoke"), revoked.toText());
        args.insert(QStringLiteral("active"), m_active->isChecked());
        action = QStringLiteral("user.change");
        m_pending = QStringLiteral("change user %1").arg(id);
    } else {
        args.insert(QStringLiteral("roles"), roles.toText());
        action = QStringLiteral("user.add");
        m_pending = QStringLiteral("add user %1").arg(id);
    }
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Saving %1\u2026").arg(id));
    updateButtons();
    m_session->service()->submit(m_pending, Command::make(m_session->user(), action, args, { {}, CommandOrigin::Channel::Gui }));
}

QString UsersDialog::result() const
{
    return m_result->text();
}

void UsersDialog::onActionFinished(const QString& action, bool ok, const QString& message)
{
    if (m_pending.isEmpty() || (action != m_pending && !action.startsWith(m_pending + QStringLiteral(": "))))
        return; // done answers carry the outcome: "add user anna: added anna (operator)"
    m_pending.clear();
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("QLabel { color: #c62828; }"));
    m_result->setText(ok ? tr("Saved: %1").arg(action) : tr("Not saved: %1").arg(translatedEngineText(message)));
    if (ok) {
        reload();
        m_session->identity()->refresh(); // the signed-in user may be the one changed
    }
    updateButtons();
}

} // namespace fw
