// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secretform.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fw {

SecretForm::SecretForm(const Credential& credential, QWidget* parent)
    : QDialog(parent)
    , m_credential(credential)
{
    setObjectName(QStringLiteral("secretForm"));
    setWindowTitle(tr("Secret of %1").arg(credential.id));
    auto* form = new QFormLayout(this);
    if (!credential.description.isEmpty())
        form->addRow(new QLabel(credential.description, this));
    switch (credential.kind) {
    case Credential::Kind::Bearer:
        form->addRow(tr("&Token:"), m_first = field(QStringLiteral("tokenField"), true));
        break;
    case Credential::Kind::Basic:
        form->addRow(tr("&User:"), m_first = field(QStringLiteral("userField"), false));
        form->addRow(tr("&Password:"), m_second = field(QStringLiteral("passwordField"), true));
        break;
    case Credential::Kind::Header:
        form->addRow(tr("&Value of %1:").arg(credential.header), m_first = field(QStringLiteral("valueField"), true));
        break;
    case Credential::Kind::ClientCertificate:
        form->addRow(tr("&Certificate file (PEM):"), m_first = field(QStringLiteral("certificateField"), false));
        form->addRow(tr("&Key file (PEM):"), m_second = field(QStringLiteral("keyField"), false));
        form->addRow(tr("Key &passphrase:"), m_third = field(QStringLiteral("passphraseField"), true));
        m_third->setPlaceholderText(tr("none"));
        break;
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    const auto update = [this, buttons] { buttons->button(QDialogButtonBox::Save)->setEnabled(!secret().isEmpty()); };
    for (QLineEdit* edit : { m_first, m_second, m_third }) {
        if (edit)
            connect(edit, &QLineEdit::textChanged, this, update);
    }
    update();
}

QLineEdit* SecretForm::field(const QString& objectName, bool masked)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    if (masked)
        edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(320);
    return edit;
}

QString SecretForm::secret() const
{
    switch (m_credential.kind) {
    case Credential::Kind::Bearer:
    case Credential::Kind::Header:
        return m_first->text().trimmed();
    case Credential::Kind::Basic:
        if (m_first->text().trimmed().isEmpty() || m_first->text().contains(QLatin1Char(':')) || m_second->text().isEmpty())
            return {};
        return m_first->text().trimmed() + QLatin1Char(':') + m_second->text();
    case Credential::Kind::ClientCertificate: {
        if (m_first->text().trimmed().isEmpty() || m_second->text().trimmed().isEmpty())
            return {};
        QJsonObject files { { QStringLiteral("certificate"), m_first->text().trimmed() },
                            { QStringLiteral("key"), m_second->text().trimmed() } };
        if (!m_third->text().isEmpty())
            files.insert(QStringLiteral("passphrase"), m_third->text());
        return QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact));
    }
    }
    return {};
}

QString SecretForm::ask(const Credential& credential, QWidget* parent)
{
    SecretForm form(credential, parent);
    return form.exec() == QDialog::Accepted ? form.secret() : QString();
}

} // namespace fw
