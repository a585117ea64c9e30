// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The logging scheme (docs/diagnostics.md): fw.engine, fw.store and fw.sync log only warnings in a
// program that sets no levels (fwctl); applyLogLevels (the workbench, fw-stubs) turns info on, and
// with --verbose debug, for every fw.* category; filter rules turn a category (or a level) on and off;
// the log file lives under the XDG state directory and gets every message that passed, with a
// timestamp, its category and level, each line whole even when two threads log at once.

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace fw;

namespace {
QStringList logLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

const QLoggingCategory& categoryNamed(const QString& name)
{
    if (name == QLatin1String("fw.engine"))
        return lcEngine();
    if (name == QLatin1String("fw.store"))
        return lcStore();
    return lcSync();
}
} // namespace

class TestLogging : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
            QSKIP("QT_LOGGING_RULES is set: it overrides the rules these tests check");
        // The handler installLogFile passes messages on to: silent here (the test's output would
        // hold every line); tst_diagnostics checks that stderr still gets them.
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    }

    void cleanup()
    {
        QLoggingCategory::setFilterRules(QString()); // back to the defaults
    }

    void categoriesFilterAsConfigured_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QString>("category");
        QTest::addColumn<bool>("debug");
        QTest::addColumn<bool>("info");
        QTest::addColumn<bool>("warning");
        QTest::addRow("no rules (fwctl): warnings only") << QString() << QStringLiteral("fw.engine") << false << false << true;
        QTest::addRow("no rules: store") << QString() << QStringLiteral("fw.store") << false << false << true;
        QTest::addRow("no rules: sync") << QString() << QStringLiteral("fw.sync") << false << false << true;
        QTest::addRow("the workbench's: info, no debug")
            << QStringLiteral("fw.*.info=true") << QStringLiteral("fw.sync") << false << true << true;
        QTest::addRow("sync debug on, sync") << QStringLiteral("fw.sync.debug=true") << QStringLiteral("fw.sync") << true << false << true;
        QTest::addRow("sync debug on, engine stays")
            << QStringLiteral("fw.sync.debug=true") << QStringLiteral("fw.engine") << false << false << true;
        QTest::addRow("fw.* debug") << QStringLiteral("fw.*.debug=true") << QStringLiteral("fw.store") << true << false << true;
        QTest::addRow("store silenced") << QStringLiteral("fw.*.info=true\nfw.store=false") << QStringLiteral("fw.store") << false << false
                                        << false;
        QTest::addRow("later rule wins") << QStringLiteral("fw.*.debug=true\nfw.engine.debug=false") << QStringLiteral("fw.engine") << false
                                         << false << true;
    }
    void categoriesFilterAsConfigured()
    {
        QFETCH(QString, rules);
        QFETCH(QString, category);
        QFETCH(bool, debug);
        QFETCH(bool, info);
        QFETCH(bool, warning);
        QLoggingCategory::setFilterRules(rules);
        const QLoggingCategory& c = categoryNamed(category);
        QCOMPARE(QString::fromLatin1(c.categoryName()), category);
        QCOMPARE(c.isDebugEnabled(), debug);
        QCOMPARE(c.isInfoEnabled(), info);
        QCOMPARE(c.isWarningEnabled(), warning);
    }

    void logLevelsTurnInfoAndWithVerboseDebugOn_data()
    {
        QTest::addColumn<bool>("verbose");
        QTest::addRow("default") << false;
        QTest::addRow("--verbose") << true;
    }
    void logLevelsTurnInfoAndWithVerboseDebugOn()
    {
        QFETCH(bool, verbose);
        QVERIFY(!lcEngine().isInfoEnabled());
        applyLogLevels(verbose);
        for (const QLoggingCategory* c : { &lcEngine(), &lcStore(), &lcSync() }) {
            QVERIFY2(c->isInfoEnabled() && c->isWarningEnabled(), c->categoryName());
            QCOMPARE(c->isDebugEnabled(), verbose);
        }
        QLoggingCategory other("qt.network.ssl"); // others keep their own defaults
        QVERIFY(!other.isDebugEnabled());
    }

    void logDirectoryFollowsXdgStateHome_data()
    {
        QTest::addColumn<QByteArray>("stateHome");
        QTest::addColumn<QString>("expected");
        QTest::addRow("set") << QByteArray("/var/tmp/state") << QStringLiteral("/var/tmp/state/fulfillment-workbench/log");
        QTest::addRow("unset: ~/.local/state") << QByteArray()
                                               << QDir::home().filePath(QStringLiteral(".local/state/fulfillment-workbench/log"));
        QTest::addRow("relative: ignored") << QByteArray("state")
                                           << QDir::home().filePath(QStringLiteral(".local/state/fulfillment-workbench/log"));
    }
    void logDirectoryFollowsXdgStateHome()
    {
        QFETCH(QByteArray, stateHome);
        QFETCH(QString, expected);
        const QByteArray before = qgetenv("XDG_STATE_HOME");
        if (stateHome.isEmpty())
            qunsetenv("XDG_STATE_HOME");
        else
            qputenv("XDG_STATE_HOME", stateHome);
        const QString directory = logDirectory();
        if (before.isEmpty())
            qunsetenv("XDG_STATE_HOME");
        else
            qputenv("XDG_STATE_HOME", before);
        QCOMPARE(directory, expected);
    }

    void theLogFileGetsWhatPassedWithTimeCategoryAndLevel()
    {
        const QString path = installLogFile(QStringLiteral("format"), m_dir.filePath(QStringLiteral("format")));
        applyLogLevels(false);
        QCOMPARE(path, m_dir.filePath(QStringLiteral("format/format.log")));
        qCInfo(lcEngine, "engine: started in %d ms", 12);
        qCDebug(lcStore, "store: not logged by default");
        qCWarning(lcSync, "sync: link lost");
        applyLogLevels(true);
        qCDebug(lcStore, "store: logged with --verbose");
        const QStringList lines = logLines(path);
        QCOMPARE(lines.size(), 3);
        const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (\\S+) (\\w+): (.*)$"));
        const QStringList expected { QStringLiteral("fw.engine info: engine: started in 12 ms"),
                                     QStringLiteral("fw.sync warning: sync: link lost"),
                                     QStringLiteral("fw.store debug: store: logged with --verbose") };
        for (int i = 0; i < 3; ++i) {
            const QRegularExpressionMatch match = shape.match(lines.at(i));
            QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
            QCOMPARE(match.captured(1) + QLatin1Char(' ') + match.captured(2) + QStringLiteral(": ") + match.captured(3), expected.at(i));
        }
    }

    void aMessageFromTwoThreadsIsWrittenWhole()
    {
        const QString path = installLogFile(QStringLiteral("threads"), m_dir.filePath(QStringLiteral("threads")));
        QLoggingCategory::setFilterRules(QStringLiteral("fw.*.info=true"));
        const int perThread = 300; // 600 lines of ~1070 bytes: below the 1 MiB the file rotates at
        const auto logger = [](char mark) {
            return QThread::create([mark] {
                const QByteArray text(1000, mark);
                for (int i = 0; i < perThread; ++i)
                    qCInfo(lcEngine, "%s %d", text.constData(), i);
            });
        };
        std::unique_ptr<QThread> a(logger('a'));
        std::unique_ptr<QThread> b(logger('b'));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        const QStringList lines = logLines(path);
        QCOMPARE(lines.size(), 2 * perThread);
        int fromA = 0;
        for (const QString& line : lines) {
            const qsizetype at = line.indexOf(QStringLiteral(" fw.engine info: "));
            QVERIFY2(at > 0, qPrintable(line.left(80)));
            const QString message = line.mid(at + 17);
            const QChar mark = message.front();
            QVERIFY2(message.left(1000) == QString(1000, mark) && message.at(1000) == QLatin1Char(' '), "a line mixes two threads' text");
            fromA += mark == QLatin1Char('a') ? 1 : 0;
        }
        QCOMPARE(fromA, perThread);
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
