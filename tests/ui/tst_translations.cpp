// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The German and French translations are complete: every message lupdate extracted has a finished
// translation (plural messages in both forms), and the placeholders survive translation.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message {};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                message.unfinished
                    = type == QLatin1String("unfinished") || type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void translationIsComplete_data();
    void translationIsComplete();
    void englishHasPluralForms();
};

void TestTranslations::translationIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("German") << QStringLiteral("de");
    QTest::addRow("French") << QStringLiteral("fr");
}

void TestTranslations::translationIsComplete()
{
    QFETCH(QString, language);
    QString error;
    const auto messages = readTs(QStringLiteral(FW_SOURCE_DIR "/translations/fulfillment-workbench_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 50, "lupdate has not been run (cmake --build BUILD --target update_translations)");
    QStringList missing;
    for (const Message& message : messages) {
        const bool empty = message.translations.isEmpty()
            || std::any_of(message.translations.cbegin(), message.translations.cend(), [](const QString& t) { return t.isEmpty(); });
        if (message.unfinished || empty || (message.numerus && message.translations.size() != 2)) {
            missing << message.context + QStringLiteral(": ") + message.source;
            continue;
        }
        for (const QString& translation : message.translations) {
            QStringList expected = placeholders(message.source);
            QStringList actual = placeholders(translation);
            if (message.numerus && message.translations.size() > 1) { // "1 Schritt", "1 étape" may spell out the 1
                expected.removeAll(QStringLiteral("%n"));
                actual.removeAll(QStringLiteral("%n"));
            }
            if (expected != actual)
                missing << message.context + QStringLiteral(": placeholders differ in \"") + translation + QLatin1Char('"');
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestTranslations::englishHasPluralForms()
{
    QString error;
    const auto messages = readTs(QStringLiteral(FW_SOURCE_DIR "/translations/fulfillment-workbench_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const Message& message : messages) {
        if (message.numerus && (message.unfinished || message.translations.size() != 2 || message.translations.contains(QString())))
            missing << message.context + QStringLiteral(": ") + message.source;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
