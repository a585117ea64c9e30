// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl's manual page (app/fwctl/fwctl.1): it documents every command fwctl lists, every global
// option, the environment, files, exit status and examples; where groff is installed it renders
// without a warning (lintian runs `man --warnings`).

#include "fwctlcommands.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace fw::test;

namespace {
QString manPage()
{
    QFile file(QStringLiteral(FWCTL_SOURCE_DIR "/fwctl.1"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The page's text with roff's escaped hyphens made plain: "\-\-db" reads "--db".
QString plain(QString roff)
{
    return roff.replace(QStringLiteral("\\-"), QStringLiteral("-"))
        .replace(QStringLiteral("\\fR"), QString())
        .replace(QStringLiteral("\\fP"), QString());
}
} // namespace

class TestFwctlManPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentsEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        const QStringList commands = fwctlCommands();
        QVERIFY(commands.size() > 20);
        for (const QString& command : commands)
            QTest::addRow("%s", qPrintable(command)) << command;
    }

    void documentsEveryCommand()
    {
        QFETCH(QString, command);
        // Each command is an entry of COMMANDS: a tagged paragraph whose tag starts with its name.
        const QRegularExpression entry(QStringLiteral("\\n\\.TP\\n\\.B[I]? \"?") + QRegularExpression::escape(command)
                                       + QStringLiteral("[ \"\\n]"));
        QVERIFY2(entry.match(plain(manPage())).hasMatch(), qPrintable(command));
    }

    void hasTheSectionsAManualNeeds()
    {
        const QString page = plain(manPage());
        for (const char* section : { "NAME", "SYNOPSIS", "DESCRIPTION", "GLOBAL OPTIONS", "COMMANDS", "ENVIRONMENT", "FILES", "EXIT STATUS",
                                     "EXAMPLES", "SEE ALSO" })
            QVERIFY2(page.contains(QStringLiteral("\n.SH ") + QLatin1String(section) + QLatin1Char('\n')), section);
        for (const char* text : { "--db", "--as", "--remote", "--workstation", "--lease-ttl", "--capacity", "--endpoint", "--verbose",
                                  "FW_DB", "QT_LOGGING_RULES", "LANG", "fulfillment-workbench/fulfillment.db" })
            QVERIFY2(page.contains(QLatin1String(text)), text);
        for (const char* status : { "0", "1", "2", "3" })
            QVERIFY(page.contains(QStringLiteral(".TP\n.B ") + QLatin1String(status) + QLatin1Char('\n')));
    }

    void rendersWithoutWarnings()
    {
        const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
        if (groff.isEmpty())
            QSKIP("groff is not installed (Debian: groff-base)");
        QProcess render;
        render.start(groff,
                     { QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"), QStringLiteral("-z"),
                       QStringLiteral(FWCTL_SOURCE_DIR "/fwctl.1") });
        QVERIFY(render.waitForFinished(30000));
        QCOMPARE(render.exitCode(), 0);
        const QString warnings = QString::fromUtf8(render.readAllStandardError());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
    }
};

QTEST_GUILESS_MAIN(TestFwctlManPage)
#include "tst_fwctlmanpage.moc"
