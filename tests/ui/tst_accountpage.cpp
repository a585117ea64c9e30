// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Account page in the main window on a real store (offscreen): the Accounts list finds the
// account, its page shows the installed base as a tree with statuses, its orders and an asset's
// history; "Change..." on the seats previews +50 as an increase with its plan, refuses a change
// that changes nothing naming the field, and submits an order that the store then has; the order
// page's "Account" button leads back to the account.

#include "accounts/accountlistmodel.h"
#include "accounts/accountordermodel.h"
#include "accounts/accountpage.h"
#include "accounts/accountspage.h"
#include "accounts/assetchangedialog.h"
#include "accounts/assethistorymodel.h"
#include "accounts/assetorderlinemodel.h"
#include "accounts/assetorderstepmodel.h"
#include "accounts/installedbasemodel.h"
#include "accountnavigation.h"
#include "accountstore.h"
#include "mainwindow/mainwindow.h"
#include "orders/orderpage.h"
#include "store/accountreader.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using namespace fw;

class TestAccountPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<MainWindow> m_window;

    AccountPage* openSeats()
    {
        AccountsPage* accounts = test::openAccount(*m_window, test::accountId);
        if (!accounts)
            return nullptr;
        AccountPage* page = accounts->accountPage();
        QSignalSpy loaded(page, &AccountPage::loaded);
        if (!loaded.wait(10000))
            return nullptr;
        QSignalSpy history(page, &AccountPage::historyLoaded);
        if (!page->selectAsset(test::seatsAsset) || !history.wait(10000))
            return nullptr;
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
        m_storePath = m_dir.filePath(QStringLiteral("accounts.db"));
        QVERIFY(test::makeAccountStore(m_storePath));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy ready(m_window.get(), &MainWindow::storeReady);
        StoreOpenOptions options;
        options.tickMs = 50;
        m_window->openStore(m_storePath, options);
        QVERIFY(ready.wait(10000));
        QVERIFY(ready.first().first().toBool());
    }
    void cleanupTestCase() { m_window.reset(); }

    void listFindsTheAccount()
    {
        m_window->showSection(MainWindow::Section::Accounts);
        AccountsPage* accounts = m_window->findChild<AccountsPage*>();
        QVERIFY(accounts);
        QTRY_COMPARE_WITH_TIMEOUT(accounts->accounts()->rowCount(), 1, 10000);
        QCOMPARE(accounts->accounts()->index(0, AccountListModel::AssetsColumn).data().toString(), QStringLiteral("3"));
        accounts->searchField()->setText(QStringLiteral("lumi"));
        QCOMPARE(accounts->accountTable()->model()->rowCount(), 1);
        accounts->searchField()->setText(QStringLiteral("nobody"));
        QCOMPARE(accounts->accountTable()->model()->rowCount(), 0);
        accounts->searchField()->setText(QStringLiteral("3310"));
        QSignalSpy loaded(accounts->accountPage(), &AccountPage::loaded);
        QTest::keyClick(accounts->searchField(), Qt::Key_Return); // opens the only match
        QVERIFY(loaded.wait(10000));
        QCOMPARE(accounts->accountPage()->accountId(), test::accountId);
    }

    void showsInstalledBaseOrdersAndHistory()
    {
        AccountPage* page = openSeats();
        QVERIFY(page);
        QVERIFY(page->isVisible());
        QCOMPARE(page->titleLabel()->text(), QStringLiteral("Lumière Retail SAS (ACC-FR-3310)"));
        InstalledBaseModel* assets = page->assets();
        QCOMPARE(assets->rowCount(), 1); // the suite, its components under it
        const QModelIndex suite = assets->index(0, 0);
        QCOMPARE(suite.data(InstalledBaseModel::AssetIdRole).toString(), test::suiteAsset);
        QCOMPARE(assets->rowCount(suite), 2);
        QCOMPARE(assets->indexOf(test::ssoAsset).siblingAtColumn(InstalledBaseModel::StatusColumn).data().toString(),
                 QStringLiteral("Suspended"));
        QCOMPARE(assets->indexOf(test::seatsAsset).siblingAtColumn(InstalledBaseModel::QuantityColumn).data().toString(),
                 QStringLiteral("300"));
        QCOMPARE(page->orders()->rowCount(), 1);
        QCOMPARE(page->orders()->index(0, 0).data().toString(), QStringLiteral("SO-20417"));
        AssetHistoryModel* history = page->history();
        QCOMPARE(history->assetId(), test::seatsAsset);
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->index(0, AssetHistoryModel::KindColumn).data().toString(), QStringLiteral("Changed"));
        QCOMPARE(history->index(0, AssetHistoryModel::OrderColumn).data().toString(), QStringLiteral("SO-20417-SEATS"));
        QCOMPARE(history->index(0, AssetHistoryModel::ChangeColumn).data().toString(), QStringLiteral("quantity 250 \u2192 300"));
        QVERIFY(page->changeButton()->isEnabled());

        // A history row and the installed base's "Open Source Order" ask for their order.
        QSignalSpy wanted(page, &AccountPage::openOrderRequested);
        Q_EMIT page->findChild<QTableView*>(QStringLiteral("assetHistoryTable"))->activated(history->index(0, 0));
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(wanted.takeFirst().first().toString(), QStringLiteral("SO-20417-SEATS"));
        auto* source = page->assetTree()->findChild<QAction*>(QStringLiteral("assetSourceOrder"));
        QVERIFY(source);
        source->trigger();
        QCOMPARE(wanted.takeFirst().first().toString(), QStringLiteral("SO-20417"));

        // Enter on an order opens it.
        page->orderTable()->setFocus();
        page->orderTable()->setCurrentIndex(page->orders()->index(0, 0));
        QTest::keyClick(page->orderTable(), Qt::Key_Return);
        QTRY_VERIFY(m_window->findChild<OrderPage*>(QStringLiteral("orderPage_SO-20417")));
    }

    void changePreviewsAndSubmits()
    {
        AccountPage* page = openSeats();
        QVERIFY(page);
        AssetChangeDialog* dialog = page->openChangeDialog();
        QVERIFY(dialog);
        QSignalSpy contextLoaded(dialog, &AssetChangeDialog::contextLoaded);
        QVERIFY(contextLoaded.wait(10000));
        QCOMPARE(dialog->actionCombo()->currentData().toString(), QStringLiteral("change"));
        QVERIFY(dialog->orderIdEdit()->text().startsWith(QStringLiteral("SO-20417-CHANGE-")));
        QVERIFY(!dialog->submitButton()->isEnabled()); // nothing previewed yet

        // Nothing changed: refused, naming the field.
        QSignalSpy shown(dialog, &AssetChangeDialog::previewShown);
        dialog->previewButton()->click();
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.takeFirst().first().toBool(), false);
        QVERIFY2(dialog->problemsLabel()->text().startsWith(QStringLiteral("<b>Quantity</b>: the change changes nothing")),
                 qPrintable(dialog->problemsLabel()->text()));

        dialog->setQuantity(350);
        dialog->setOrderId(QStringLiteral("SO-20417-MORE"));
        dialog->previewButton()->click();
        QVERIFY(shown.wait(10000));
        QVERIFY2(shown.takeFirst().first().toBool(), qPrintable(dialog->problemsLabel()->text()));
        QVERIFY(dialog->problemsLabel()->isHidden());
        QCOMPARE(dialog->lineModel()->rowCount(), 1);
        QCOMPARE(dialog->lineModel()->index(0, AssetOrderLineModel::ChangeColumn).data().toString(), QStringLiteral("+50 (increase)"));
        QCOMPARE(dialog->lineModel()->index(0, AssetOrderLineModel::TotalColumn).data().toString(), QStringLiteral("350"));
        QVERIFY(dialog->stepModel()->rowCount() > 0);
        QVERIFY(dialog->submitButton()->isEnabled());

        // An edit after the preview needs a new one.
        dialog->setQuantity(360);
        QVERIFY(!dialog->submitButton()->isEnabled());
        dialog->setQuantity(350);
        dialog->previewButton()->click();
        QVERIFY(shown.wait(10000));
        QVERIFY(dialog->submitButton()->isEnabled());

        QSignalSpy submitted(dialog, &AssetChangeDialog::orderSubmitted);
        dialog->submitButton()->click();
        QVERIFY(submitted.wait(15000));
        QCOMPARE(submitted.first().first().toString(), QStringLiteral("SO-20417-MORE"));
        QTRY_VERIFY(m_window->findChild<OrderPage*>(QStringLiteral("orderPage_SO-20417-MORE")));
        Database database(m_storePath);
        const Result<bool> stored = AccountReader(database.connection()).hasOrder(QStringLiteral("SO-20417-MORE"));
        QVERIFY(stored);
        QVERIFY(*stored);
        // The new order names the account as its orders do (routing reads account.region).
        const auto header = AccountReader(database.connection()).header(test::accountId);
        QVERIFY(header && *header);
        QCOMPARE((*header)->region, QStringLiteral("EMEA"));
        QCOMPARE((*header)->segment, QStringLiteral("enterprise"));
    }

    void orderPageOpensItsAccount()
    {
        OrderPage* order = m_window->openOrderPage(QStringLiteral("SO-20417"));
        QVERIFY(order);
        auto* button = order->findChild<QPushButton*>(QStringLiteral("orderAccountButton"));
        QVERIFY(button);
        AccountsPage* accounts = m_window->findChild<AccountsPage*>();
        QSignalSpy loaded(accounts->accountPage(), &AccountPage::loaded);
        button->click();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(accounts->accountPage()->accountId(), test::accountId);
        QVERIFY(accounts->accountPage()->isVisible());
        // Alt+Left goes back to the list.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        accounts->accountPage()->assetTree()->setFocus();
        QTest::keyClick(accounts->accountPage()->assetTree(), Qt::Key_Left, Qt::AltModifier);
        QTRY_VERIFY(accounts->accountTable()->isVisible());
        QVERIFY(!accounts->accountPage()->isVisible());
    }

    // A language switch builds the pages anew: the account shown stays shown.
    void rebuiltPagesKeepTheAccount()
    {
        QVERIFY(openSeats());
        m_window->workspace()->rebuildPages();
        AccountsPage* accounts = m_window->workspace()->accountsPage();
        QSignalSpy loaded(accounts->accountPage(), &AccountPage::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(accounts->accountPage()->accountId(), test::accountId);
        QVERIFY(accounts->accountPage()->isVisibleTo(accounts));
    }

    // With FW_SCREENSHOT_DIR set: the Account page at 1366x768 with the seats' history (a change),
    // in English and German (docs/screenshots/asset-history[-de].png come from here).
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << QStringLiteral("en");
        QTest::addRow("de") << QStringLiteral("de");
    }
    void screenshots()
    {
        const QString directory = qEnvironmentVariable("FW_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("FW_SCREENSHOT_DIR is not set");
        QFETCH(QString, language);
        m_window.reset(); // one window at a time
        const QString storePath = m_dir.filePath(QStringLiteral("shots-%1.db").arg(language)); // as made, nothing submitted
        QVERIFY(test::makeAccountStore(storePath));
        QTranslator translator; // English too: its plural forms
        QVERIFY(translator.load(QStringLiteral(FW_QM_DIR "/fulfillment-workbench_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy ready(m_window.get(), &MainWindow::storeReady);
        StoreOpenOptions options;
        options.tickMs = 50;
        m_window->openStore(storePath, options);
        QVERIFY(ready.wait(10000));
        QVERIFY(openSeats());
        QTest::qWait(300);
        const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
        QVERIFY(m_window->grab().save(QDir(directory).filePath(QStringLiteral("asset-history%1.png").arg(suffix))));
        // Change... on the seats: +50 previewed.
        AccountsPage* accounts = m_window->findChild<AccountsPage*>();
        AssetChangeDialog* dialog = accounts->accountPage()->openChangeDialog();
        QVERIFY(dialog);
        QSignalSpy contextLoaded(dialog, &AssetChangeDialog::contextLoaded);
        QVERIFY(contextLoaded.wait(10000));
        dialog->setQuantity(350);
        dialog->setOrderId(QStringLiteral("SO-20417-MORE-SEATS"));
        QSignalSpy shown(dialog, &AssetChangeDialog::previewShown);
        dialog->previewButton()->click();
        QVERIFY(shown.wait(10000));
        QTest::qWait(200);
        QVERIFY(dialog->grab().save(QDir(directory).filePath(QStringLiteral("asset-change%1.png").arg(suffix))));
        dialog->close();
        m_window.reset();
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestAccountPage)
#include "tst_accountpage.moc"
