// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// JeopardyNotifier: who is told what, when. Offscreen there is no system tray, so the notifier only
// emits notify(); the transitions are driven by successive hand-made reports.
#include "jeopardytestdata.h"
#include "jeopardy/jeopardynotifier.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace fw;

namespace {
const QString me = QStringLiteral("olga");

JeopardyFinding finding(const QString& order, const QString& step, JeopardyLevel level, const QString& owner)
{
    JeopardyFinding f
        = test::stepFinding(order, step, step.isEmpty() ? QString() : QStringLiteral("Install fiber drop"), QStringLiteral("field"),
                            QStringLiteral("field-ops"), level, JeopardyCause::Rule, QStringLiteral("sla-field"), -600,
                            QStringLiteral("running 5h 10m, 129% of its 4h estimate (warning at 120%)"));
    f.owner = owner;
    return f;
}

JeopardyReport reportWith(std::vector<JeopardyFinding> findings)
{
    JeopardyReport report;
    report.evaluatedAt = test::jeopardyNow();
    report.findings = std::move(findings);
    return report;
}
} // namespace

class TestJeopardyNotifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void transitions_data();
    void transitions();
    void singleFindingNamesOrderAndStep();
    void severalAtOnceMakeOneSummary();
    void severalStepsOfOneOrderNameTheSteps();
};

void TestJeopardyNotifier::initTestCase()
{
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen: emits only, shows nothing
}

void TestJeopardyNotifier::transitions_data()
{
    // One step's level in successive reports (0: not in the report), its owner, whether its order is
    // watched, and the notifications expected after the last report.
    QTest::addColumn<QList<int>>("levels");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<bool>("watched");
    QTest::addColumn<int>("notified");
    QTest::addColumn<int>("level");
    QTest::addRow("new warning") << QList<int> { 0, 1 } << me << false << 1 << int(JeopardyLevel::Warning);
    QTest::addRow("new critical") << QList<int> { 0, 2 } << me << false << 1 << int(JeopardyLevel::Critical);
    QTest::addRow("warning to critical") << QList<int> { 1, 2 } << me << false << 1 << int(JeopardyLevel::Critical);
    QTest::addRow("unchanged warning") << QList<int> { 1, 1 } << me << false << 0 << 0;
    QTest::addRow("unchanged critical") << QList<int> { 2, 2 } << me << false << 0 << 0;
    QTest::addRow("critical back to warning") << QList<int> { 2, 1 } << me << false << 0 << 0;
    QTest::addRow("cleared") << QList<int> { 1, 0 } << me << false << 0 << 0;
    QTest::addRow("cleared then again") << QList<int> { 1, 0, 1 } << me << false << 1 << int(JeopardyLevel::Warning);
    QTest::addRow("first report") << QList<int> { 2 } << me << false << 0 << 0;
    QTest::addRow("first report, then unchanged") << QList<int> { 2, 2, 2 } << me << false << 0 << 0;
    QTest::addRow("not owned nor watched") << QList<int> { 0, 2 } << QStringLiteral("bob") << false << 0 << 0;
    QTest::addRow("no owner") << QList<int> { 0, 2 } << QString() << false << 0 << 0;
    QTest::addRow("watched order") << QList<int> { 0, 1 } << QStringLiteral("bob") << true << 1 << int(JeopardyLevel::Warning);
}

void TestJeopardyNotifier::transitions()
{
    QFETCH(QList<int>, levels);
    QFETCH(QString, owner);
    QFETCH(bool, watched);
    QFETCH(int, notified);
    QFETCH(int, level);
    JeopardyNotifier notifier;
    notifier.setUser(me);
    if (watched)
        notifier.setWatchedOrders({ QStringLiteral("SO-7") });
    QSignalSpy spy(&notifier, &JeopardyNotifier::notify);
    // Another step of someone else's order changes too, and must never be reported.
    for (int i = 0; i < levels.size(); ++i) {
        std::vector<JeopardyFinding> findings;
        if (levels[i] > 0)
            findings.push_back(finding(QStringLiteral("SO-7"), QStringLiteral("install"), JeopardyLevel(levels[i]), owner));
        findings.push_back(finding(QStringLiteral("SO-8"), QStringLiteral("survey"), JeopardyLevel(1 + i % 2), QStringLiteral("carla")));
        notifier.update(reportWith(std::move(findings)));
    }
    QCOMPARE(spy.count(), notified);
    if (notified) {
        QCOMPARE(spy.last().at(2).toInt(), level);
        QVERIFY2(spy.last().at(0).toString().contains(QStringLiteral("SO-7")), qPrintable(spy.last().at(0).toString()));
    }
}

void TestJeopardyNotifier::singleFindingNamesOrderAndStep()
{
    JeopardyNotifier notifier;
    notifier.setUser(me);
    QSignalSpy spy(&notifier, &JeopardyNotifier::notify);
    notifier.update(reportWith({}));
    notifier.update(reportWith({ finding(QStringLiteral("SO-7"), QStringLiteral("install"), JeopardyLevel::Critical, me) }));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("Critical: order SO-7"));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("Install fiber drop: running 5h 10m, 129% of its 4h estimate (warning at 120%)"));
}

void TestJeopardyNotifier::severalAtOnceMakeOneSummary()
{
    JeopardyNotifier notifier;
    notifier.setUser(me);
    notifier.setWatchedOrders({ QStringLiteral("SO-4") });
    QSignalSpy spy(&notifier, &JeopardyNotifier::notify);
    notifier.update(reportWith({}));
    notifier.update(reportWith({
        finding(QStringLiteral("SO-1"), QStringLiteral("install"), JeopardyLevel::Warning, me),
        finding(QStringLiteral("SO-2"), QStringLiteral("install"), JeopardyLevel::Critical, me),
        finding(QStringLiteral("SO-3"), {}, JeopardyLevel::Warning, me),
        finding(QStringLiteral("SO-4"), QStringLiteral("survey"), JeopardyLevel::Warning, QStringLiteral("bob")),
        finding(QStringLiteral("SO-5"), QStringLiteral("survey"), JeopardyLevel::Critical, QStringLiteral("bob")), // not mine
    }));
    QCOMPARE(spy.count(), 1);
    const QString message = spy.at(0).at(1).toString();
    QVERIFY2(message.startsWith(QStringLiteral("4 of your order")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("entered jeopardy")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("1 critical")), qPrintable(message));
    QCOMPARE(spy.at(0).at(2).toInt(), int(JeopardyLevel::Critical));
}

void TestJeopardyNotifier::severalStepsOfOneOrderNameTheSteps()
{
    JeopardyNotifier notifier;
    notifier.setUser(me);
    QSignalSpy spy(&notifier, &JeopardyNotifier::notify);
    notifier.update(reportWith({}));
    JeopardyFinding survey = finding(QStringLiteral("SO-1"), QStringLiteral("survey"), JeopardyLevel::Warning, me);
    survey.stepName = QStringLiteral("Site survey");
    notifier.update(reportWith({ finding(QStringLiteral("SO-1"), QStringLiteral("install"), JeopardyLevel::Warning, me), survey }));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("Warning: order SO-1"));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("In jeopardy: Install fiber drop, Site survey"));
}

QTEST_MAIN(TestJeopardyNotifier)
#include "tst_jeopardynotifier.moc"
