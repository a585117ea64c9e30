// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rotating log file: it stays under its size, rotates NAME -> NAME.1 -> NAME.2 ..., keeps at
// most N files (the oldest lines go), is private to its owner, and writes lines from several
// threads each whole.

#include "common/logfile.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace fw;

namespace {
QStringList lines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

class TestLogFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rotatesAtItsSizeAndKeepsNFiles_data()
    {
        QTest::addColumn<int>("maxBytes");
        QTest::addColumn<int>("keep");
        QTest::addColumn<int>("written"); // lines of 100 bytes (99 + newline)
        QTest::addColumn<int>("files"); // expected files afterwards
        QTest::addColumn<int>("newestLines"); // lines in NAME
        QTest::addRow("under the size: one file") << 1000 << 5 << 10 << 1 << 10;
        QTest::addRow("one over: NAME.1 holds the first ten") << 1000 << 5 << 11 << 2 << 1;
        QTest::addRow("five files kept of eight written") << 1000 << 5 << 75 << 5 << 5;
        QTest::addRow("keep 2") << 500 << 2 << 23 << 2 << 3;
        QTest::addRow("keep 1: only the newest") << 300 << 1 << 7 << 1 << 1;
    }
    void rotatesAtItsSizeAndKeepsNFiles()
    {
        QFETCH(int, maxBytes);
        QFETCH(int, keep);
        QFETCH(int, written);
        QFETCH(int, files);
        QFETCH(int, newestLines);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log/workbench.log")); // the folder is made on the first line
        LogFile log(path, maxBytes, keep);
        for (int i = 0; i < written; ++i)
            QVERIFY(log.append(QStringLiteral("line %1 ").arg(i, 5, 10, QLatin1Char('0')).leftJustified(99, QLatin1Char('x'))));

        const QStringList present = QDir(dir.filePath(QStringLiteral("log"))).entryList(QDir::Files, QDir::Name);
        QCOMPARE(present.size(), files);
        QVERIFY(!present.contains(QStringLiteral("workbench.log.%1").arg(keep))); // never more than keep files
        QCOMPARE(lines(path).size(), newestLines);
        for (const QString& name : present) {
            QVERIFY2(QFileInfo(dir.filePath(QStringLiteral("log/") + name)).size() <= maxBytes, qPrintable(name));
            QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("log/") + name))
                         & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                     QFileDevice::Permissions());
        }
        // The newest line is last in NAME; NAME.1 holds the lines just before NAME's.
        QVERIFY(lines(path).constLast().startsWith(QStringLiteral("line %1").arg(written - 1, 5, 10, QLatin1Char('0'))));
        if (files > 1) {
            const QStringList older = lines(path + QStringLiteral(".1"));
            QVERIFY(older.constLast().startsWith(QStringLiteral("line %1").arg(written - 1 - newestLines, 5, 10, QLatin1Char('0'))));
        }
    }

    void anUnwritablePlaceIsReportedNotFatal()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the log folder would go
        blocker.close();
        LogFile log(dir.filePath(QStringLiteral("not-a-folder/workbench.log")));
        QVERIFY(!log.append(QStringLiteral("first")));
        QVERIFY(!log.append(QStringLiteral("second")));
    }

    void linesFromTwoThreadsAreWrittenWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("threads.log"));
        LogFile log(path, 64 * 1024 * 1024, 2);
        const int perThread = 2000;
        const auto writer = [&log](QChar mark) {
            return QThread::create([&log, mark] {
                for (int i = 0; i < perThread; ++i)
                    log.append(QString(3000, mark) + QString::number(i)); // far bigger than a pipe's atomic write
            });
        };
        std::unique_ptr<QThread> a(writer(QLatin1Char('a')));
        std::unique_ptr<QThread> b(writer(QLatin1Char('b')));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        const QStringList written = lines(path);
        QCOMPARE(written.size(), 2 * perThread);
        QSet<QString> seen;
        for (const QString& line : written) {
            const QChar mark = line.front();
            QVERIFY2(line.left(3000) == QString(3000, mark), "a line mixes two threads' text");
            QVERIFY2(line.mid(3000).toInt() >= 0 && line.mid(3000).toInt() < perThread, qPrintable(line.mid(2990)));
            seen.insert(line);
        }
        QCOMPARE(seen.size(), 2 * perThread);
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
