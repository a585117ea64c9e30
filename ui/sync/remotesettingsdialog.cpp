// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "remotesettingsdialog.h"
#include "common/whenready.h"

#include "common/enginetexttranslation.h"
#include "common/statepresentation.h"
#include "keyringpassword.h"
#include "sync/pgconnection.h"
#include "sync/pgpassfile.h"
#include "sync/remoteprobe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fw {

RemoteSettingsDialog::RemoteSettingsDialog(const RemoteStoreSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_passwordFile(PgPassFile::defaultPath())
    , m_enabled(new QCheckBox(tr("Share orders with other workstations through a remote store"), this))
    , m_host(new QLineEdit(settings.connection.host, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(settings.connection.database, this))
    , m_user(new QLineEdit(settings.connection.user, this))
    , m_tlsMode(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_passwordNote(new QLabel(this))
    , m_workstation(new QLineEdit(settings.workstation, this))
    , m_leaseTtl(new QSpinBox(this))
    , m_conninfo(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("remoteSettingsDialog"));
    setWindowTitle(tr("Remote Store"));
    m_enabled->setObjectName(QStringLiteral("remoteEnabled"));
    m_enabled->setChecked(settings.enabled);
    m_host->setObjectName(QStringLiteral("remoteHost"));
    m_host->setPlaceholderText(tr("db.example.com"));
    m_port->setObjectName(QStringLiteral("remotePort"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.connection.port);
    m_database->setObjectName(QStringLiteral("remoteDatabase"));
    m_user->setObjectName(QStringLiteral("remoteUser"));
    m_tlsMode->setObjectName(QStringLiteral("remoteTlsMode"));
    const QStringList tlsLabels { tr("disable: no encryption"), tr("prefer: encrypt if the server offers it"),
                                  tr("require: always encrypt"), tr("verify-full: encrypt and check the server's certificate and name") };
    const QStringList modes = ConnectionParameters::sslModes();
    for (qsizetype i = 0; i < modes.size(); ++i)
        m_tlsMode->addItem(tlsLabels.at(i), modes.at(i));
    m_tlsMode->setCurrentIndex(std::max(0, m_tlsMode->findData(settings.connection.sslMode)));
    m_password->setObjectName(QStringLiteral("remotePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("unchanged"));
    m_passwordNote->setObjectName(QStringLiteral("remotePasswordNote"));
    m_passwordNote->setWordWrap(true);
    m_workstation->setObjectName(QStringLiteral("remoteWorkstation"));
    m_workstation->setPlaceholderText(tr("automatic: made once for the store and kept"));
    m_leaseTtl->setObjectName(QStringLiteral("remoteLeaseTtl"));
    m_leaseTtl->setRange(10, 3600);
    m_leaseTtl->setSuffix(tr(" s"));
    m_leaseTtl->setValue(settings.leaseTtlSeconds);
    m_leaseTtl->setToolTip(tr("How long this workstation may be cut off before another one takes over the orders it runs"));
    m_conninfo->setObjectName(QStringLiteral("remoteConninfo"));
    m_conninfo->setWordWrap(true);
    m_conninfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_result->setObjectName(QStringLiteral("connectionTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showPasswordNote();

    auto* server = new QGroupBox(tr("PostgreSQL server"), this);
    auto* serverForm = new QFormLayout(server);
    serverForm->addRow(tr("&Host:"), m_host);
    serverForm->addRow(tr("&Port:"), m_port);
    serverForm->addRow(tr("&Database:"), m_database);
    serverForm->addRow(tr("&User:"), m_user);
    serverForm->addRow(tr("T&LS:"), m_tlsMode);
    serverForm->addRow(tr("Pass&word:"), m_password);
    serverForm->addRow(QString(), m_passwordNote);
    m_move = new QPushButton(tr("&Move the Password into the Keyring"), this);
    m_move->setObjectName(QStringLiteral("movePasswordButton"));
    m_move->setVisible(false);
    serverForm->addRow(QString(), m_move);
    auto* workstation = new QGroupBox(tr("This workstation"), this);
    auto* workstationForm = new QFormLayout(workstation);
    workstationForm->addRow(tr("&Name:"), m_workstation);
    workstationForm->addRow(tr("&Lease time:"), m_leaseTtl);
    auto* test = new QHBoxLayout;
    test->addWidget(m_test);
    test->addWidget(m_result, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_apply = buttons->button(QDialogButtonBox::Ok);
    m_apply->setText(tr("&Apply and Reconnect"));
    m_apply->setObjectName(QStringLiteral("applyRemoteButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(server);
    layout->addWidget(workstation);
    layout->addWidget(m_conninfo);
    layout->addLayout(test);
    layout->addWidget(buttons);
    setMinimumWidth(620);

    connect(buttons, &QDialogButtonBox::accepted, this, &RemoteSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &RemoteSettingsDialog::testConnection);
    connect(m_move, &QPushButton::clicked, this, &RemoteSettingsDialog::movePasswordIntoKeyring);
    connect(m_enabled, &QCheckBox::toggled, this, &RemoteSettingsDialog::updateState);
    for (QLineEdit* edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &RemoteSettingsDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &RemoteSettingsDialog::updateState);
    connect(m_tlsMode, &QComboBox::currentIndexChanged, this, &RemoteSettingsDialog::updateState);
    updateState();
    findKeyring();
}

RemoteStoreSettings RemoteSettingsDialog::settings() const
{
    RemoteStoreSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.connection.host = m_host->text().trimmed();
    settings.connection.port = m_port->value();
    settings.connection.database = m_database->text().trimmed();
    settings.connection.user = m_user->text().trimmed();
    settings.connection.sslMode = m_tlsMode->currentData().toString();
    settings.workstation = m_workstation->text().trimmed();
    settings.leaseTtlSeconds = m_leaseTtl->value();
    return settings;
}

namespace {
    // The password file as the user knows it: ~/.pgpass rather than /home/NAME/.pgpass.
    QString shownPasswordFile(const QString& path)
    {
        const QString home = QDir::homePath() + QLatin1Char('/');
        return QDir::toNativeSeparators(path.startsWith(home) ? QStringLiteral("~/") + path.mid(home.size()) : path);
    }
}

void RemoteSettingsDialog::setPasswordFile(const QString& path)
{
    m_passwordFile = path;
    showPasswordNote();
}

void RemoteSettingsDialog::findKeyring()
{
    // Whether a keyring answers: the note says where a password typed here will go. When it has no
    // password for the saved server and user but the password file has, offer to move it.
    const ConnectionParameters connection = settings().connection;
    KeyringPassword::read(connection, this, [this, connection](const KeyringPassword::Answer& answer) {
        m_keyring = answer.outcome == KeyringPassword::Outcome::NoKeyring ? Keyring::Absent : Keyring::Present;
        showPasswordNote();
        if (answer.outcome == KeyringPassword::Outcome::NotFound && connection.isComplete()) {
            const auto inFile = PgPassFile(m_passwordFile)
                                    .password(connection.host, QString::number(connection.port), connection.database, connection.user);
            if (inFile && inFile->has_value()) {
                m_movable = connection;
                m_move->setToolTip(tr("%1 holds the password of %2 on %3: move it into the desktop keyring and out of the file "
                                      "(fwctl reads only the file: it then needs the password there again)")
                                       .arg(shownPasswordFile(m_passwordFile), connection.user, connection.host));
                updateState();
            }
        }
        Q_EMIT keyringChecked(m_keyring == Keyring::Present);
    });
}

void RemoteSettingsDialog::movePasswordIntoKeyring()
{
    if (!m_movable)
        return;
    const ConnectionParameters connection = *m_movable;
    const PgPassFile file(m_passwordFile);
    const QString port = QString::number(connection.port);
    const auto password = file.password(connection.host, port, connection.database, connection.user);
    if (!password || !password->has_value()) {
        showResult(false, password ? tr("%1 no longer holds this password.").arg(shownPasswordFile(m_passwordFile)) : password.message());
        return;
    }
    m_move->setEnabled(false);
    KeyringPassword::write(connection, **password, this, [this, connection, port](const KeyringPassword::Answer& answer) {
        m_move->setEnabled(true);
        if (answer.outcome != KeyringPassword::Outcome::Done) {
            showResult(false, tr("The password could not be saved in the desktop keyring: %1").arg(answer.error));
            return;
        }
        // In the keyring now: only then out of the file.
        if (const Status removed = PgPassFile(m_passwordFile).remove(connection.host, port, connection.database, connection.user);
            !removed) {
            showResult(false,
                       tr("Saved in the desktop keyring (KWallet/Secret Service), but it could not be removed from %1: %2")
                           .arg(shownPasswordFile(m_passwordFile), removed.message()));
            return;
        }
        m_movable.reset();
        updateState();
        showResult(
            true,
            tr("Moved into the desktop keyring (KWallet/Secret Service); %1 no longer holds it.").arg(shownPasswordFile(m_passwordFile)));
    });
}

void RemoteSettingsDialog::showPasswordNote()
{
    switch (m_keyring) {
    case Keyring::Unknown:
        m_passwordNote->setText(tr("Looking for the desktop keyring\u2026 The password is never kept in the workbench's settings."));
        break;
    case Keyring::Present:
        m_passwordNote->setText(tr("A password typed here is saved in the desktop keyring (KWallet/Secret Service), never in the "
                                   "workbench's settings; leave the field empty to keep the one saved. fwctl reads libpq's "
                                   "password file %1 instead.")
                                    .arg(shownPasswordFile(m_passwordFile)));
        break;
    case Keyring::Absent:
        m_passwordNote->setText(tr("No desktop keyring is available, so a password typed here is saved to libpq's password file %1 "
                                   "(mode 0600: readable by you only); leave the field empty to keep the one there.")
                                    .arg(shownPasswordFile(m_passwordFile)));
        break;
    }
}

void RemoteSettingsDialog::testConnection()
{
    const ConnectionParameters connection = settings().connection;
    if (!connection.isComplete()) {
        showResult(false, tr("Fill in host, database and user first."));
        return;
    }
    m_test->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting to %1\u2026").arg(connection.host));
    const auto probe = [this, connection](const QString& password) {
        whenReady(this, QtConcurrent::run(probeRemoteStore, connection.toConninfo(), password), [this](const RemoteProbe& probe) {
            m_test->setEnabled(true);
            showProbe(probe);
        });
    };
    if (!m_password->text().isEmpty()) {
        probe(m_password->text());
        return;
    }
    // No password typed: the one in the keyring, as the workbench connects (else libpq's file).
    KeyringPassword::read(connection, this, [probe](const KeyringPassword::Answer& answer) {
        probe(answer.outcome == KeyringPassword::Outcome::Done ? answer.password : QString());
    });
}

void RemoteSettingsDialog::showProbe(const RemoteProbe& probe)
{
    if (!probe.reached) {
        showResult(false, tr("Could not connect: %1").arg(translatedEngineText(probe.error)));
        return;
    }
    QString link;
    if (probe.link == QLatin1String("unencrypted"))
        link = tr(" The link is NOT encrypted: anyone on the network can read and change what is sent; choose the TLS "
                  "mode verify-full (the CA's certificate in ~/.postgresql/root.crt).");
    else if (probe.link.startsWith(QLatin1String("unencrypted")))
        link = tr(" The link is not encrypted, but stays on this machine.");
    else if (!probe.link.isEmpty())
        link = tr(" The link is encrypted (%1).").arg(probe.link);
    showResult(true,
               (probe.schemaVersion > 0
                    ? tr("Connected to PostgreSQL %1; remote store schema version %2.").arg(probe.serverVersion).arg(probe.schemaVersion)
                    : tr("Connected to PostgreSQL %1; no remote store there yet: the first workstation to join creates it.")
                          .arg(probe.serverVersion))
                   + link);
}

void RemoteSettingsDialog::showResult(bool ok, const QString& message)
{
    const QString color = StatePresentation::stateColor(ok ? QStringLiteral("completed") : QStringLiteral("fallout")).name();
    m_result->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color));
    m_result->setText(message);
    Q_EMIT connectionTested(ok, message);
}

void RemoteSettingsDialog::accept()
{
    const RemoteStoreSettings chosen = settings();
    if (chosen.enabled && !chosen.connection.isComplete()) {
        showResult(false, tr("A remote store needs a host, a database and a user."));
        return;
    }
    m_passwordOutcome.clear();
    if (m_password->text().isEmpty()) {
        QDialog::accept();
        return;
    }
    // The keyring first; the password file only when there is no keyring. The job runs while the
    // dialog stays responsive (the keyring may ask to be unlocked); Apply waits for it.
    m_apply->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Saving the password\u2026"));
    const ConnectionParameters connection = chosen.connection;
    KeyringPassword::write(connection, m_password->text(), this, [this, connection](const KeyringPassword::Answer& answer) {
        m_apply->setEnabled(true);
        if (answer.outcome == KeyringPassword::Outcome::Done) {
            finishSaving(tr("Saved in the desktop keyring (KWallet/Secret Service)."));
            return;
        }
        if (answer.outcome != KeyringPassword::Outcome::NoKeyring) {
            showResult(false, tr("The password could not be saved in the desktop keyring: %1").arg(answer.error));
            return;
        }
        m_keyring = Keyring::Absent;
        showPasswordNote();
        const PgPassEntry entry { connection.host, QString::number(connection.port), connection.database, connection.user,
                                  m_password->text() };
        if (const Status stored = PgPassFile(m_passwordFile).store(entry); !stored) {
            showResult(
                false,
                tr("No desktop keyring is available, and the password could not be saved to the password file: %1").arg(stored.message()));
            return;
        }
        finishSaving(
            tr("No desktop keyring is available: saved to %1 (mode 0600: readable by you only).").arg(shownPasswordFile(m_passwordFile)));
    });
}

void RemoteSettingsDialog::finishSaving(const QString& outcome)
{
    m_passwordOutcome = outcome;
    showResult(true, outcome);
    QDialog::accept();
}

void RemoteSettingsDialog::updateState()
{
    const RemoteStoreSettings chosen = settings();
    // The offer to move a password stands for the server and user it was made for.
    m_move->setVisible(m_movable && KeyringPassword::key(*m_movable) == KeyringPassword::key(chosen.connection));
    for (QWidget* field :
         std::initializer_list<QWidget*> { m_host, m_port, m_database, m_user, m_tlsMode, m_password, m_workstation, m_leaseTtl, m_test })
        field->setEnabled(chosen.enabled);
    m_conninfo->setText(chosen.enabled && chosen.connection.isComplete()
                            ? tr("Connects with: %1").arg(PgConnection::masked(chosen.connection.toConninfo()))
                            : QString());
}

} // namespace fw
