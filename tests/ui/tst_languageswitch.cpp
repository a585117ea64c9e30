// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// View > Language switches the language while the workbench runs (issue 20): choosing German, then
// French, then English changes the menus, the navigator, an order page's tabs and buttons and the
// tables' headers at once, while the page in view, the open order (on the tab it showed) and the
// store session stay; the choice is kept for the next start.

#include "telecomstore.h"

#include "mainwindow/appsettings.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/translatorset.h"
#include "orders/orderpage.h"
#include "orders/orderspage.h"
#include "workspace/storesession.h"
#include "workspace/storeworkspace.h"

#include <QAbstractButton>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
const QString order = QStringLiteral("SO-10001"); // the telecom fibre sample's order

QStringList headerTexts(const QTableView* table)
{
    QStringList texts;
    const QAbstractItemModel* model = table->model();
    for (int column = 0; column < model->columnCount(); ++column)
        texts << model->headerData(column, Qt::Horizontal).toString();
    return texts;
}

// What a user sees of the language, in one language.
struct Texts {
    QString fileMenu;
    QString ordersSection; // with its count, there at once
    QString timelineTab;
    QString signalButton;
    QString stepHeader; // the order page's step table
    QString accountHeader; // the Orders page's table (its model belongs to the store session)
};
} // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_storePath;

private Q_SLOTS:
    void initTestCase();
    void switchesWithoutRestart();
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings in ~/.qttest, never the user's
    QCoreApplication::setOrganizationName(QStringLiteral("FulfillmentWorkbenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
    AppSettings::setLanguage(QString());
    m_storePath = m_dir.filePath(QStringLiteral("switch.db"));
    QVERIFY(test::makeTelecomStore(m_storePath));
    TranslatorSet::instance()->setDirectory(QStringLiteral(FW_QM_DIR));
    TranslatorSet::instance()->apply(QStringLiteral("en"));
}

void TestLanguageSwitch::switchesWithoutRestart()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy ready(&window, &MainWindow::storeReady);
    StoreOpenOptions options;
    options.tickMs = 50;
    window.openStore(m_storePath, options);
    QVERIFY(ready.wait(10000));
    const StoreSession* session = window.workspace()->session();
    OrderPage* page = window.openOrderPage(order);
    QVERIFY(page);
    QSignalSpy detail(page, &OrderPage::detailUpdated);
    QVERIFY(detail.count() > 0 || detail.wait(10000));
    page->setCurrentTab(2); // the timeline

    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* navigator = window.findChild<QListWidget*>(QStringLiteral("navigator"));
    QVERIFY(pages && navigator);
    const auto shown = [&]() -> Texts {
        auto* current = qobject_cast<OrderPage*>(pages->currentWidget());
        if (!current)
            return {};
        auto* tabs = current->findChild<QTabWidget*>(QStringLiteral("orderTabs"));
        auto* steps = current->findChild<QTableView*>(QStringLiteral("orderStepsTable"));
        auto* orders = window.workspace()->ordersPage()->findChild<QTableView*>();
        const QStringList accountHeader = headerTexts(orders).filter(QRegularExpression(QStringLiteral("^(Account|Kundenkonto|Compte)$")));
        return { window.menuBar()->actions().value(0)->text(),
                 navigator->item(0)->text(),
                 tabs->tabText(2),
                 current->findChild<QAbstractButton*>(QStringLiteral("orderSignalButton"))->text(),
                 headerTexts(steps).value(0),
                 accountHeader.value(0) };
    };
    const Texts english = shown();
    QCOMPARE(english.fileMenu, QStringLiteral("&File"));
    QCOMPARE(english.ordersSection, QStringLiteral("Orders (1)"));
    QCOMPARE(english.stepHeader, QStringLiteral("Step"));
    QCOMPARE(english.accountHeader, QStringLiteral("Account"));

    const auto choose = [&](const QString& code) {
        auto* menu = window.menuBar()->findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        const QList<QAction*> actions = menu->actions();
        const auto it = std::find_if(actions.cbegin(), actions.cend(), [&](const QAction* a) { return a->data().toString() == code; });
        QVERIFY2(it != actions.cend(), qPrintable(code));
        (*it)->trigger();
    };
    const struct {
        QString code;
        Texts texts;
    } steps[] = {
        { QStringLiteral("de"),
          { QStringLiteral("&Datei"), QStringLiteral("Aufträge (1)"), QStringLiteral("&Verlauf"), QStringLiteral("&Signal senden…"),
            QStringLiteral("Schritt"), QStringLiteral("Kundenkonto") } },
        { QStringLiteral("fr"),
          { QStringLiteral("&Fichier"), QStringLiteral("Commandes (1)"), QStringLiteral("&Chronologie"),
            QStringLiteral("Envoyer un &signal…"), QStringLiteral("Étape"), QStringLiteral("Compte") } },
        { QStringLiteral("en"), english },
    };
    for (const auto& step : steps) {
        choose(step.code);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(window.menuBar()->actions().value(0)->text(), step.texts.fileMenu);
        const Texts now = shown();
        QCOMPARE(now.ordersSection, step.texts.ordersSection);
        QCOMPARE(now.timelineTab, step.texts.timelineTab); // the open order is still in view, on its tab
        QCOMPARE(qobject_cast<OrderPage*>(pages->currentWidget())->orderId(), order);
        QCOMPARE(qobject_cast<OrderPage*>(pages->currentWidget())->currentTab(), 2);
        QCOMPARE(now.signalButton, step.texts.signalButton);
        QCOMPARE(now.stepHeader, step.texts.stepHeader);
        QCOMPARE(now.accountHeader, step.texts.accountHeader);
        QCOMPARE(window.workspace()->session(), session); // the same store session, its engine not restarted
        QCOMPARE(AppSettings::language(), step.code);
        // FW_LANGUAGESWITCH_SCREENSHOT=FILE.png: the window just switched from German to French.
        if (const QString file = qEnvironmentVariable("FW_LANGUAGESWITCH_SCREENSHOT");
            !file.isEmpty() && step.code == QLatin1String("fr")) {
            QTest::qWait(300);
            QVERIFY(window.grab().save(file));
        }
    }
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
