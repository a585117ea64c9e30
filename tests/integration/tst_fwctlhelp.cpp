// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl's help as a user reads it (issue 20): every command's usage line names the command
// ("Usage: fwctl import [options] ..."), the top-level help keeps its descriptions in one column,
// and no help shows a programmer's identifier (it once printed "escalationsList").

#include "fwctlcommands.h"

#include <QTest>

using namespace fw::test;

namespace {
// Where the description of each entry line of a "  NAME  description" block starts.
QList<int> descriptionColumns(const QString& block)
{
    QList<int> columns;
    static const QRegularExpression entry(QStringLiteral("^  (\\S(?:\\S| \\S)*)  +\\S"));
    for (const QString& line : block.split(QLatin1Char('\n'))) {
        if (const auto match = entry.match(line); match.hasMatch())
            columns << int(match.capturedEnd(0)) - 1;
        else if (!line.trimmed().isEmpty())
            columns << int(line.size() - line.trimmed().size()); // a continuation: indented to the column
    }
    return columns;
}

QString section(const QString& help, const QString& heading)
{
    const qsizetype start = help.indexOf(QLatin1Char('\n') + heading + QLatin1Char('\n'));
    if (start < 0)
        return {};
    const qsizetype end = help.indexOf(QStringLiteral("\n\n"), start + 1);
    return help.mid(start + heading.size() + 2, end < 0 ? -1 : end - start - heading.size() - 2);
}
} // namespace

class TestFwctlHelp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsTheCommands()
    {
        const QStringList commands = fwctlCommands();
        for (const char* command : { "validate", "import", "timeline", "escalations", "sync-admin", "check" })
            QVERIFY2(commands.contains(QLatin1String(command)), qPrintable(commands.join(QLatin1Char(' '))));
    }

    void usageLineNamesTheCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString& command : fwctlCommands())
            QTest::addRow("%s", qPrintable(command)) << command;
    }

    void usageLineNamesTheCommand()
    {
        QFETCH(QString, command);
        const FwctlRun help = englishHelp({ command, QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        const QString usage = help.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(usage.startsWith(QStringLiteral("Usage: fwctl ") + command + QLatin1Char(' ')), qPrintable(usage));
        // A usage error shows the same help on stderr, also naming the command.
        const FwctlRun wrong = englishHelp({ command, QStringLiteral("--no-such-option") });
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.startsWith(QStringLiteral("fwctl ") + command + QStringLiteral(": ")), qPrintable(wrong.err));
        QVERIFY2(wrong.err.contains(QStringLiteral("\nUsage: fwctl ") + command + QLatin1Char(' ')), qPrintable(wrong.err));
    }

    void helpShowsNoIdentifiers_data() { usageLineNamesTheCommand_data(); }

    void helpShowsNoIdentifiers()
    {
        QFETCH(QString, command);
        const QString text = englishHelp({ command, QStringLiteral("--help") }).out + englishHelp().out;
        static const QRegularExpression camel(QStringLiteral("\\b[a-z]+[A-Z][a-zA-Z]*\\b"));
        // The option and JSON names users type stay as they are; anything else camelCased is a leak.
        static const QStringList allowed { QStringLiteral("customsCleared"), QStringLiteral("lineItems") };
        for (auto it = camel.globalMatch(text); it.hasNext();) {
            const QString word = it.next().captured(0);
            QVERIFY2(allowed.contains(word), qPrintable(QStringLiteral("'%1' in the help of %2").arg(word, command)));
        }
    }

    void topLevelHelpIsAligned()
    {
        const FwctlRun help = englishHelp();
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(QStringLiteral("Usage: fwctl ")));
        const QList<int> commands = descriptionColumns(section(help.out, QStringLiteral("Commands:")));
        const QList<int> options = descriptionColumns(section(help.out, QStringLiteral("Global options (before the command):")));
        QVERIFY(commands.size() >= fwctlCommands().size());
        QVERIFY(options.size() >= 8);
        for (const int column : commands + options)
            QCOMPARE(column, commands.constFirst());
        for (const QString& line : help.out.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 79, qPrintable(line));
    }

    void sayThatDashReadsStandardInput()
    {
        QVERIFY(englishHelp().out.contains(QStringLiteral("- reads standard input")));
        for (const char* command : { "validate", "import", "publish", "change", "plan" })
            QVERIFY2(englishHelp({ QLatin1String(command), QStringLiteral("--help") })
                         .out.simplified()
                         .contains(QStringLiteral("- reads standard input")),
                     command);
    }
};

QTEST_GUILESS_MAIN(TestFwctlHelp)
#include "tst_fwctlhelp.moc"
