// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/catalog.h"

#include <QDialog>

class QLineEdit;

namespace fw {

// Asks for one credential's secret in the fields its kind needs: a token, a user and password, a
// header's value, or a client certificate's files and passphrase. Secret fields are masked.
class SecretForm final : public QDialog {
    Q_OBJECT

public:
    SecretForm(const Credential& credential, QWidget* parent = nullptr);
    // The secret as CredentialProvider::secret() gives it; empty while incomplete.
    QString secret() const;
    // Runs the form; the secret, or empty when cancelled.
    static QString ask(const Credential& credential, QWidget* parent);

private:
    QLineEdit* field(const QString& objectName, bool masked);

    Credential m_credential;
    QLineEdit* m_first = nullptr; // token, user, value or certificate file
    QLineEdit* m_second = nullptr; // password or key file
    QLineEdit* m_third = nullptr; // passphrase
};

} // namespace fw
