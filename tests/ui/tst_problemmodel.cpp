// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "uitestdata.h"

#include "catalog/catalogreader.h"
#include "preview/problemmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

class TestProblemModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void brokenCatalogProblem();
    void malformedJsonIsLocatedByLine();
    void wholeFileProblem();
};

void TestProblemModel::brokenCatalogProblem()
{
    const CatalogLoad load = CatalogReader::readFile(test::brokenCatalog());
    QVERIFY(!load.ok());
    ProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProblems(load.problems);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex row = model.index(0, 0);
    QCOMPARE(row.siblingAtColumn(ProblemModel::FileColumn).data().toString(), QStringLiteral("broken-catalog.json"));
    QCOMPARE(row.siblingAtColumn(ProblemModel::LocationColumn).data().toString(), QStringLiteral("/planDefinitions/2/steps/0/lane"));
    QCOMPARE(row.siblingAtColumn(ProblemModel::MessageColumn).data().toString(), QStringLiteral("unknown lane 'finance'"));
    const QString expected = test::brokenCatalog() + QStringLiteral(":/planDefinitions/2/steps/0/lane: unknown lane 'finance'");
    QCOMPARE(row.data(ProblemModel::ProblemTextRole).toString(), expected);
    QCOMPARE(row.data(ProblemModel::FilePathRole).toString(), test::brokenCatalog());
    QCOMPARE(model.text(), expected);
}

void TestProblemModel::malformedJsonIsLocatedByLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"formatVersion\": 1,\n  \"lanes\": [ oops ]\n}\n");
    file.close();

    ProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProblems(CatalogReader::readFile(path).problems);
    QCOMPARE(model.rowCount(), 1);
    const QString message = model.index(0, ProblemModel::MessageColumn).data().toString();
    QVERIFY2(message.contains(QStringLiteral("line 3")), qPrintable(message));
}

void TestProblemModel::wholeFileProblem()
{
    ProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProblems(
        { { QStringLiteral("/data/orders/order.json"), QString(), QStringLiteral("cannot read file") },
          { QStringLiteral("/data/orders/order.json"), QStringLiteral("/items/0/product"), QStringLiteral("unknown product 'X'") } });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ProblemModel::LocationColumn).data().toString(), QStringLiteral("(whole file)"));
    QCOMPARE(model.index(0, ProblemModel::FileColumn).data().toString(), QStringLiteral("order.json"));
    QCOMPARE(model.text().split(QLatin1Char('\n')),
             QStringList({ QStringLiteral("/data/orders/order.json:: cannot read file"),
                           QStringLiteral("/data/orders/order.json:/items/0/product: unknown product 'X'") }));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.text().isEmpty());
}

QTEST_MAIN(TestProblemModel)
#include "tst_problemmodel.moc"
