// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "mainwindow/appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fw {

struct RemoteProbe;

// File > Remote Store...: where the shared PostgreSQL is (host, port, database, user, TLS mode),
// this workstation's name and lease time. A password typed here goes to libpq's password file
// (PgPassFile), never into the settings. Test Connection probes the server off the GUI thread
// (probeRemoteStore) and shows its version or the error. Accepting writes the password, if one was
// typed; the caller saves settings() and reconnects.
class RemoteSettingsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit RemoteSettingsDialog(const RemoteStoreSettings& settings, QWidget* parent = nullptr);

    RemoteStoreSettings settings() const;
    void setPasswordFile(const QString& path); // default: PgPassFile::defaultPath()
    void testConnection();
    void accept() override;

Q_SIGNALS:
    void connectionTested(bool reached, const QString& message);

private:
    void showResult(bool ok, const QString& message);
    void showProbe(const RemoteProbe& probe);
    void updateState();

    QString m_passwordFile;
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
};

} // namespace fw
