// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every control a keyboard user can reach has a name a screen reader says (issue 20): on every page
// of a store with the telecom sample, on an order page's every tab, and in the main dialogs (change
// order, task form, payload edit, bulk fallout, remote store, users, switch user, the user guide and
// the shortcuts). (A combo box is named by its current text on Linux, where AT-SPI labels it by relation.) A control without one is
// named in the failure by its class, object name and parents.

#include "telecomstore.h"
#include "accounts/accountpage.h"
#include "accountnavigation.h"
#include "accounts/accountspage.h"
#include "accounts/assetchangedialog.h"
#include "store/assetwriter.h"
#include "store/database.h"
#include "change/changeorderdialog.h"
#include "engine/enginesnapshot.h"
#include "fallout/bulkfalloutdialog.h"
#include "fallout/payloadeditdialog.h"
#include "help/helpwindow.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/shortcutsdialog.h"
#include "orders/orderpage.h"
#include "preview/planpreviewpage.h"
#include "sync/remotesettingsdialog.h"
#include "tasks/taskformdialog.h"
#include "users/switchuserdialog.h"
#include "users/usersdialog.h"
#include "workspace/storeworkspace.h"

#include <QAccessible>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fw;

namespace {
const QString sampleOrder = QStringLiteral("SO-10001");

QString describe(const QWidget* widget)
{
    QStringList chain;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        const QString name = w->objectName();
        chain << (name.isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                 : QStringLiteral("%1#%2").arg(QString::fromLatin1(w->metaObject()->className()), name));
        if (chain.size() == 5)
            break;
    }
    return chain.join(QStringLiteral(" < "));
}

// What a screen reader meets as part of its parent, not on its own: a spin box's or date edit's
// line edit (the spin box is checked), a scroll area's viewport (the area is), and a label without
// text (it reads its text once it has some).
bool partOfItsParent(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    if (qobject_cast<const QAbstractSpinBox*>(parent))
        return true;
    if (const auto* area = parent ? qobject_cast<const QAbstractScrollArea*>(parent->parentWidget()) : nullptr;
        area && area->viewport() == widget)
        return true;
    if (const auto* area = qobject_cast<const QAbstractScrollArea*>(parent); area && area->viewport() == widget)
        return true;
    const auto* label = qobject_cast<const QLabel*>(widget);
    return label && label->text().isEmpty();
}

// The visible focusable widgets under `root` (itself included) that have no accessible name.
QStringList unnamed(QWidget* root)
{
    QStringList found;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisible() || partOfItsParent(widget))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            found << describe(widget);
    }
    found.removeDuplicates();
    return found;
}
} // namespace

class TestAccessibleNames : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<MainWindow> m_window;

    void checkNamed(QWidget* root, const QString& where)
    {
        QCoreApplication::processEvents();
        const QStringList missing = unnamed(root);
        for (const QString& widget : missing) // each on its own line: a failure's message is cut short
            qWarning("%s: no accessible name: %s", qPrintable(where), qPrintable(widget));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2 control(s) without an accessible name (listed above)").arg(where).arg(missing.size())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
        m_storePath = m_dir.filePath(QStringLiteral("names.db"));
        QVERIFY(test::makeTelecomStore(m_storePath));
        { // an asset of the sample's account, for the Account page and its Change... dialog
            Database database(m_storePath);
            Asset fiber;
            fiber.id = sampleOrder + QStringLiteral("/1.1");
            fiber.accountId = QStringLiteral("ACC-DE-20451");
            fiber.product = QStringLiteral("FIBER_ACCESS");
            fiber.attributes = { { QStringLiteral("bandwidth"), QStringLiteral("1G") } };
            fiber.sourceOrder = sampleOrder;
            fiber.sourceItem = QStringLiteral("1.1");
            fiber.createdAt = fiber.updatedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(AssetWriter(database.connection()).record({ fiber }, {}));
        }
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

    void everyPage_data()
    {
        QTest::addColumn<int>("section");
        QTest::addRow("Orders") << int(MainWindow::Section::Orders);
        QTest::addRow("Tasks") << int(MainWindow::Section::Tasks);
        QTest::addRow("Fallout") << int(MainWindow::Section::Fallout);
        QTest::addRow("Jeopardy") << int(MainWindow::Section::Jeopardy);
        QTest::addRow("Dashboard") << int(MainWindow::Section::Dashboard);
        QTest::addRow("Accounts") << int(MainWindow::Section::Accounts);
        QTest::addRow("Plan Preview") << int(MainWindow::Section::PlanPreview);
    }
    void everyPage()
    {
        QFETCH(int, section);
        m_window->showSection(MainWindow::Section(section));
        checkNamed(m_window.get(), QString::fromLatin1(QTest::currentDataTag()));
    }

    // The Plan Preview with the sample's catalog and order planned: its lines, steps and problems.
    void planPreviewWithAPlan()
    {
        QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
        m_window->openFiles(QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/catalog.json"),
                            QStringLiteral(FW_SAMPLES_DIR "/telecom-fiber/order.json"));
        QVERIFY(loaded.wait(10000));
        m_window->showSection(MainWindow::Section::PlanPreview);
        auto* tabs = m_window->planPreviewPage()->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        auto* problems = m_window->findChild<QDockWidget*>(QStringLiteral("problemsDock"));
        QVERIFY(problems);
        problems->show();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            checkNamed(m_window.get(), QStringLiteral("the Plan Preview's tab %1").arg(tabs->tabText(tab)));
        }
        problems->hide();
    }

    void everyTabOfAnOrderPage()
    {
        OrderPage* page = m_window->openOrderPage(sampleOrder);
        QVERIFY(page);
        QSignalSpy detail(page, &OrderPage::detailUpdated);
        QVERIFY(detail.count() > 0 || detail.wait(10000));
        auto* tabs = page->findChild<QTabWidget*>();
        QVERIFY(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            checkNamed(m_window.get(), QStringLiteral("the order page's tab %1").arg(tabs->tabText(tab))); // each tab's list
        }
        tabs->setCurrentIndex(0);
        page->replayAt(0);
        checkNamed(m_window.get(), QStringLiteral("the order page in replay"));
        page->live();
    }

    void accountPageAndAssetChangeDialog()
    {
        AccountsPage* accounts = test::openAccount(*m_window, QStringLiteral("ACC-DE-20451"));
        QVERIFY(accounts);
        QSignalSpy loaded(accounts->accountPage(), &AccountPage::loaded);
        QVERIFY(loaded.wait(10000));
        checkNamed(m_window.get(), QStringLiteral("the Account page"));
        AssetChangeDialog* dialog = accounts->accountPage()->openChangeDialog();
        QVERIFY(dialog);
        QSignalSpy ready(dialog, &AssetChangeDialog::contextLoaded);
        QVERIFY(ready.wait(10000));
        for (int action = 0; action < dialog->actionCombo()->count(); ++action) {
            dialog->actionCombo()->setCurrentIndex(action);
            checkNamed(dialog, QStringLiteral("the asset change dialog, %1").arg(dialog->actionCombo()->currentText()));
        }
        dialog->close();
        accounts->showList();
    }

    void changeOrderDialog()
    {
        OrderPage* page = m_window->openOrderPage(sampleOrder);
        QVERIFY(page);
        ChangeOrderDialog* dialog = page->openChangeDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        checkNamed(dialog, QStringLiteral("the change order dialog"));
        dialog->close();
    }

    void taskFormDialog()
    {
        TaskSummary task;
        task.id = 7;
        task.queue = QStringLiteral("field-techs");
        task.orderId = sampleOrder;
        task.stepName = QStringLiteral("Final line test");
        task.spec.instructions = QStringLiteral("Run the line test.");
        task.spec.form = {
            FormField { QStringLiteral("technician"), QStringLiteral("Technician"), FormField::Type::String, true, {} },
            FormField { QStringLiteral("testPassed"), QStringLiteral("Final test passed"), FormField::Type::Boolean, true, {} },
            FormField { QStringLiteral("photos"), QStringLiteral("Photos taken"), FormField::Type::Boolean, false, {} },
        };
        TaskFormDialog dialog(task, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        checkNamed(&dialog, QStringLiteral("the task form"));
    }

    void falloutDialogs()
    {
        FalloutSummary fallout;
        fallout.id = 7;
        fallout.orderId = sampleOrder;
        fallout.stepName = QStringLiteral("Reserve");
        fallout.endpoint = QStringLiteral("inventory");
        fallout.error = QStringLiteral("no answer within 5000 ms");
        fallout.request = QStringLiteral("{\"order\":\"SO-10001\"}");
        fallout.outcomeUnknown = true;
        {
            PayloadEditDialog dialog(fallout, m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            checkNamed(&dialog, QStringLiteral("the payload edit dialog"));
        }
        BulkFalloutDialog bulk(m_window->workspace()->session(), BulkFalloutDialog::Action::Retry, { fallout }, m_window.get());
        bulk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bulk));
        checkNamed(&bulk, QStringLiteral("the bulk fallout dialog"));
    }

    void remoteStoreDialog()
    {
        RemoteSettingsDialog* dialog = m_window->showRemoteSettings();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        checkNamed(dialog, QStringLiteral("the remote store dialog"));
        dialog->close();
    }

    void usersDialog()
    {
        UsersDialog* dialog = m_window->workspace()->showUsers();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        checkNamed(dialog, QStringLiteral("the users dialog"));
        dialog->close();
    }

    void helpDialogs()
    {
        HelpWindow* help = HelpWindow::showSection(m_window.get(), QStringLiteral("Roles"));
        QVERIFY(QTest::qWaitForWindowExposed(help));
        checkNamed(help, QStringLiteral("the user guide"));
        help->close();
        ShortcutsDialog shortcuts(ShortcutsDialog::collect(m_window->menuBar(), {}), m_window.get());
        shortcuts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
        checkNamed(&shortcuts, QStringLiteral("the shortcuts dialog"));
    }

    void switchUserDialog()
    {
        SwitchUserDialog* dialog = m_window->workspace()->showSwitchUser();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        checkNamed(dialog, QStringLiteral("the switch user dialog"));
        dialog->close();
    }

    // The test finds what it should: a bare line edit has no name until it gets a label or one.
    void anUnnamedControlIsFound()
    {
        QWidget form;
        auto* edit = new QLineEdit(&form);
        edit->setObjectName(QStringLiteral("bareEdit"));
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QCOMPARE(unnamed(&form), QStringList { QStringLiteral("QLineEdit#bareEdit < QWidget") });
        edit->setAccessibleName(QStringLiteral("Order id"));
        QVERIFY(unnamed(&form).isEmpty());
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
