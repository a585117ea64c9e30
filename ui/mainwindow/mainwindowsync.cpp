// MainWindow and the remote store (docs/sync.md): the settings dialog, the status bar's sync
// indicator and the conflicts dialog it opens (the rest is in mainwindow.cpp and mainwindowstore.cpp).
#include "mainwindow.h"

#include "appsettings.h"
#include "sync/remotesettingsdialog.h"
#include "sync/syncconflictsdialog.h"
#include "users/sessionuser.h"
#include "workspace/storesession.h"
#include "sync/connectionparameters.h"
#include "sync/pgconnection.h"
#include "sync/syncindicator.h"

#include <QLabel>

namespace fw {

SyncSettings MainWindow::savedRemote()
{
    return AppSettings::remoteStore().toSyncSettings();
}

RemoteSettingsDialog* MainWindow::showRemoteSettings()
{
    RemoteStoreSettings current = AppSettings::remoteStore();
    if (m_session && m_session->hasRemote()) { // what this store runs with (maybe --remote), not only what was saved
        const SyncSettings& running = m_session->remote();
        if (const auto connection = ConnectionParameters::fromConninfo(running.conninfo)) {
            current.enabled = true;
            current.connection = *connection;
        }
        current.workstation = running.workstation;
        current.leaseTtlSeconds = running.leaseTtlSeconds;
    }
    auto* dialog = new RemoteSettingsDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyRemoteSettings(*dialog); });
    dialog->open();
    return dialog;
}

void MainWindow::applyRemoteSettings(const RemoteSettingsDialog& dialog)
{
    const RemoteStoreSettings chosen = dialog.settings();
    if (m_session) {
        const QString refusal = m_session->identity()->refusal(QStringLiteral("remote.settings"));
        if (!refusal.isEmpty()) { // the menu item is disabled; --view remote-settings opens it anyway
            m_statusLabel->setText(tr("The remote store's settings were not changed: %1").arg(refusal));
            return;
        }
    }
    AppSettings::setRemoteStore(chosen); // no password: that went to the password file
    if (!m_session) {
        m_statusLabel->setText(chosen.enabled ? tr("Remote store saved: stores opened from now on join it.")
                                              : tr("Remote store turned off."));
        return;
    }
    const QString path = m_session->storePath();
    StoreOpenOptions options = m_storeOptions;
    options.sync = chosen.toSyncSettings();
    options.sync.capacity = m_storeOptions.sync.capacity;
    options.sync.batch = m_storeOptions.sync.batch;
    openStore(path, options); // the engine restarts and joins (or leaves) the remote store
    m_statusLabel->setText(chosen.enabled ? tr("Reconnecting to %1\u2026").arg(PgConnection::masked(options.sync.conninfo))
                                          : tr("This workstation no longer syncs with a remote store."));
}

SyncConflictsDialog* MainWindow::showSyncConflicts()
{
    if (!m_session)
        return nullptr;
    if (!m_conflictsDialog) {
        m_conflictsDialog = new SyncConflictsDialog(m_session, this);
        m_conflictsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflictsDialog, &SyncConflictsDialog::openOrderRequested, this, [this](const QString& orderId) {
            if (!orderId.isEmpty())
                openOrderPage(orderId);
        });
    }
    m_conflictsDialog->show();
    m_conflictsDialog->raise();
    m_conflictsDialog->activateWindow();
    return m_conflictsDialog;
}

void MainWindow::onSyncStatus()
{
    if (!m_session || !m_session->hasRemote()) {
        m_syncIndicator->clear();
        return;
    }
    m_syncIndicator->setLeaseTtl(m_session->remote().leaseTtlSeconds);
    m_syncIndicator->setStatus(m_session->syncStatus());
}

} // namespace fw
