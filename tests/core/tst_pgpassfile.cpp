// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libpq's password file as the remote store settings write it: a new file is private (0600), a
// second save for the same host:port:database:user replaces its line and keeps every other line
// and comment, ':' and '\' are escaped the way libpq reads them, and PGPASSFILE is honoured.

#include "sync/pgpassfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {
QString contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void write(const QString& path, const QString& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}
} // namespace

class TestPgPassFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void escapesAndSplitsLikeLibpq_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("escaped");
        QTest::addRow("plain") << QStringLiteral("s3cret") << QStringLiteral("s3cret");
        QTest::addRow("colon") << QStringLiteral("a:b") << QStringLiteral("a\\:b");
        QTest::addRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
        QTest::addRow("both, at the ends") << QStringLiteral(":x\\") << QStringLiteral("\\:x\\\\");
        QTest::addRow("ipv6 host") << QStringLiteral("::1") << QStringLiteral("\\:\\:1");
    }

    void escapesAndSplitsLikeLibpq()
    {
        QFETCH(QString, field);
        QFETCH(QString, escaped);
        QCOMPARE(PgPassFile::escaped(field), escaped);
        const QString line = PgPassFile::escaped(field) + QStringLiteral(":5432:fw:") + PgPassFile::escaped(field) + QLatin1Char(':')
            + PgPassFile::escaped(field);
        QCOMPARE(PgPassFile::fields(line), QStringList({ field, QStringLiteral("5432"), QStringLiteral("fw"), field, field }));
    }

    void commentsAndBlankLinesHaveNoFields()
    {
        QVERIFY(PgPassFile::fields(QStringLiteral("# host:port:db:user:password")).isEmpty());
        QVERIFY(PgPassFile::fields(QStringLiteral("   ")).isEmpty());
    }

    void newFileIsPrivate()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.pgpass"));
        PgPassFile file(path);
        QCOMPARE(file.store({ QStringLiteral("db.example.com"), QStringLiteral("5433"), QStringLiteral("fw"), QStringLiteral("anna"),
                              QStringLiteral("pa:ss\\word") })
                     .message(),
                 QString());
        QCOMPARE(contents(path), QStringLiteral("db.example.com:5433:fw:anna:pa\\:ss\\\\word\n"));
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(file.password(QStringLiteral("db.example.com"), QStringLiteral("5433"), QStringLiteral("fw"), QStringLiteral("anna"))
                     .valueOr(std::nullopt),
                 std::optional<QString>(QStringLiteral("pa:ss\\word")));
    }

    void replacesTheLineForTheSameKeyAndKeepsTheRest()
    {
        const QString path = m_dir.filePath(QStringLiteral("existing.pgpass"));
        write(path,
              QStringLiteral("# my databases\n"
                             "db.example.com:5432:fw:anna:old\n"
                             "*:*:*:postgres:admin\n"
                             "db.example.com:5432:fw:anna:older duplicate\n"
                             "db.example.com:5432:other:anna:keep\n"));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        PgPassFile file(path);
        QCOMPARE(file.store({ QStringLiteral("db.example.com"), QStringLiteral("5432"), QStringLiteral("fw"), QStringLiteral("anna"),
                              QStringLiteral("new") })
                     .message(),
                 QString());
        QCOMPARE(contents(path),
                 QStringLiteral("# my databases\n"
                                "db.example.com:5432:fw:anna:new\n"
                                "*:*:*:postgres:admin\n"
                                "db.example.com:5432:other:anna:keep\n"));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        // Another user on the same database gets a line of its own.
        QCOMPARE(file.store({ QStringLiteral("db.example.com"), QStringLiteral("5432"), QStringLiteral("fw"), QStringLiteral("ben"),
                              QStringLiteral("b") })
                     .message(),
                 QString());
        QVERIFY(contents(path).endsWith(QStringLiteral("db.example.com:5432:other:anna:keep\ndb.example.com:5432:fw:ben:b\n")));
        QCOMPARE(file.password(QStringLiteral("db.example.com"), QStringLiteral("5432"), QStringLiteral("fw"), QStringLiteral("anna"))
                     .valueOr(std::nullopt),
                 std::optional<QString>(QStringLiteral("new")));
    }

    // Moving a password into the desktop keyring removes its lines; comments and other lines stay.
    void removesTheLinesForTheKeyAndKeepsTheRest()
    {
        const QString path = m_dir.filePath(QStringLiteral("remove.pgpass"));
        write(path,
              QStringLiteral("# my databases\n"
                             "db.example.com:5432:fw:anna:old\n"
                             "*:*:*:postgres:admin\n"
                             "db.example.com:5432:fw:anna:older duplicate\n"
                             "db.example.com:5432:other:anna:keep\n"));
        PgPassFile file(path);
        QCOMPARE(
            file.remove(QStringLiteral("db.example.com"), QStringLiteral("5432"), QStringLiteral("fw"), QStringLiteral("anna")).message(),
            QString());
        QCOMPARE(contents(path),
                 QStringLiteral("# my databases\n"
                                "*:*:*:postgres:admin\n"
                                "db.example.com:5432:other:anna:keep\n"));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QCOMPARE(file.password(QStringLiteral("db.example.com"), QStringLiteral("5432"), QStringLiteral("fw"), QStringLiteral("anna"))
                     .valueOr(std::nullopt),
                 std::nullopt);
        // Nothing to remove, or no file at all: fine, and no file is made.
        QVERIFY(file.remove(QStringLiteral("db.example.com"), QStringLiteral("5432"), QStringLiteral("fw"), QStringLiteral("anna")).ok());
        const QString missing = m_dir.filePath(QStringLiteral("missing.pgpass"));
        QVERIFY(PgPassFile(missing).remove(QStringLiteral("h"), {}, QStringLiteral("fw"), QStringLiteral("anna")).ok());
        QVERIFY(!QFile::exists(missing));
    }

    void emptyHostAndPortMeanLibpqsDefaults()
    {
        const QString path = m_dir.filePath(QStringLiteral("defaults.pgpass"));
        QCOMPARE(PgPassFile(path).store({ {}, {}, QStringLiteral("fw"), QStringLiteral("anna"), QStringLiteral("x") }).message(),
                 QString());
        QCOMPARE(contents(path), QStringLiteral("localhost:5432:fw:anna:x\n"));
    }

    void refusesALineWithoutDatabaseOrUser()
    {
        const QString path = m_dir.filePath(QStringLiteral("refused.pgpass"));
        const Status refused = PgPassFile(path).store({ QStringLiteral("h"), {}, {}, QStringLiteral("anna"), QStringLiteral("x") });
        QVERIFY(!refused.ok() && refused.message().contains(QStringLiteral("refused.pgpass")));
        QVERIFY(!QFile::exists(path));
    }

    void followsPgpassfile()
    {
        const QString path = m_dir.filePath(QStringLiteral("from-env"));
        qputenv("PGPASSFILE", path.toLocal8Bit());
        QCOMPARE(PgPassFile::defaultPath(), path);
        qunsetenv("PGPASSFILE");
        QVERIFY(PgPassFile::defaultPath().endsWith(QStringLiteral("/.pgpass")));
    }
};

QTEST_GUILESS_MAIN(TestPgPassFile)
#include "tst_pgpassfile.moc"
