// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Help > Open Log Folder: opens $XDG_STATE_HOME/fulfillment-workbench/log in the file manager
// (QDesktopServices, caught here by a URL handler), creating the folder when nothing was logged yet.

#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace fw;

class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

class TestOpenLogFolder : public QObject {
    Q_OBJECT

    QTemporaryDir m_state;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_STATE_HOME", m_state.path().toLocal8Bit());
    }

    void opensTheLogFolderAndCreatesIt()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        MainWindow window;
        auto* action = window.findChild<QAction*>(QStringLiteral("openLogFolderAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Open &Log Folder"));
        const QString folder = m_state.filePath(QStringLiteral("fulfillment-workbench/log"));
        QVERIFY(!QDir(folder).exists());
        action->trigger();
        QVERIFY(QDir(folder).exists());
        QCOMPARE(catcher.opened, QList<QUrl> { QUrl::fromLocalFile(folder) });
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    }
};

QTEST_MAIN(TestOpenLogFolder)
#include "tst_openlogfolder.moc"
