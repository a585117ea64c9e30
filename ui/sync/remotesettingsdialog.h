// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "mainwindow/appsettings.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fw {

struct RemoteProbe;

// File > Remote Store...: where the shared PostgreSQL is (host, port, database, user, TLS mode),
// this workstation's name and lease time. A password typed here goes to the desktop keyring
// (KeyringPassword), else -- no keyring -- to libpq's password file (PgPassFile), never into the
// settings; the note under it says which, and passwordOutcome() where it went. Test Connection
// probes the server off the GUI thread (probeRemoteStore) with the typed password or the keyring's.
// Accepting saves the password, if one was typed, asynchronously (the dialog closes once it is
// saved); the caller saves settings() and reconnects.
class RemoteSettingsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit RemoteSettingsDialog(const RemoteStoreSettings& settings, QWidget* parent = nullptr);

    RemoteStoreSettings settings() const;
    void setPasswordFile(const QString& path); // default: PgPassFile::defaultPath()
    void testConnection();
    void accept() override;
    // After accepting with a password: where it was saved, as the dialog said ("Saved in the desktop
    // keyring ..." or "... saved to ~/.pgpass ..."); empty when no password was typed.
    const QString& passwordOutcome() const { return m_passwordOutcome; }

Q_SIGNALS:
    void connectionTested(bool reached, const QString& message);
    void keyringChecked(bool available); // the note says where a password will go

private:
    enum class Keyring { Unknown, Present, Absent };

    void findKeyring();
    void movePasswordIntoKeyring(); // from the password file, for the saved server and user
    void showPasswordNote();
    void finishSaving(const QString& outcome);
    void showResult(bool ok, const QString& message);
    void showProbe(const RemoteProbe& probe);
    void updateState();

    QString m_passwordFile;
    QString m_passwordOutcome;
    Keyring m_keyring = Keyring::Unknown;
    QCheckBox* m_enabled;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_tlsMode;
    QLineEdit* m_password;
    QLabel* m_passwordNote;
    QLineEdit* m_workstation;
    QSpinBox* m_leaseTtl;
    QLabel* m_conninfo;
    QPushButton* m_test;
    QLabel* m_result;
    QPushButton* m_apply = nullptr;
    QPushButton* m_move = nullptr;
    std::optional<ConnectionParameters> m_movable; // the password file holds its password, the keyring none
};

} // namespace fw
