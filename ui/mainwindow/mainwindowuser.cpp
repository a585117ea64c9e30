// MainWindow and the signed-in user (docs/roles.md): the status bar shows who works in the open
// store, File > Switch User... changes it (remembered per store), and the store menu's actions
// follow the user's roles (the pages do the same for theirs through SessionUser::changed).
#include "mainwindow.h"

#include "appsettings.h"
#include "users/switchuserdialog.h"
#include "users/usersdialog.h"
#include "users/sessionuser.h"
#include "workspace/storesession.h"
#include "common/permission.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QToolButton>

namespace fw {

void MainWindow::createUserIndicator()
{
    m_userButton = new QToolButton(this);
    m_userButton->setObjectName(QStringLiteral("userIndicator"));
    m_userButton->setAutoRaise(true);
    m_userButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_userButton->hide();
    connect(m_userButton, &QToolButton::clicked, this, &MainWindow::showSwitchUser);
}

SwitchUserDialog* MainWindow::showSwitchUser()
{
    if (!m_session)
        return nullptr;
    auto* dialog = new SwitchUserDialog(*m_session->identity(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { switchUser(dialog->chosenId()); });
    dialog->open();
    return dialog;
}

UsersDialog* MainWindow::showUsers()
{
    if (!m_session || !m_session->identity()->allows(QStringLiteral("user.change")))
        return nullptr;
    auto* dialog = new UsersDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

std::optional<QString> MainWindow::switchUser(const QString& userId)
{
    if (!m_session)
        return tr("no store is open");
    if (auto problem = m_session->identity()->switchTo(userId)) {
        m_statusLabel->setText(tr("Could not switch to %1: %2").arg(userId, *problem));
        return problem;
    }
    AppSettings::setStoreUser(m_session->storePath(), m_session->user());
    m_storeOptions.user = m_session->user(); // re-opening the store (new remote settings) keeps this user
    const User& user = *m_session->identity()->user();
    m_statusLabel->setStyleSheet(QString());
    m_statusLabel->setText(tr("Working as %1 (%2).").arg(user.label(), SessionUser::rolesText(user.roles)));
    return std::nullopt;
}

void MainWindow::onUserChanged()
{
    const SessionUser* identity = m_session ? m_session->identity() : nullptr;
    for (QAction* action : std::as_const(m_storeActions)) {
        const QString command = m_actionPermissions.value(action);
        if (!identity)
            setPermitted(action, false, QString());
        else if (command.isEmpty())
            action->setEnabled(true);
        else
            permit(action, *identity, command);
    }
    // The remote store's settings are this workstation's: anyone may set them while no store is open.
    if (m_remoteAction)
        setPermitted(m_remoteAction, true, identity ? identity->refusal(QStringLiteral("remote.settings")) : QString());
    if (!m_userButton)
        return;
    m_userButton->setVisible(identity);
    if (!identity)
        return;
    if (const auto& user = identity->user()) {
        const QString name = user->displayName.isEmpty() ? user->id : user->displayName;
        m_userButton->setText(tr("%1 \u00b7 %2").arg(name, SessionUser::rolesText(user->roles)));
        m_userButton->setStyleSheet(user->active ? QString() : QStringLiteral("QToolButton { color: #c62828; }"));
        const QString queues = user->roles.contains(Role::Supervisor)
            ? tr("all queues")
            : (user->queues.isEmpty() ? tr("none") : user->queues.join(QStringLiteral(", ")));
        m_userButton->setToolTip(tr("Working as %1\nRoles: %2\nQueues: %3%4\n\nClick to switch user (File > Switch User)")
                                     .arg(user->label(), SessionUser::rolesText(user->roles), queues,
                                          user->active ? QString() : tr("\nDeactivated: may do nothing")));
    } else {
        m_userButton->setText(identity->isStoreOpen() ? tr("Nobody signed in") : tr("Signing in\u2026"));
        m_userButton->setStyleSheet(identity->isStoreOpen() ? QStringLiteral("QToolButton { color: #c62828; }") : QString());
        m_userButton->setToolTip(
            identity->isStoreOpen() ? tr("%1\n\nClick to choose a user (File > Switch User)").arg(identity->signInProblem()) : QString());
        if (identity->isStoreOpen()) {
            m_statusLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
            m_statusLabel->setText(tr("Nobody is signed in: %1. Choose a user with File > Switch User.").arg(identity->signInProblem()));
        }
    }
}

} // namespace fw
