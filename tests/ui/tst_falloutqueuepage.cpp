// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The fallout page driven from the keyboard, as a resolver would: the first case has the focus when
// the page opens, every shortcut the page advertises does what it says (the test presses each), and
// a retry reports what actually happened: the step failed again (its error and a link to the new
// case) or it ran and the order went on.
// Set FW_FALLOUT_SCREENSHOT to a file name to save the window (1366x768) after a retry failed again,
// FW_FALLOUT_HISTORY_SCREENSHOT for the new case with its step's attempt history.

#include "telecomstore.h"
#include "fallout/bulkfalloutdialog.h"
#include "fallout/falloutcasemodel.h"
#include "fallout/fallouthistorymodel.h"
#include "fallout/falloutqueuepage.h"
#include "fallout/payloadeditdialog.h"
#include "mainwindow/mainwindow.h"
#include "stubserver.h"
#include "workspace/storesession.h"
#include "workspace/storeworkspace.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace fw;

namespace {
// Closes the next modal dialog (after `wait` ms at most) and says what it was ("" if none opened).
class DialogCatcher {
public:
    DialogCatcher()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                m_timer.stop();
                m_seen = QString::fromLatin1(dialog->metaObject()->className());
                dialog->reject();
            }
        });
        m_timer.start();
    }
    QString seen() const { return m_seen; }

private:
    QTimer m_timer;
    QString m_seen;
};
} // namespace

class TestFalloutQueuePage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    StubServer m_stubs { 5 };
    std::unique_ptr<MainWindow> m_window;

    StoreSession* session() const { return m_window->workspace()->session(); }
    FalloutQueuePage* page() const { return m_window->workspace()->falloutQueuePage(); }
    qint64 currentCase() const { return page()->table()->currentIndex().data(FalloutCaseModel::CaseIdRole).toLongLong(); }
    // Opens the page as a user would (from another page, the window active after a dialog closed).
    bool openPage() const
    {
        m_window->showSection(MainWindow::Section::Orders);
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return false;
        m_window->showSection(MainWindow::Section::Fallout);
        return true;
    }
    void press(const QKeySequence& keys) const
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keySequence(target, keys);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const quint16 port = m_stubs.listenLocal(0);
        QVERIFY(port);
        const QString path = m_dir.filePath(QStringLiteral("fallout.db"));
        QVERIFY(test::makeTelecomStore(path, QStringLiteral("FO"), 3));
        StubBehaviour rejecting;
        rejecting.badRequestRate = 1.0; // every shipment rejected: 422, fatal by the catalog's rule
        m_stubs.configure(QStringLiteral("carrier"), rejecting);
        StoreOpenOptions options;
        options.tickMs = 50;
        for (const QString& system :
             { QStringLiteral("inventory"), QStringLiteral("carrier"), QStringLiteral("provisioning"), QStringLiteral("billing") })
            options.endpointBaseUrls.insert(system, QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(system));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy ready(m_window.get(), &MainWindow::storeReady);
        m_window->openStore(path, options);
        QVERIFY(ready.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(session()->fallout()->rowCount(), 3, 10000);
    }
    void cleanupTestCase() { m_window.reset(); }

    // Opened from anywhere, the page gives the keyboard to its first case: arrows move between cases
    // and do not switch the page.
    void focusLandsOnTheFirstCase()
    {
        QVERIFY(openPage());
        QTRY_COMPARE(QApplication::focusWidget(), page()->table());
        QCOMPARE(page()->table()->currentIndex().row(), 0);
        press(QKeySequence(Qt::Key_Down));
        QCOMPARE(page()->table()->currentIndex().row(), 1);
        QVERIFY(page()->isVisible()); // still the fallout page
        press(QKeySequence(Qt::Key_Up));
        QCOMPARE(page()->table()->currentIndex().row(), 0);
    }

    // Every shortcut on the page's buttons, plus Return, Ctrl+F and Esc: pressed with the first case
    // current, each opens what it says. (Retry is pressed in the tests below.)
    void everyAdvertisedShortcutWorks_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<QString>("opens"); // the dialog's class, or the effect
        QTest::addRow("Ctrl+E: edit payload & retry") << QKeySequence(Qt::CTRL | Qt::Key_E) << QStringLiteral("fw::PayloadEditDialog");
        QTest::addRow("Return: edit payload & retry") << QKeySequence(Qt::Key_Return) << QStringLiteral("fw::PayloadEditDialog");
        QTest::addRow("Ctrl+Shift+K: skip") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K) << QStringLiteral("QInputDialog");
        QTest::addRow("Ctrl+Shift+R: bulk retry")
            << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) << QStringLiteral("fw::BulkFalloutDialog");
        QTest::addRow("Ctrl+Shift+U: resume") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U) << QStringLiteral("resume refused");
        QTest::addRow("Ctrl+F: filter") << QKeySequence(QKeySequence::Find) << QStringLiteral("filter focused");
        QTest::addRow("Esc: all groups") << QKeySequence(Qt::Key_Escape) << QStringLiteral("group cleared");
    }
    void everyAdvertisedShortcutWorks()
    {
        QFETCH(QKeySequence, keys);
        QFETCH(QString, opens);
        QVERIFY(openPage());
        QTRY_COMPARE(QApplication::focusWidget(), page()->table());
        if (opens == QStringLiteral("group cleared"))
            page()->groupTable()->setCurrentIndex(page()->groupTable()->model()->index(0, 0));
        QSignalSpy actions(session(), &StoreSession::actionFinished);
        DialogCatcher catcher;
        press(keys);
        if (opens.startsWith(QLatin1String("fw::")) || opens.startsWith(QLatin1String("Q")))
            QTRY_COMPARE(catcher.seen(), opens);
        else if (opens == QStringLiteral("resume refused")) // the order still has its case: the engine says so
            QTRY_VERIFY(!actions.isEmpty() && actions.first().at(0).toString().startsWith(QLatin1String("resume")));
        else if (opens == QStringLiteral("filter focused"))
            QCOMPARE(QApplication::focusWidget(), page()->findChild<QLineEdit*>(QStringLiteral("falloutSearch")));
        else if (opens == QStringLiteral("group cleared"))
            QVERIFY(!page()->groupTable()->currentIndex().isValid());
        QCOMPARE(session()->fallout()->rowCount(), 3); // closing a dialog sent nothing
    }

    // The test above covers each shortcut a button of the page advertises (a new one needs a row).
    void noButtonShortcutIsUntested()
    {
        const QList<QKeySequence> tested { QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::CTRL | Qt::Key_E),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U) };
        const auto buttons = page()->findChildren<QPushButton*>();
        int withShortcut = 0;
        for (QPushButton* button : buttons) {
            const QKeySequence keys = button->shortcut();
            if (keys.isEmpty())
                continue;
            if (keys.count() == 1 && keys[0].key() == Qt::Key_unknown)
                continue;
            // Alt+letter mnemonics from "&Retry" count as shortcuts too; only Ctrl shortcuts are advertised.
            if (!(keys[0].keyboardModifiers() & Qt::ControlModifier))
                continue;
            ++withShortcut;
            QVERIFY2(tested.contains(keys), qPrintable(button->objectName() + QLatin1Char(' ') + keys.toString()));
        }
        QCOMPARE(withShortcut, tested.size());
    }

    // Ctrl+R while the carrier still rejects: the page says the step failed again, with the new
    // case's error and a link that opens it; once the carrier accepts, Ctrl+R says the order went on.
    void retryReportsWhatHappened()
    {
        QVERIFY(openPage());
        QTRY_COMPARE(QApplication::focusWidget(), page()->table());
        const qint64 retried = currentCase();
        QVERIFY(retried > 0);
        press(QKeySequence(Qt::CTRL | Qt::Key_R));
        QTRY_VERIFY(!page()->retryOutcome().isEmpty()); // the button clicks itself after a moment
        QVERIFY2(page()->retryOutcome().contains(QStringLiteral("sent; waiting"))
                     || page()->retryOutcome().contains(QStringLiteral("failed again")),
                 qPrintable(page()->retryOutcome()));
        QTRY_VERIFY_WITH_TIMEOUT(page()->retryOutcome().contains(QStringLiteral("failed again")), 10000);
        QVERIFY(!session()->falloutCase(retried));
        // The status line says the retry was sent, not that it is done.
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("statusLabel"))->text(),
                 QStringLiteral("Sent: retry fallout case %1; the step runs again and the fallout page shows how it ends").arg(retried));
        const auto& open = session()->lastSnapshot().fallout;
        const auto again = std::max_element(open.begin(), open.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        QVERIFY(again->id > retried);
        QCOMPARE(page()->retryOutcome(),
                 QStringLiteral("Case %1 failed again \u2014 \u201c%2\u201d of order %3 is now case %4: %5  Open case %4")
                     .arg(retried)
                     .arg(again->stepName, again->orderId)
                     .arg(again->id)
                     .arg(again->error));
        if (const QString path = qEnvironmentVariable("FW_FALLOUT_SCREENSHOT"); !path.isEmpty())
            QVERIFY(m_window->grab().save(path));

        auto* outcome = page()->findChild<QLabel*>(QStringLiteral("falloutRetryOutcome"));
        page()->table()->setCurrentIndex(page()->table()->model()->index(0, 0));
        Q_EMIT outcome->linkActivated(QStringLiteral("case:%1").arg(again->id)); // the link opens the new case
        QCOMPARE(currentCase(), again->id);
        QCOMPARE(QApplication::focusWidget(), page()->table());
        // The new case keeps its step's whole history: the engine's run that fell out as the retried
        // case, then the retry (who, payload unchanged) that fell out as this one.
        const QAbstractItemModel* history = page()->historyTable()->model();
        QTRY_COMPARE(history->rowCount(), 2);
        QCOMPARE(history->index(0, FalloutHistoryModel::ByColumn).data().toString(), QStringLiteral("engine"));
        QCOMPARE(history->index(0, FalloutHistoryModel::PayloadColumn).data().toString(), QStringLiteral("as planned"));
        QVERIFY2(
            history->index(0, FalloutHistoryModel::OutcomeColumn).data().toString().startsWith(QStringLiteral("Case %1: ").arg(retried)),
            qPrintable(history->index(0, FalloutHistoryModel::OutcomeColumn).data().toString()));
        QCOMPARE(history->index(1, FalloutHistoryModel::ByColumn).data().toString(), session()->user());
        QCOMPARE(history->index(1, FalloutHistoryModel::PayloadColumn).data().toString(), QStringLiteral("unchanged"));
        QCOMPARE(history->index(1, FalloutHistoryModel::OutcomeColumn).data().toString(),
                 QStringLiteral("This case (%1): %2").arg(again->id).arg(again->error));
        QVERIFY(!history->index(1, FalloutHistoryModel::StartedColumn).data().toString().isEmpty());
        if (const QString path = qEnvironmentVariable("FW_FALLOUT_HISTORY_SCREENSHOT"); !path.isEmpty())
            QVERIFY(m_window->grab().save(path));

        m_stubs.configure(QStringLiteral("carrier"), StubBehaviour {}); // the carrier accepts again
        const qint64 fixed = again->id;
        // The keyboard path: Ctrl+E opens the request, Ctrl+Return sends it.
        QString keyboardPath; // "sent", or where Ctrl+Return went instead
        auto* dialogWatch = new QTimer(this);
        dialogWatch->setInterval(10);
        connect(dialogWatch, &QTimer::timeout, this, [&keyboardPath, dialogWatch] {
            auto* dialog = qobject_cast<PayloadEditDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogWatch->stop();
            QApplication::setActiveWindow(dialog); // what a window manager does for a new dialog (offscreen does not)
            QWidget* focus = QTest::qWaitForWindowActive(dialog) ? QApplication::focusWidget() : nullptr;
            if (!focus || focus->window() != dialog) {
                keyboardPath = QStringLiteral("the dialog did not get the keyboard");
                dialog->reject();
                return;
            }
            QTest::keySequence(focus, QKeySequence(Qt::CTRL | Qt::Key_Return));
            if (QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 3000) && dialog->result() == QDialog::Accepted) {
                keyboardPath = QStringLiteral("sent");
                return;
            }
            keyboardPath = QStringLiteral("not sent; focus in ") + QString::fromLatin1(focus->metaObject()->className());
            dialog->reject();
        });
        dialogWatch->start();
        press(QKeySequence(Qt::CTRL | Qt::Key_E));
        QTRY_VERIFY_WITH_TIMEOUT(!keyboardPath.isEmpty(), 10000);
        QCOMPARE(keyboardPath, QStringLiteral("sent"));
        QTRY_VERIFY_WITH_TIMEOUT(page()->retryOutcome().startsWith(QStringLiteral("Case %1 resolved:").arg(fixed)), 10000);
        QVERIFY2(page()->retryOutcome().contains(QStringLiteral("went on")), qPrintable(page()->retryOutcome()));
        QCOMPARE(session()->fallout()->rowCount(), 2);
    }

    // The bulk dialog's header follows it: dry run, then finished (not "Dry run" after it ran).
    void bulkHeaderFollowsItsState()
    {
        QVERIFY(openPage());
        QTRY_COMPARE(QApplication::focusWidget(), page()->table());
        QString before;
        QString after;
        auto* timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [&, timer] {
            auto* dialog = qobject_cast<BulkFalloutDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            timer->stop();
            auto* header = dialog->findChild<QLabel*>(QStringLiteral("bulkHeader"));
            before = header->text();
            dialog->findChild<QPushButton*>(QStringLiteral("bulkRunButton"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 10000);
            after = header->text();
            dialog->accept();
        });
        timer->start();
        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QTRY_VERIFY_WITH_TIMEOUT(!after.isEmpty(), 15000); // the button clicks itself after a moment
        QVERIFY2(before.startsWith(QStringLiteral("Dry run: nothing has been sent yet.")), qPrintable(before));
        QVERIFY2(after.startsWith(QStringLiteral("Finished: 2 retried, 0 refused.")), qPrintable(after));
        QTRY_COMPARE_WITH_TIMEOUT(session()->fallout()->rowCount(), 0, 10000);
    }
};

QTEST_MAIN(TestFalloutQueuePage)
#include "tst_falloutqueuepage.moc"
