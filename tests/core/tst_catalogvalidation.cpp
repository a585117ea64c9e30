// Golden-file tests of catalog validation: one folder per case under tests/data/validate/ with a
// catalog.json and expected-errors.txt (empty or absent: the catalog must be valid).

#include "catalog/catalogreader.h"
#include "goldenfile.h"

#include <QDir>
#include <QTest>

using namespace fw;
using namespace fw::test;

class TestCatalogValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QDir root(QStringLiteral(FW_TEST_DATA_DIR "/validate"));
        const auto cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 7);
        for (const QString& name : cases)
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }

    void validate()
    {
        QFETCH(QString, caseDir);
        QVERIFY(QDir::setCurrent(caseDir)); // labels in messages are then "catalog.json"
        const CatalogLoad load = CatalogReader::readFile(QStringLiteral("catalog.json"));
        QStringList actual;
        for (const auto& problem : load.problems)
            actual << problem.toString();
        if (updatingGolden()) {
            writeAll(QStringLiteral("expected-errors.txt"), actual.isEmpty() ? QByteArray() : (actual.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
            QSKIP("golden file rewritten");
        }
        const QStringList expected = lines(readAll(QStringLiteral("expected-errors.txt")));
        QCOMPARE(actual, expected);
        QCOMPARE(load.ok(), expected.isEmpty());
        QCOMPARE(load.catalog != nullptr, expected.isEmpty()); // never a half-valid catalog
    }

    void missingFileIsReported()
    {
        const CatalogLoad load = CatalogReader::readFile(QStringLiteral("/nonexistent/catalog.json"));
        QVERIFY(!load.ok());
        QCOMPARE(load.problems.size(), std::size_t(1));
        QVERIFY(load.problems[0].toString().startsWith(QStringLiteral("/nonexistent/catalog.json:: cannot read file")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogValidation)
#include "tst_catalogvalidation.moc"
