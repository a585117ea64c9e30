// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// File > Credentials... against a real desktop keyring (ThrowawayKeyring): it lists the named
// credentials the store's catalogs declare and whether a secret is set, never the secret; Set
// Secret... keeps the typed token in the keyring (a fresh KeyringCredentials reads it back) and the
// engine's provider has it at once; Clear Secret removes it from both. Skips loudly without
// dbus-daemon/gnome-keyring-daemon unless FW_REQUIRE_KEYRING or CI.

#include "common/clock.h"
#include "credentials/credentialsdialog.h"
#include "credentials/keyringcredentials.h"
#include "credentials/secretform.h"
#include "engine/engineservice.h"
#include "store/database.h"
#include "store/storeimporter.h"
#include "stubserver.h"
#include "throwawaykeyring.h"

#include <QFile>
#include <QSqlQuery>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace fw;

namespace {
const QString token = QStringLiteral("tok-dialog-7f3e19");

QString awaitKeyring(const std::function<void(KeyringCredentials::Done)>& start)
{
    std::optional<QString> answer;
    start([&answer](const QString& error) { answer = error; });
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000);
    return answer.value_or(QStringLiteral("no answer in 15 s"));
}
} // namespace

class TestCredentialsDialog : public QObject {
    Q_OBJECT

    ThrowawayKeyring m_keyring;
    QTemporaryDir m_dir;
    QString m_store;
    QObject m_context;

    std::unique_ptr<CredentialsDialog> openDialog(const std::shared_ptr<KeyringCredentials>& credentials)
    {
        auto dialog = std::make_unique<CredentialsDialog>(m_store, credentials);
        QSignalSpy loaded(dialog.get(), &CredentialsDialog::loaded);
        dialog->show();
        if (!loaded.wait(15000))
            qWarning("the dialog did not load");
        return dialog;
    }
    static void select(CredentialsDialog& dialog, int row)
    {
        auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("credentialList"));
        list->setCurrentItem(list->topLevelItem(row));
    }
    static QString statusText(const CredentialsDialog& dialog)
    {
        return dialog.findChild<QLabel*>(QStringLiteral("credentialStatus"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        FW_START_KEYRING_OR_SKIP(m_keyring);
        m_store = m_dir.filePath(QStringLiteral("credentials.db"));
        Database database(m_store);
        QCOMPARE(database.openStore().message(), QString());
        SystemClock clock;
        StoreImporter importer(database, clock);
        QVERIFY(importer.importCatalog(QStringLiteral(FW_TEST_DATA_DIR "/credentials/catalog.json"), QStringLiteral("t")).ok());
    }

    void listsTheDeclaredCredentials()
    {
        auto dialog = openDialog(std::make_shared<KeyringCredentials>());
        QCOMPARE(dialog->rows(),
                 (QStringList { QStringLiteral("billing-api|Bearer token|credentials/billing|not set"),
                                QStringLiteral("erp-basic|User and password|credentials/erp|not set"),
                                QStringLiteral("tax-key|Header X-Api-Key||not set") }));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("setSecretButton"))->isEnabled()); // nothing selected
    }

    void setThenClearASecret()
    {
        auto credentials = std::make_shared<KeyringCredentials>();
        auto dialog = openDialog(credentials);
        select(*dialog, 0);
        auto* set = dialog->findChild<QPushButton*>(QStringLiteral("setSecretButton"));
        QVERIFY(set->isEnabled());
        QTimer::singleShot(0, this, [] {
            auto* form = qobject_cast<SecretForm*>(QApplication::activeModalWidget());
            QVERIFY(form);
            auto* field = form->findChild<QLineEdit*>(QStringLiteral("tokenField"));
            QVERIFY(field && field->echoMode() == QLineEdit::Password);
            field->setText(token);
            form->accept();
        });
        set->click();
        QTRY_VERIFY_WITH_TIMEOUT(statusText(*dialog).contains(QStringLiteral("is set")), 15000);
        QCOMPARE(dialog->rows().value(0), QStringLiteral("billing-api|Bearer token|credentials/billing|set"));
        QCOMPARE(credentials->secret(QStringLiteral("billing-api")), token); // what the engine's next callout sends
        for (const QLabel* label : dialog->findChildren<QLabel*>())
            QVERIFY(!label->text().contains(token));

        auto reread = std::make_shared<KeyringCredentials>(); // another workbench session
        QCOMPARE(awaitKeyring([&](KeyringCredentials::Done done) { reread->load({ QStringLiteral("billing-api") }, &m_context, done); }),
                 QString());
        QCOMPARE(reread->secret(QStringLiteral("billing-api")), token);

        select(*dialog, 0);
        dialog->findChild<QPushButton*>(QStringLiteral("clearSecretButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(statusText(*dialog).contains(QStringLiteral("cleared")), 15000);
        QCOMPARE(dialog->rows().value(0), QStringLiteral("billing-api|Bearer token|credentials/billing|not set"));
        QVERIFY(credentials->secret(QStringLiteral("billing-api")).isEmpty());
        auto again = std::make_shared<KeyringCredentials>();
        QCOMPARE(awaitKeyring([&](KeyringCredentials::Done done) { again->load({ QStringLiteral("billing-api") }, &m_context, done); }),
                 QString());
        QVERIFY(again->secret(QStringLiteral("billing-api")).isEmpty());
    }

    // The workbench's engine authenticates with the keyring's secret: fw-stubs requires the bearer
    // token on billing and the order completes.
    void theEngineUsesTheKeyringsSecret()
    {
        auto setter = std::make_shared<KeyringCredentials>();
        QCOMPARE(
            awaitKeyring([&](KeyringCredentials::Done done) { setter->store(QStringLiteral("billing-api"), token, &m_context, done); }),
            QString());
        auto engineCredentials = std::make_shared<KeyringCredentials>(); // as StoreWorkspace::start reads them
        QCOMPARE(awaitKeyring(
                     [&](KeyringCredentials::Done done) { engineCredentials->load({ QStringLiteral("billing-api") }, &m_context, done); }),
                 QString());
        StubServer stubs;
        const quint16 port = stubs.listenLocal(0);
        QVERIFY(port);
        StubBehaviour requireToken;
        requireToken.bearerToken = token;
        stubs.configure(QStringLiteral("billing"), requireToken);
        {
            const QString path = m_dir.filePath(QStringLiteral("KEY-1.json"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"formatVersion":1,"id":"KEY-1","account":{"id":"A"},"items":[{"id":"1","product":"SUB","quantity":1}]})");
            file.close();
            Database database(m_store);
            SystemClock clock;
            QVERIFY(StoreImporter(database, clock).importOrder(path, QStringLiteral("t")).ok());
        }
        EngineService service(m_store);
        service.setCredentials(engineCredentials);
        service.setEndpointBaseUrl(QStringLiteral("billing"), QStringLiteral("http://127.0.0.1:%1/billing").arg(port));
        QSignalSpy started(&service, &EngineService::started);
        service.start(50);
        QVERIFY(started.wait(10000));
        const auto state = [this] {
            Database database(m_store);
            QSqlQuery query(database.connection());
            return query.exec(QStringLiteral("SELECT state FROM orders WHERE id = 'KEY-1'")) && query.next() ? query.value(0).toString()
                                                                                                             : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("completed"), 15000);
        QCOMPARE(stubs.stats().value(QStringLiteral("billing")).unauthorized, 0);
        QCOMPARE(stubs.distinctKeys(), 1);
        QCOMPARE(awaitKeyring([&](KeyringCredentials::Done done) { setter->clear(QStringLiteral("billing-api"), &m_context, done); }),
                 QString());
    }

    void theFormAsksWhatTheKindNeeds()
    {
        Credential basic;
        basic.id = QStringLiteral("erp-basic");
        basic.kind = Credential::Kind::Basic;
        SecretForm form(basic);
        form.findChild<QLineEdit*>(QStringLiteral("userField"))->setText(QStringLiteral("svc"));
        QCOMPARE(form.secret(), QString()); // no password yet
        form.findChild<QLineEdit*>(QStringLiteral("passwordField"))->setText(QStringLiteral("p:w"));
        QCOMPARE(form.secret(), QStringLiteral("svc:p:w"));
        Credential certificate;
        certificate.id = QStringLiteral("carrier-mtls");
        certificate.kind = Credential::Kind::ClientCertificate;
        SecretForm files(certificate);
        files.findChild<QLineEdit*>(QStringLiteral("certificateField"))->setText(QStringLiteral("/etc/fw/c.pem"));
        files.findChild<QLineEdit*>(QStringLiteral("keyField"))->setText(QStringLiteral("/etc/fw/k.pem"));
        QCOMPARE(files.secret(), QStringLiteral(R"({"certificate":"/etc/fw/c.pem","key":"/etc/fw/k.pem"})"));
    }
};

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
