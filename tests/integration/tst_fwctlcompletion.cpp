// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl's bash and zsh completion scripts (app/fwctl/completions/): they parse, they offer every
// command fwctl lists (so adding a command without completion fails here), and bash completes a
// command, an action, a command's options (from its --help) and files.

#include "fwctlcommands.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fw::test;

namespace {
const QString bashScript = QStringLiteral(FWCTL_SOURCE_DIR "/completions/fwctl.bash");
const QString zshScript = QStringLiteral(FWCTL_SOURCE_DIR "/completions/_fwctl");

QString text(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The words bash's completion offers for the command line `line` (the cursor at its end).
QStringList bashCompletes(const QString& line, const QString& workingDir = {})
{
    const QString script = QStringLiteral("source '%1'\n"
                                          "COMP_LINE='%2'; read -ra COMP_WORDS <<< \"$COMP_LINE\"\n"
                                          "[[ \"$COMP_LINE\" == *' ' ]] && COMP_WORDS+=('')\n"
                                          "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_WORDS[0]='%3'\n"
                                          "_fwctl; printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                               .arg(bashScript, line, QStringLiteral(FWCTL_PATH));
    QProcess bash;
    if (!workingDir.isEmpty())
        bash.setWorkingDirectory(workingDir);
    bash.start(QStringLiteral("bash"), { QStringLiteral("-c"), script });
    bash.waitForFinished(30000);
    return QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

class TestFwctlCompletion : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scriptsParse()
    {
        QProcess bash;
        bash.start(QStringLiteral("bash"), { QStringLiteral("-n"), bashScript });
        QVERIFY(bash.waitForFinished(30000));
        QCOMPARE(bash.exitCode(), 0);
        if (QStandardPaths::findExecutable(QStringLiteral("zsh")).isEmpty()) {
            qInfo("zsh is not installed: _fwctl is checked by text only");
            QVERIFY(text(zshScript).startsWith(QStringLiteral("#compdef fwctl\n")));
            return;
        }
        QProcess zsh;
        zsh.start(QStringLiteral("zsh"), { QStringLiteral("-n"), zshScript });
        QVERIFY(zsh.waitForFinished(30000));
        QCOMPARE(zsh.exitCode(), 0);
    }

    void everyCommandIsCompleted_data()
    {
        QTest::addColumn<QString>("command");
        const QStringList commands = fwctlCommands();
        QVERIFY(commands.size() > 20);
        for (const QString& command : commands)
            QTest::addRow("%s", qPrintable(command)) << command;
    }

    void everyCommandIsCompleted()
    {
        QFETCH(QString, command);
        const QString bash = text(bashScript);
        const QString marker = QStringLiteral("_fwctl_commands=\"");
        const qsizetype start = bash.indexOf(marker) + marker.size();
        QVERIFY(start >= marker.size());
        const QStringList listed = bash.mid(start, bash.indexOf(QLatin1Char('"'), start) - start).simplified().split(QLatin1Char(' '));
        QVERIFY2(listed.contains(command), "missing from _fwctl_commands in fwctl.bash");
        QVERIFY2(text(zshScript).contains(QStringLiteral("    '") + command + QLatin1Char(':')), "missing from the commands of _fwctl");
        QVERIFY(bashCompletes(QStringLiteral("fwctl ") + command.left(command.size() - 1)).contains(command));
    }

    void bashCompletesWhatFollows_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("offered"); // one of the words offered
        QTest::addRow("global option") << QStringLiteral("fwctl --d") << QStringLiteral("--db");
        QTest::addRow("command after a global option") << QStringLiteral("fwctl --db x.db time") << QStringLiteral("timeline");
        QTest::addRow("an action") << QStringLiteral("fwctl import ") << QStringLiteral("catalog");
        QTest::addRow("a command's option") << QStringLiteral("fwctl timeline --f") << QStringLiteral("--failures");
        QTest::addRow("another command's option") << QStringLiteral("fwctl archive --") << QStringLiteral("--completed-before");
        QTest::addRow("--db takes a file") << QStringLiteral("fwctl --db sto") << QStringLiteral("store.db");
        QTest::addRow("a JSON file") << QStringLiteral("fwctl validate cat") << QStringLiteral("catalog.json");
        QTest::addRow("standard input") << QStringLiteral("fwctl import order ") << QStringLiteral("-");
    }

    void bashCompletesWhatFollows()
    {
        QFETCH(QString, line);
        QFETCH(QString, offered);
        QTemporaryDir dir;
        for (const char* name : { "store.db", "catalog.json", "notes.txt" }) {
            QFile file(dir.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QStringList words = bashCompletes(line, dir.path());
        QVERIFY2(words.contains(offered), qPrintable(words.join(QLatin1Char(' '))));
        QVERIFY(!words.contains(QStringLiteral("notes.txt")) || line.contains(QStringLiteral("--db")));
    }
};

QTEST_GUILESS_MAIN(TestFwctlCompletion)
#include "tst_fwctlcompletion.moc"
