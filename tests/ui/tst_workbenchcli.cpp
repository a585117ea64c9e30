// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs the fulfillment-workbench executable the way people and scripts do: --screenshot, --help,
// --lang, bad arguments, and no display at all.
#include "uitestdata.h"

#include <QImage>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestWorkbenchCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screenshotOfPlannedOrder();
    void screenshotOfFailedLoadExitsWithTwo();
    void filesOpenByTheirContent();
    void aFileThatIsNeitherIsRefusedByName();
    void helpInGerman();
    void noDisplayRunsHeadlessDemo();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList& arguments, const QProcessEnvironment& environment) const;
    QProcessEnvironment offscreen() const;

    QTemporaryDir m_home; // settings and runtime files of the runs
};

void TestWorkbenchCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFileInfo(QStringLiteral(FW_WORKBENCH_EXE)).isExecutable());
}

QProcessEnvironment TestWorkbenchCli::offscreen() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return environment;
}

TestWorkbenchCli::Run TestWorkbenchCli::run(const QStringList& arguments, const QProcessEnvironment& environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FW_WORKBENCH_EXE), arguments);
    Run result;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestWorkbenchCli::screenshotOfPlannedOrder()
{
    const QString png = m_home.filePath(QStringLiteral("plan.png"));
    const Run result = run({ QStringLiteral("--catalog"), fw::test::miniCatalog(), QStringLiteral("--order"), fw::test::miniOrder(),
                             QStringLiteral("--screenshot"), png },
                           offscreen());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1440, 860));
    // Not a blank grab: a uniform image has one colour in every corner and the middle.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 37)
        for (int x = 0; x < image.width(); x += 41)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 4);
}

void TestWorkbenchCli::screenshotOfFailedLoadExitsWithTwo()
{
    const QString png = m_home.filePath(QStringLiteral("problems.png"));
    const Run result = run({ QStringLiteral("--catalog"), fw::test::brokenCatalog(), QStringLiteral("--order"), fw::test::miniOrder(),
                             QStringLiteral("--screenshot"), png },
                           offscreen());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(QFileInfo::exists(png));
}

// A file manager opens catalog and order files as `fulfillment-workbench %F`: in any order, each
// is told apart by its content.
void TestWorkbenchCli::filesOpenByTheirContent()
{
    const QString png = m_home.filePath(QStringLiteral("files.png"));
    const Run result = run({ fw::test::miniOrder(), fw::test::miniCatalog(), QStringLiteral("--screenshot"), png }, offscreen());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(!QImage(png).isNull());
}

void TestWorkbenchCli::aFileThatIsNeitherIsRefusedByName()
{
    const QString notes = m_home.filePath(QStringLiteral("notes.json"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"title": "not a catalog"})");
    file.close();
    const Run result = run({ notes }, offscreen());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(notes) && result.err.contains(QLatin1String("neither a catalog")), qPrintable(result.err));
    const Run twoCatalogs = run({ fw::test::miniCatalog(), fw::test::miniCatalog() }, offscreen());
    QCOMPARE(twoCatalogs.exitCode, 2);
    QVERIFY2(twoCatalogs.err.contains(QLatin1String("only one catalog")), qPrintable(twoCatalogs.err));
}

void TestWorkbenchCli::helpInGerman()
{
    const Run english = run({ QStringLiteral("--help") }, offscreen());
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.contains(QStringLiteral("--catalog <FILE>")), qPrintable(english.out));
    QVERIFY(english.out.contains(QStringLiteral("Open the catalog FILE.")));
    QVERIFY2(english.out.contains(QStringLiteral("--user <USER>")), qPrintable(english.out)); // whom to work as in the store

    const Run german = run({ QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help") }, offscreen());
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.contains(QStringLiteral("Katalog")), qPrintable(german.out));
    QVERIFY(!german.out.contains(QStringLiteral("Open the catalog FILE.")));
}

void TestWorkbenchCli::noDisplayRunsHeadlessDemo()
{
    QProcessEnvironment environment = offscreen();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const Run result = run({}, environment);
    QVERIFY2(result.err.contains(QStringLiteral("No display found")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("headless demo")), qPrintable(result.err));
    // What follows comes from `fwctl demo`, whose exit code the workbench passes on.
    QVERIFY2(!result.out.trimmed().isEmpty(), qPrintable(result.err));
    QVERIFY(result.exitCode == 0 || result.exitCode == 1);
}

QTEST_GUILESS_MAIN(TestWorkbenchCli)
#include "tst_workbenchcli.moc"
