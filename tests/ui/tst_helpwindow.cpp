// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The user guide in the application (issue 20): F1 opens it at the section of the page shown (or of
// the plan graph when it has the focus), every section F1 can ask for is in the guide, the contents
// list the headings, back and forward go through the sections visited, the search finds text, and
// the screenshots are in the resource.

#include "help/helptopics.h"
#include "help/helpwindow.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextBlock>
#include <QTreeWidget>

using namespace fw;

class TestHelpWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit()); }

    void everySectionF1OpensIsInTheGuide()
    {
        HelpWindow help;
        const QStringList headings = help.sections();
        QVERIFY2(headings.size() >= 12, qPrintable(headings.join(QStringLiteral(" | "))));
        for (const QString& section : helpSections()) {
            QVERIFY2(headings.contains(section), qPrintable(section));
            QVERIFY(help.goToSection(section));
            QCOMPARE(help.currentSection(), section);
        }
        QVERIFY(!help.goToSection(QStringLiteral("No such section")));
        auto* contents = help.findChild<QTreeWidget*>(QStringLiteral("helpContents"));
        QVERIFY(contents);
        QCOMPARE(contents->topLevelItemCount(), headings.size()); // the guide's sections are all ## headings
        QVERIFY(help.goToSection(QStringLiteral("tasks-claiming-and-completing"))); // a link's anchor
        QCOMPARE(help.currentSection(), QStringLiteral("Tasks: claiming and completing"));
        // The guide's own links lead to its sections.
        auto* text = help.findChild<QTextBrowser*>(QStringLiteral("helpText"));
        QStringList anchors;
        for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QString href = it.fragment().charFormat().anchorHref();
                if (href.startsWith(QLatin1Char('#')))
                    anchors << href;
            }
        }
        QVERIFY(anchors.size() >= 4);
        for (const QString& anchor : std::as_const(anchors)) {
            QVERIFY(help.goToSection(QStringLiteral("Roles")));
            Q_EMIT text->anchorClicked(QUrl(anchor));
            QString slug = help.currentSection().toLower();
            slug.remove(QRegularExpression(QStringLiteral("[^a-z0-9 -]"))).replace(QLatin1Char(' '), QLatin1Char('-'));
            QCOMPARE(QStringLiteral("#") + slug, anchor);
        }
    }

    void theSectionFollowsThePageAndTheFocus_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("focus"); // a widget inside the page; empty: the focus is elsewhere
        QTest::addColumn<QString>("section");
        QTest::addRow("orders") << QStringLiteral("ordersPage") << QString() << QStringLiteral("The Orders page");
        QTest::addRow("tasks") << QStringLiteral("taskInboxPage") << QStringLiteral("claimButton")
                               << QStringLiteral("Tasks: claiming and completing");
        QTest::addRow("fallout") << QStringLiteral("falloutQueuePage") << QString() << QStringLiteral("Resolving fallout");
        QTest::addRow("order page") << QStringLiteral("orderPage_SO-1") << QStringLiteral("orderTabs") << QStringLiteral("An order's page");
        QTest::addRow("its plan graph") << QStringLiteral("orderPage_SO-1") << QStringLiteral("planView")
                                        << QStringLiteral("The plan graph");
        QTest::addRow("jeopardy") << QStringLiteral("jeopardyTabs") << QString() << QStringLiteral("Jeopardy and escalations");
        QTest::addRow("dashboard") << QStringLiteral("dashboardPage") << QString() << QStringLiteral("The dashboard");
        QTest::addRow("plan preview") << QStringLiteral("planPreviewPage") << QString() << QStringLiteral("Plan Preview");
        QTest::addRow("something else") << QStringLiteral("aboutPage") << QString() << QStringLiteral("Getting started");
    }
    void theSectionFollowsThePageAndTheFocus()
    {
        QFETCH(QString, page);
        QFETCH(QString, focus);
        QFETCH(QString, section);
        QWidget outside;
        QWidget shown(&outside);
        shown.setObjectName(page);
        QWidget middle(&shown);
        QWidget inner(&middle);
        inner.setObjectName(focus);
        QWidget elsewhere(&outside);
        elsewhere.setObjectName(QStringLiteral("planView")); // not in the page: does not count
        QCOMPARE(helpSectionFor(focus.isEmpty() ? &elsewhere : &inner, &shown), section);
    }

    void f1OpensTheGuideAtThePageShown()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* guide = window.findChild<QAction*>(QStringLiteral("userGuideAction"));
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        auto* shortcuts = window.findChild<QAction*>(QStringLiteral("shortcutsAction"));
        QVERIFY(shortcuts);
        QVERIFY(!shortcuts->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)));
        window.showSection(MainWindow::Section::PlanPreview);
        QTest::keyClick(&window, Qt::Key_F1);
        auto* help = window.findChild<HelpWindow*>();
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QCOMPARE(help->currentSection(), QStringLiteral("Plan Preview"));
        if (const QString shot = qEnvironmentVariable("FW_HELP_SCREENSHOT"); !shot.isEmpty()) { // to look at
            QVERIFY(help->goToSection(QStringLiteral("The plan graph")));
            QVERIFY(help->grab().save(shot));
        }
        // Again: the same window, at the section of the page shown now.
        window.showSection(MainWindow::Section::Orders); // no store: the placeholder
        guide->trigger();
        QCOMPARE(window.findChildren<HelpWindow*>().size(), 1);
        QCOMPARE(help->currentSection(), QStringLiteral("Getting started"));
        // Its own keys: the platform's Close closes it.
        QApplication::setActiveWindow(help); // offscreen, the main window keeps it otherwise
        QVERIFY(QTest::qWaitForWindowActive(help));
        QTest::keySequence(help, QKeySequence::Close);
        QVERIFY(!help->isVisible());
    }

    void backAndForwardGoThroughTheSectionsVisited()
    {
        HelpWindow help;
        QVERIFY(!help.canGoBack());
        QVERIFY(help.goToSection(QStringLiteral("Roles")));
        QVERIFY(help.goToSection(QStringLiteral("Resolving fallout")));
        QVERIFY(help.goToSection(QStringLiteral("Replay")));
        help.back();
        QCOMPARE(help.currentSection(), QStringLiteral("Resolving fallout"));
        help.back();
        QCOMPARE(help.currentSection(), QStringLiteral("Roles"));
        QVERIFY(!help.canGoBack());
        help.forward();
        QCOMPARE(help.currentSection(), QStringLiteral("Resolving fallout"));
        QVERIFY(help.goToSection(QStringLiteral("The dashboard"))); // a new way drops the forward history
        QVERIFY(!help.canGoForward());
        help.back();
        QCOMPARE(help.currentSection(), QStringLiteral("Resolving fallout"));
    }

    void searchFindsTextAndWrapsAround()
    {
        HelpWindow help;
        auto* text = help.findChild<QTextBrowser*>(QStringLiteral("helpText"));
        QVERIFY(text);
        QVERIFY(help.findNext(QStringLiteral("point of no return")));
        QCOMPARE(text->textCursor().selectedText().toLower(), QStringLiteral("point of no return"));
        const int first = text->textCursor().position();
        QVERIFY(help.findNext(QStringLiteral("point of no return")));
        QVERIFY(text->textCursor().position() > first);
        for (int i = 0; i < 10 && text->textCursor().position() != first; ++i)
            QVERIFY(help.findNext(QStringLiteral("point of no return"))); // and round again
        QCOMPARE(text->textCursor().position(), first);
        QVERIFY(help.findNext(QStringLiteral("point of no return"), true));
        QVERIFY(text->textCursor().position() != first);
        QVERIFY(!help.findNext(QStringLiteral("no such words in the guide")));
        QCOMPARE(help.findChild<QLabel*>(QStringLiteral("helpSearchNote"))->text(), QStringLiteral("Not found"));
        // Enter in the search box finds the next match.
        auto* search = help.findChild<QLineEdit*>(QStringLiteral("helpSearch"));
        search->setText(QStringLiteral("Edit Payload"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(text->textCursor().selectedText(), QStringLiteral("Edit Payload"));
        QCOMPARE(help.currentSection(), QStringLiteral("Resolving fallout"));
    }

    void theScreenshotsAreShown()
    {
        HelpWindow help;
        auto* text = help.findChild<QTextBrowser*>(QStringLiteral("helpText"));
        int images = 0;
        for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (!it.fragment().charFormat().isImageFormat())
                    continue;
                const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
                const QImage picture = text->document()->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
                QVERIFY2(!picture.isNull(), qPrintable(image.name()));
                QVERIFY(image.width() > 0 && image.width() <= 640);
                ++images;
            }
        }
        QVERIFY(images >= 8);
    }
};

QTEST_MAIN(TestHelpWindow)
#include "tst_helpwindow.moc"
