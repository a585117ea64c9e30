// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl speaks the locale's language (issue 20): translations/fwctl_de.ts and fwctl_fr.ts are
// complete (no unfinished message, the placeholders kept), and LANG (or LC_MESSAGES, LC_ALL)
// picks German or French for the help, the usage and the errors; C and English give English.

#include "fwctlprocess.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace fw::test;

namespace {
struct Message {
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            messages << Message {};
        } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            messages.last().unfinished = !type.isEmpty(); // unfinished, vanished or obsolete
            messages.last().translation = xml.readElementText();
        }
    }
    return xml.hasError() ? QList<Message> {} : messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%\\d"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

// fwctl ARGUMENTS with the locale variables of `locale` (name=value pairs; the rest unset).
FwctlRun fwctlIn(const QStringList& locale, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES" })
        environment.remove(QLatin1String(name));
    for (const QString& setting : locale)
        environment.insert(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FWCTL_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}
} // namespace

class TestFwctlLocale : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("French") << QStringLiteral("fr");
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(QStringLiteral(FW_SOURCE_DIR "/translations/fwctl_%1.ts").arg(language));
        QVERIFY(messages.size() > 100);
        for (const Message& message : messages) {
            QVERIFY2(!message.unfinished && !message.translation.isEmpty(), qPrintable(message.source));
            QCOMPARE(placeholders(message.translation), placeholders(message.source));
        }
    }

    void followsTheLocale_data()
    {
        QTest::addColumn<QStringList>("locale");
        QTest::addColumn<QString>("heading"); // the commands' heading of `fwctl --help`
        QTest::addColumn<QString>("unknown"); // `fwctl frobnicate` on stderr
        QTest::addColumn<QString>("usage"); // the first line of `fwctl timeline --help`
        const QString english = QStringLiteral("\nCommands:\n");
        QTest::addRow("LANG=de_DE.UTF-8") << QStringList { QStringLiteral("LANG=de_DE.UTF-8") } << QStringLiteral("\nBefehle:\n")
                                          << QStringLiteral("fwctl: unbekannter Befehl 'frobnicate'")
                                          << QStringLiteral("Aufruf: fwctl timeline [Optionen] ORDER");
        QTest::addRow("LANG=fr_FR.UTF-8") << QStringList { QStringLiteral("LANG=fr_FR.UTF-8") } << QStringLiteral("\nCommandes :\n")
                                          << QStringLiteral("fwctl: commande inconnue 'frobnicate'")
                                          << QStringLiteral("Usage : fwctl timeline [options] ORDER");
        QTest::addRow("LC_MESSAGES over LANG") << QStringList { QStringLiteral("LANG=fr_FR.UTF-8"),
                                                                QStringLiteral("LC_MESSAGES=de_DE.UTF-8") }
                                               << QStringLiteral("\nBefehle:\n") << QStringLiteral("fwctl: unbekannter Befehl")
                                               << QStringLiteral("Aufruf: fwctl timeline");
        QTest::addRow("LC_ALL over both") << QStringList { QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_MESSAGES=de_DE.UTF-8"),
                                                           QStringLiteral("LC_ALL=C") }
                                          << english << QStringLiteral("fwctl: unknown command 'frobnicate'")
                                          << QStringLiteral("Usage: fwctl timeline [options] ORDER");
        QTest::addRow("LANG=C") << QStringList { QStringLiteral("LANG=C") } << english << QStringLiteral("fwctl: unknown command")
                                << QStringLiteral("Usage: fwctl timeline [options] ORDER");
        QTest::addRow("LANG=en_GB.UTF-8") << QStringList { QStringLiteral("LANG=en_GB.UTF-8") } << english
                                          << QStringLiteral("fwctl: unknown command") << QStringLiteral("Usage: fwctl timeline");
        QTest::addRow("no locale at all") << QStringList {} << english << QStringLiteral("fwctl: unknown command")
                                          << QStringLiteral("Usage: fwctl timeline");
    }

    void followsTheLocale()
    {
        QFETCH(QStringList, locale);
        QFETCH(QString, heading);
        QFETCH(QString, unknown);
        QFETCH(QString, usage);
        const FwctlRun help = fwctlIn(locale, { QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(heading), qPrintable(help.out));
        const FwctlRun wrong = fwctlIn(locale, { QStringLiteral("frobnicate") });
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.startsWith(unknown), qPrintable(wrong.err));
        const FwctlRun command = fwctlIn(locale, { QStringLiteral("timeline"), QStringLiteral("--help") });
        QCOMPARE(command.exitCode, 0);
        QVERIFY2(command.out.startsWith(usage), qPrintable(command.out));
    }
};

QTEST_GUILESS_MAIN(TestFwctlLocale)
#include "tst_fwctllocale.moc"
