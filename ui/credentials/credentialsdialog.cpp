// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "credentialsdialog.h"

#include "common/whenready.h"
#include "credentials/keyringcredentials.h"
#include "credentials/secretform.h"
#include "store/database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fw {

namespace {
    Result<std::vector<DeclaredCredential>> readDeclaredCredentials(const QString& storePath)
    {
        Database database(storePath);
        return declaredCredentials(database.connection());
    }

    QString credentialKindText(const Credential& credential)
    {
        switch (credential.kind) {
        case Credential::Kind::Bearer:
            return CredentialsDialog::tr("Bearer token");
        case Credential::Kind::Basic:
            return CredentialsDialog::tr("User and password");
        case Credential::Kind::Header:
            return CredentialsDialog::tr("Header %1").arg(credential.header);
        case Credential::Kind::ClientCertificate:
            return CredentialsDialog::tr("Client certificate");
        }
        return {};
    }
} // namespace

CredentialsDialog::CredentialsDialog(QString storePath, std::shared_ptr<KeyringCredentials> credentials, QWidget* parent)
    : QDialog(parent)
    , m_storePath(std::move(storePath))
    , m_credentials(std::move(credentials))
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Credentials"));
    auto* intro = new QLabel(tr("The credentials the store's catalogs declare for their endpoints. Their secrets are kept in this "
                                "workstation's desktop keyring, never in the store or a catalog; fwctl reads them from "
                                "FW_CREDENTIAL_<NAME> or its credentials file."),
                             this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("credentialList"));
    m_list->setAccessibleName(tr("Credentials"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Credential"), tr("Kind"), tr("Endpoints"), tr("Secret") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status = new QLabel(tr("Reading the catalogs\u2026"), this);
    m_status->setObjectName(QStringLiteral("credentialStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_set = buttons->addButton(tr("&Set Secret\u2026"), QDialogButtonBox::ActionRole);
    m_set->setObjectName(QStringLiteral("setSecretButton"));
    m_clear = buttons->addButton(tr("C&lear Secret"), QDialogButtonBox::ActionRole);
    m_clear->setObjectName(QStringLiteral("clearSecretButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_set, &QPushButton::clicked, this, &CredentialsDialog::setSecret);
    connect(m_clear, &QPushButton::clicked, this, &CredentialsDialog::clearSecret);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CredentialsDialog::refresh);
    connect(m_list, &QTreeWidget::itemActivated, this, &CredentialsDialog::setSecret);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 360);
    refresh();
    whenReady(this, QtConcurrent::run(readDeclaredCredentials, m_storePath),
              [this](const Result<std::vector<DeclaredCredential>>& declared) { showDeclared(declared); });
}

void CredentialsDialog::showDeclared(const Result<std::vector<DeclaredCredential>>& declared)
{
    if (!declared) {
        m_status->setText(tr("Cannot read the store's catalogs: %1").arg(declared.message()));
        Q_EMIT loaded();
        return;
    }
    m_declared = *declared;
    QStringList names;
    for (const DeclaredCredential& d : m_declared)
        names << d.credential.id;
    m_status->setText(m_declared.empty() ? tr("The store's catalogs declare no credentials.") : tr("Asking the keyring\u2026"));
    m_credentials->load(names, this, [this](const QString& error) {
        keyringAnswered(error);
        Q_EMIT loaded();
    });
    refresh();
}

void CredentialsDialog::keyringAnswered(const QString& error)
{
    if (!error.isEmpty())
        m_status->setText(tr("The desktop keyring did not answer: %1").arg(error));
    else if (!m_declared.empty())
        m_status->setText(tr("Select a credential to set or clear its secret."));
    refresh();
}

void CredentialsDialog::refresh()
{
    if (m_list->topLevelItemCount() != int(m_declared.size())) {
        m_list->clear();
        for (const DeclaredCredential& d : m_declared)
            new QTreeWidgetItem(m_list, { d.credential.id, credentialKindText(d.credential), d.endpoints.join(QStringLiteral(", ")), {} });
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QString& name = m_declared[std::size_t(i)].credential.id;
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        item->setText(3, m_credentials->isSet(name) ? tr("set") : tr("not set"));
        item->setToolTip(0, m_declared[std::size_t(i)].credential.description);
    }
    m_set->setEnabled(selected() != nullptr);
    m_clear->setEnabled(selected() && m_credentials->isSet(selected()->credential.id));
}

const DeclaredCredential* CredentialsDialog::selected() const
{
    QTreeWidgetItem* item = m_list->currentItem();
    const int row = item && item->isSelected() ? m_list->indexOfTopLevelItem(item) : -1;
    return row >= 0 && row < int(m_declared.size()) ? &m_declared[std::size_t(row)] : nullptr;
}

void CredentialsDialog::setSecret()
{
    const DeclaredCredential* declared = selected();
    if (!declared)
        return;
    const Credential credential = declared->credential;
    const QString secret = SecretForm::ask(credential, this);
    if (secret.isEmpty())
        return;
    m_status->setText(tr("Saving the secret of %1 in the keyring\u2026").arg(credential.id));
    m_credentials->store(credential.id, secret, this, [this, name = credential.id](const QString& error) {
        m_status->setText(error.isEmpty() ? tr("The secret of %1 is set: the next callout uses it.").arg(name)
                                          : tr("The keyring did not keep the secret of %1: %2").arg(name, error));
        refresh();
    });
}

void CredentialsDialog::clearSecret()
{
    const DeclaredCredential* declared = selected();
    if (!declared)
        return;
    const QString name = declared->credential.id;
    m_credentials->clear(name, this, [this, name](const QString& error) {
        m_status->setText(error.isEmpty() ? tr("The secret of %1 is cleared: its callouts fall out until it is set again.").arg(name)
                                          : tr("The keyring did not clear the secret of %1: %2").arg(name, error));
        refresh();
    });
}

QStringList CredentialsDialog::rows() const
{
    QStringList rows;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        rows << QStringList { item->text(0), item->text(1), item->text(2), item->text(3) }.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace fw
