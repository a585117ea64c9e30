// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The workbench fits a 1366x768 laptop screen (issue 19): every page and an order page's every tab,
// in English, German and French, ask for no more than the screen, opening orders never resizes the window,
// the step inspector's actions are inside it, and an order page in replay fits as well. Registered
// twice (tests/ui/CMakeLists.txt): at 1x, and with QT_SCALE_FACTOR=2, where 1366x768 logical pixels
// are the 2732x1536 screen at 2x.

#include "telecomstore.h"
#include "accounts/accountpage.h"
#include "accountnavigation.h"
#include "accounts/accountspage.h"
#include "mainwindow/mainwindow.h"
#include "orders/orderpage.h"
#include "workspace/storeworkspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace fw;

namespace {
const QSize laptop(1366, 768);
const QString order = QStringLiteral("SO-10001"); // the telecom fibre sample's order
} // namespace

class TestScreenFit : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_storePath;

    void checkFits(MainWindow& window, const QString& view)
    {
        QCoreApplication::processEvents();
        const QSize wanted = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(wanted.width() <= laptop.width() && wanted.height() <= laptop.height(),
                 qPrintable(QStringLiteral("%1 needs at least %2x%3").arg(view).arg(wanted.width()).arg(wanted.height())));
        QVERIFY2(window.size() == laptop,
                 qPrintable(QStringLiteral("%1 resized the window to %2x%3").arg(view).arg(window.width()).arg(window.height())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
        m_storePath = m_dir.filePath(QStringLiteral("fit.db"));
        QVERIFY(test::makeTelecomStore(m_storePath));
        if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
            QCOMPARE(qApp->devicePixelRatio(), qEnvironmentVariable("QT_SCALE_FACTOR").toDouble());
    }

    void everyPageFitsALaptopScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("English") << QString();
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("French") << QStringLiteral("fr");
    }
    void everyPageFitsALaptopScreen()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(FW_QM_DIR "/fulfillment-workbench_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        MainWindow window;
        window.resize(laptop);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(&window, &MainWindow::storeReady);
        StoreOpenOptions options;
        options.tickMs = 50;
        window.openStore(m_storePath, options);
        QVERIFY(ready.wait(10000));
        for (const auto section :
             { MainWindow::Section::Orders, MainWindow::Section::Tasks, MainWindow::Section::Fallout, MainWindow::Section::Jeopardy,
               MainWindow::Section::Dashboard, MainWindow::Section::Accounts, MainWindow::Section::PlanPreview }) {
            window.showSection(section);
            checkFits(window, QStringLiteral("section %1").arg(int(section)));
            if (QTest::currentTestFailed())
                return;
        }
        // The Account page of the sample's account.
        AccountsPage* accounts = test::openAccount(window, QStringLiteral("ACC-DE-20451"));
        QVERIFY(accounts);
        QSignalSpy accountLoaded(accounts->accountPage(), &AccountPage::loaded);
        QVERIFY(accountLoaded.wait(10000));
        checkFits(window, QStringLiteral("the Account page"));
        if (QTest::currentTestFailed())
            return;
        OrderPage* page = window.openOrderPage(order);
        QVERIFY(page);
        QSignalSpy detail(page, &OrderPage::detailUpdated);
        QVERIFY(detail.count() > 0 || detail.wait(10000));
        auto* tabs = page->findChild<QTabWidget*>();
        QVERIFY(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            checkFits(window, QStringLiteral("the order page's tab %1").arg(tabs->tabText(tab)));
            if (QTest::currentTestFailed())
                return;
        }
        // The step inspector's actions are on screen, not cut off at the right or the bottom.
        tabs->setCurrentIndex(0);
        QCoreApplication::processEvents();
        QWidget* inspector = page->findChild<QWidget*>(QStringLiteral("stepInspector"));
        QVERIFY(inspector);
        int buttons = 0;
        for (const QAbstractButton* button : inspector->findChildren<QAbstractButton*>()) {
            if (!button->isVisibleTo(&window))
                continue;
            ++buttons;
            const QRect inWindow(button->mapTo(&window, QPoint(0, 0)), button->size());
            QVERIFY2(window.rect().contains(inWindow), qPrintable(button->text()));
        }
        QVERIFY(buttons >= 4);
        // Replay: the banner, the slider and the open work beside the graph fit too.
        page->replayAt(0);
        QVERIFY(page->isReplaying());
        checkFits(window, QStringLiteral("the order page in replay"));
        page->live();
        if (!language.isEmpty())
            QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
