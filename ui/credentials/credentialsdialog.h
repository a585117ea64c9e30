// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/storedcredentials.h"

#include <QDialog>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fw {

class KeyringCredentials;

// File > Credentials... (an admin's): the named credentials the store's catalogs declare, whether
// this workstation's keyring holds a secret for each (never the secret), and Set Secret... / Clear
// Secret for the selected one (docs/credentials.md). A secret set here is used by the next callout.
class CredentialsDialog final : public QDialog {
    Q_OBJECT

public:
    CredentialsDialog(QString storePath, std::shared_ptr<KeyringCredentials> credentials, QWidget* parent = nullptr);

    // The rows as shown, for tests: "name|kind|endpoints|secret state".
    QStringList rows() const;

Q_SIGNALS:
    void loaded(); // the list and the keyring's answers are in

private:
    void showDeclared(const Result<std::vector<DeclaredCredential>>& declared);
    void refresh();
    void setSecret();
    void clearSecret();
    const DeclaredCredential* selected() const;
    void keyringAnswered(const QString& error);

    QString m_storePath;
    std::shared_ptr<KeyringCredentials> m_credentials;
    std::vector<DeclaredCredential> m_declared;
    QTreeWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_set = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace fw
