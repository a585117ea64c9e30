// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The supervisor's Renewals view (docs/assets.md, "Renewals"): the list and its model, the value at
// risk per month in the chart with the count in each month's label, the summary line, and which
// actions a row offers (an upcoming renewal none, an open one claim, renew and decline; a refusal
// disables the button and says why).

#include "renewals/renewalmodel.h"
#include "renewals/renewalspage.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace fw;

namespace {
Renewal renewal(qint64 id, const char* asset, const QDate& end, double value, Renewal::State state)
{
    Renewal r;
    r.id = id;
    r.assetId = QLatin1String(asset);
    r.accountId = QStringLiteral("ACC-1");
    r.product = QStringLiteral("SUITE");
    r.termEnd = end;
    r.termStart = end.addMonths(-12);
    r.termMonths = 12;
    r.dueDate = end.addDays(-90);
    r.value = value;
    r.currency = QStringLiteral("EUR");
    r.state = state;
    return r;
}
} // namespace

class TestRenewalsPage : public QObject {
    Q_OBJECT

    const QDate m_today { 2027, 3, 1 };
    std::vector<Renewal> m_renewals { renewal(1, "SO-1/S1", QDate(2027, 3, 20), 6000, Renewal::State::Open),
                                      renewal(2, "SO-2/S1", QDate(2027, 3, 28), 1500, Renewal::State::Claimed),
                                      renewal(0, "SO-3/S1", QDate(2027, 5, 2), 2400, Renewal::State::Upcoming) };

    void select(RenewalsPage& page, int row)
    {
        auto* table = page.findChild<QTableView*>(QStringLiteral("renewalsTable"));
        QVERIFY(table);
        table->selectRow(row);
    }

private Q_SLOTS:
    void modelIsSound()
    {
        RenewalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRenewals(m_renewals);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, RenewalModel::Id).data().toString(), QStringLiteral("–")); // upcoming: no number yet
        QCOMPARE(model.index(0, RenewalModel::State).data().toString(), QStringLiteral("Open"));
        QCOMPARE(model.index(0, RenewalModel::Id).data(Qt::UserRole).toLongLong(), 1);
        QVERIFY(model.index(0, RenewalModel::Value).data().toString().endsWith(QLatin1String(" EUR")));
        model.setRenewals({});
        QCOMPARE(model.rowCount(), 0);
    }

    void chartShowsValueAtRiskPerMonth()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        RenewalsPage page;
        page.resize(1000, 700);
        page.setRenewals(m_renewals, m_today);
        QChart* chart = page.chartView()->chart();
        const auto series = chart->series();
        QCOMPARE(series.size(), 1);
        auto* bars = qobject_cast<QBarSeries*>(series.constFirst());
        QVERIFY(bars);
        QBarSet* set = bars->barSets().constFirst();
        QCOMPARE(set->count(), 2); // March and May (nothing ends in April)
        QCOMPARE(set->at(0), 7500.0);
        QCOMPARE(set->at(1), 2400.0);
        auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).constFirst());
        QVERIFY(axis);
        QVERIFY2(axis->categories().at(0).contains(QLatin1String("(2)\n")), qPrintable(axis->categories().at(0)));
        QVERIFY2(axis->categories().at(0).endsWith(QLatin1String("7,500.00 EUR")), qPrintable(axis->categories().at(0)));
        const auto* summary = page.findChild<QLabel*>(QStringLiteral("renewalsSummary"));
        QVERIFY2(summary->text().startsWith(QLatin1String("3 renewal(s)")), qPrintable(summary->text()));
    }

    void actionsFollowTheRow()
    {
        RenewalsPage page;
        page.setRenewals(m_renewals, m_today);
        auto* claim = page.findChild<QPushButton*>(QStringLiteral("renewalClaim"));
        auto* decline = page.findChild<QPushButton*>(QStringLiteral("renewalDecline"));
        QVERIFY(claim && decline);
        QVERIFY(!claim->isEnabled()); // nothing selected
        select(page, 2);
        QVERIFY(!claim->isEnabled()); // upcoming: not due yet
        QVERIFY2(claim->toolTip().startsWith(QLatin1String("Not due yet")), qPrintable(claim->toolTip()));
        select(page, 0);
        QVERIFY(claim->isEnabled());
        QSignalSpy claimed(&page, &RenewalsPage::claimRequested);
        claim->click();
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.at(0).at(0).toLongLong(), 1);
        page.setRefusals({}, {}, QStringLiteral("ola may not decline a renewal: it needs the supervisor role"));
        QVERIFY(claim->isEnabled());
        QVERIFY(!decline->isEnabled());
        QCOMPARE(decline->toolTip(), QStringLiteral("ola may not decline a renewal: it needs the supervisor role"));
        // A refresh keeps the selection.
        page.setRenewals(m_renewals, m_today);
        QVERIFY(claim->isEnabled());
    }
};

QTEST_MAIN(TestRenewalsPage)
#include "tst_renewalspage.moc"
