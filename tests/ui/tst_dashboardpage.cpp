// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kpitestdata.h"

#include "dashboard/chartlabels.h"
#include "dashboard/chartpanel.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/drilldowndialog.h"
#include "dashboard/rangepicker.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFontMetrics>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace fw;

// The KPI dashboard offscreen, fed hand-made reports (kpitestdata.h): what the charts plot, what
// the tiles say, which drill-down a click asks for, the range presets, the drill-down list and export.
class TestDashboardPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chartsCarryTheReport();
    void tilesShowHeadlineFigures();
    void falloutTileWithinTarget();
    void secondReportReplacesData();
    void clickDrillsDown_data();
    void clickDrillsDown();
    void drillResultOpensOrders();
    void rangePresets_data();
    void rangePresets();
    void setRangeDoesNotEmit();
    void busyAndError();
    void tableToggle();
    void exportPng();
    void exportPdf();
    void exportErrorsNameTheFile_data();
    void exportErrorsNameTheFile();
    void manyLanesStayLegible();
    void categoryLabelsAreUnique();
    void screenshot();

private:
    QChart* chart(const char* name) const;
    template <typename Series> QList<Series*> seriesOf(const char* name) const;
    QList<qreal> barValues(const char* name) const;
    QString tileValue(const char* tile) const;

    DashboardPage* m_page = nullptr;
};

void TestDashboardPage::init()
{
    m_page = new DashboardPage;
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_page->setReport(test::sampleKpiReport());
}

void TestDashboardPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
}

QChart* TestDashboardPage::chart(const char* name) const
{
    auto* view = m_page->findChild<QChartView*>(QLatin1String(name));
    return view ? view->chart() : nullptr;
}

template <typename Series> QList<Series*> TestDashboardPage::seriesOf(const char* name) const
{
    QList<Series*> found;
    if (QChart* c = chart(name)) {
        for (QAbstractSeries* series : c->series()) {
            if (auto* s = qobject_cast<Series*>(series))
                found << s;
        }
    }
    return found;
}

QList<qreal> TestDashboardPage::barValues(const char* name) const
{
    const auto series = seriesOf<QAbstractBarSeries>(name);
    if (series.size() != 1 || series[0]->barSets().size() != 1)
        return {};
    QList<qreal> values;
    QBarSet* set = series[0]->barSets()[0];
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}

QString TestDashboardPage::tileValue(const char* tile) const
{
    auto* label = m_page->findChild<QLabel*>(QLatin1String(tile) + QStringLiteral("Value"));
    return label ? label->text() : QStringLiteral("<no tile %1>").arg(QLatin1String(tile));
}

template <typename Series> static QList<QPointF> pointsNamed(const QList<Series*>& series, const QString& name)
{
    for (Series* s : series) {
        if (s->name() == name)
            return s->points();
    }
    return { { -1, -1 } };
}

void TestDashboardPage::chartsCarryTheReport()
{
    for (const char* name : { "cycleTimeDistributionChart", "cycleTimeTrendChart", "falloutRateChart", "falloutByLaneChart",
                              "falloutBySignatureChart", "touchlessChart", "laneAdherenceChart", "queueLoadChart", "throughputChart" }) {
        QVERIFY2(chart(name), name);
        QCOMPARE(chart(name)->animationOptions(), QChart::NoAnimation);
    }
    QCOMPARE(barValues("throughputChart"), QList<qreal>({ 10, 12, 8, 0 }));
    QCOMPARE(barValues("cycleTimeDistributionChart"), QList<qreal>({ 4, 15, 8, 2, 1, 0, 0 }));
    QCOMPARE(barValues("falloutByLaneChart"), QList<qreal>({ 3, 1 }));
    QCOMPARE(barValues("falloutBySignatureChart"), QList<qreal>({ 2, 1, 1 }));
    QCOMPARE(barValues("queueLoadChart"), QList<qreal>({ 5, 3, 12 }));

    const auto trend = seriesOf<QLineSeries>("cycleTimeTrendChart");
    QCOMPARE(trend.size(), 2);
    QCOMPARE(pointsNamed(trend, QStringLiteral("Median")), QList<QPointF>({ { 0, 3 }, { 1, 2.5 }, { 2, 4 }, { 3, 0 } }));
    QCOMPARE(pointsNamed(trend, QStringLiteral("90th percentile")), QList<QPointF>({ { 0, 8 }, { 1, 6 }, { 2, 12 }, { 3, 0 } }));

    const auto fallout = seriesOf<QLineSeries>("falloutRateChart");
    QCOMPARE(fallout.size(), 2);
    QCOMPARE(pointsNamed(fallout, QStringLiteral("Fallout rate")), QList<QPointF>({ { 0, 10 }, { 1, 0 }, { 2, 10 }, { 3, 0 } }));
    const QList<QPointF> target = pointsNamed(fallout, QStringLiteral("Target 2.0 %"));
    QCOMPARE(target.size(), 2);
    QCOMPARE(target[0].y(), 2.0);
    QCOMPARE(target[1].y(), 2.0);
    QVERIFY(target[0].x() <= 0 && target[1].x() >= 3); // across every day
    for (QLineSeries* s : fallout) {
        if (s->name().startsWith(QLatin1String("Target")))
            QCOMPARE(s->pen().style(), Qt::DashLine);
    }

    QCOMPARE(pointsNamed(seriesOf<QLineSeries>("touchlessChart"), QStringLiteral("Touchless")),
             QList<QPointF>({ { 0, 60 }, { 1, 75 }, { 2, 50 }, { 3, 0 } }));

    const auto lanes = seriesOf<QLineSeries>("laneAdherenceChart");
    QCOMPARE(lanes.size(), 3);
    QCOMPARE(pointsNamed(lanes, QStringLiteral("Logistics")), QList<QPointF>({ { 0, 90 }, { 1, 80 }, { 2, 100 }, { 3, 100 } }));
    QCOMPARE(pointsNamed(lanes, QStringLiteral("Billing")), QList<QPointF>({ { 0, 95 }, { 1, 29.0 * 100 / 30 }, { 2, 100 }, { 3, 100 } }));

    // Category axes name what the bars stand for; value axes have units.
    auto* buckets = qobject_cast<QBarCategoryAxis*>(chart("cycleTimeDistributionChart")->axes(Qt::Horizontal).value(0));
    QVERIFY(buckets);
    QCOMPARE(buckets->categories().first(), QStringLiteral("&lt; 1h")); // Qt Charts reads labels as HTML
    auto* queues = qobject_cast<QBarCategoryAxis*>(chart("queueLoadChart")->axes(Qt::Horizontal).value(0));
    QVERIFY(queues);
    QCOMPARE(queues->categories(),
             QStringList({ QStringLiteral("billing-review<br>(tasks)"), QStringLiteral("provisioning<br>(fallout)"),
                           QStringLiteral("shipping<br>(tasks)") }));
    const auto queueBars = seriesOf<QAbstractBarSeries>("queueLoadChart");
    QCOMPARE(queueBars[0]->barSets()[0]->label(), QStringLiteral("Open items"));
    QCOMPARE(pointsNamed(seriesOf<QXYSeries>("queueLoadChart"), QStringLiteral("Oldest age (h)")),
             QList<QPointF>({ { 0, 26 }, { 1, 50 }, { 2, 2 } }));
    auto* hours = qobject_cast<QValueAxis*>(chart("cycleTimeTrendChart")->axes(Qt::Vertical).value(0));
    QVERIFY(hours);
    QCOMPARE(hours->titleText(), QStringLiteral("Cycle time (h)"));
    QVERIFY(hours->max() >= 12);
    QVERIFY(chart("falloutRateChart")->legend()->isVisible());
    QVERIFY(!chart("throughputChart")->legend()->isVisible());
}

void TestDashboardPage::tilesShowHeadlineFigures()
{
    QCOMPARE(tileValue("tileCompleted"), QStringLiteral("30"));
    QCOMPARE(tileValue("tileThroughput"), QStringLiteral("7.5"));
    QCOMPARE(tileValue("tileMedianCycle"), QStringLiteral("3.0 h"));
    QCOMPARE(tileValue("tileP90Cycle"), QStringLiteral("10.0 h"));
    QCOMPARE(tileValue("tileFalloutRate"), QStringLiteral("6.1 %"));
    QCOMPARE(tileValue("tileTouchless"), QStringLiteral("63.3 %"));
    QCOMPARE(tileValue("tileSlaAdherence"), QStringLiteral("94.0 %"));
    auto* fallout = m_page->findChild<QWidget*>(QStringLiteral("tileFalloutRate"));
    QVERIFY(fallout);
    QCOMPARE(fallout->property("aboveTarget").toBool(), true);
    auto* value = m_page->findChild<QLabel*>(QStringLiteral("tileFalloutRateValue"));
    QCOMPARE(value->palette().color(QPalette::WindowText), QColor(0xd0, 0x3b, 0x3b));
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("tileFalloutRateNote"))->text(), QStringLiteral("above the 2.0 % target"));
}

void TestDashboardPage::falloutTileWithinTarget()
{
    m_page->setReport(test::smallKpiReport()); // no fallout
    QCOMPARE(tileValue("tileFalloutRate"), QStringLiteral("0.0 %"));
    QCOMPARE(m_page->findChild<QWidget*>(QStringLiteral("tileFalloutRate"))->property("aboveTarget").toBool(), false);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("tileFalloutRateValue"))->palette().color(QPalette::WindowText)
            != QColor(0xd0, 0x3b, 0x3b));
}

void TestDashboardPage::secondReportReplacesData()
{
    m_page->setReport(test::smallKpiReport());
    QCOMPARE(barValues("throughputChart"), QList<qreal>({ 3, 4 }));
    QCOMPARE(barValues("cycleTimeDistributionChart"), QList<qreal>({ 3, 4 }));
    QCOMPARE(barValues("falloutByLaneChart"), QList<qreal>());
    QCOMPARE(barValues("queueLoadChart"), QList<qreal>({ 1 }));
    const auto trend = seriesOf<QLineSeries>("cycleTimeTrendChart");
    QCOMPARE(pointsNamed(trend, QStringLiteral("Median")), QList<QPointF>({ { 0, 0.5 }, { 1, 1 } }));
    const auto lanes = seriesOf<QLineSeries>("laneAdherenceChart");
    QCOMPARE(lanes.size(), 1);
    QCOMPARE(lanes[0]->name(), QStringLiteral("Billing"));
    QCOMPARE(lanes[0]->points(), QList<QPointF>({ { 0, 100 }, { 1, 100 } }));
    QCOMPARE(tileValue("tileCompleted"), QStringLiteral("7"));
}

void TestDashboardPage::clickDrillsDown_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("series"); // a line series' name; empty: the chart's bar set
    QTest::addColumn<QPointF>("point"); // x = bar index for bars
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("bucket");
    using K = KpiDrill::Kind;
    QTest::addRow("throughput bar") << "throughputChart" << QString() << QPointF(1, 0) << int(K::CompletedOn) << QString()
                                    << test::kpiDay(1) << -1;
    QTest::addRow("histogram bucket") << "cycleTimeDistributionChart" << QString() << QPointF(2, 0) << int(K::CycleBucket) << QString()
                                      << QDate() << 2;
    QTest::addRow("fallout lane") << "falloutByLaneChart" << QString() << QPointF(1, 0) << int(K::FalloutLane) << "billing" << QDate()
                                  << -1;
    QTest::addRow("fallout signature") << "falloutBySignatureChart" << QString() << QPointF(0, 0) << int(K::FalloutSignature) << "sig-a1"
                                       << QDate() << -1;
    QTest::addRow("queue bar") << "queueLoadChart" << QString() << QPointF(1, 0) << int(K::Queue) << "provisioning" << QDate() << -1;
    QTest::addRow("lane adherence point, nearest day")
        << "laneAdherenceChart"
        << "Logistics" << QPointF(1.3, 80) << int(K::LaneLate) << "logistics" << test::kpiDay(1) << -1;
    QTest::addRow("cycle trend point") << "cycleTimeTrendChart"
                                       << "90th percentile" << QPointF(2, 12) << int(K::CompletedOn) << QString() << test::kpiDay(2) << -1;
    QTest::addRow("fallout rate point") << "falloutRateChart"
                                        << "Fallout rate" << QPointF(0, 10) << int(K::FalloutOn) << QString() << test::kpiDay(0) << -1;
    QTest::addRow("touchless point past the end")
        << "touchlessChart"
        << "Touchless" << QPointF(3.6, 0) << int(K::TouchlessOn) << QString() << test::kpiDay(3) << -1;
}

void TestDashboardPage::clickDrillsDown()
{
    QFETCH(QString, chart);
    QFETCH(QString, series);
    QFETCH(QPointF, point);
    QFETCH(int, kind);
    QFETCH(QString, key);
    QFETCH(QDate, day);
    QFETCH(int, bucket);
    QSignalSpy spy(m_page, &DashboardPage::drillDownRequested);
    const QByteArray name = chart.toLatin1();
    if (series.isEmpty()) {
        const auto bars = seriesOf<QAbstractBarSeries>(name.constData());
        QCOMPARE(bars.size(), 1);
        Q_EMIT bars[0]->barSets().at(0)->clicked(int(point.x()));
    } else {
        QLineSeries* line = nullptr;
        for (QLineSeries* s : seriesOf<QLineSeries>(name.constData())) {
            if (s->name() == series)
                line = s;
        }
        QVERIFY(line);
        Q_EMIT line->clicked(point);
    }
    QCOMPARE(spy.count(), 1);
    const auto range = spy[0][0].value<KpiRange>();
    QCOMPARE(range.from, test::kpiDay(0));
    QCOMPARE(range.to, test::kpiDay(3));
    const auto drill = spy[0][1].value<KpiDrill>();
    QCOMPARE(int(drill.kind), kind);
    QCOMPARE(drill.key, key);
    QCOMPARE(drill.day, day);
    QCOMPARE(drill.bucket, bucket);
}

void TestDashboardPage::drillResultOpensOrders()
{
    KpiDrill drill;
    drill.kind = KpiDrill::Kind::FalloutLane;
    drill.key = QStringLiteral("billing");
    const QDateTime created(test::kpiDay(0), QTime(8, 0), Qt::UTC);
    m_page->setDrillResult(
        drill,
        { { QStringLiteral("SO-1"), QStringLiteral("ACME"), QStringLiteral("completed"), created, created.addSecs(7200), 7200,
            QStringLiteral("BILLING_TIMEOUT") },
          { QStringLiteral("SO-7"), QStringLiteral("Globex"), QStringLiteral("fallout"), created, {}, 0, QStringLiteral("HTTP 503") } });
    auto* dialog = m_page->findChild<QWidget*>(QStringLiteral("kpiDrillDown"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("kpiDrillTitle"))->text(),
             QStringLiteral("Orders with fallout cases of lane billing, 2026-03-02 to 2026-03-05: 2 order(s)"));
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("kpiDrillTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(1, 0).data().toString(), QStringLiteral("SO-7"));
    QCOMPARE(table->model()->index(1, 6).data().toString(), QStringLiteral("HTTP 503"));

    QSignalSpy open(m_page, &DashboardPage::openOrderRequested);
    table->setCurrentIndex(table->model()->index(1, 2));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open[0][0].toString(), QStringLiteral("SO-7"));
    const QRect cell = table->visualRect(table->model()->index(0, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center()); // selects, does not open
    QCOMPARE(open.count(), 1);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.count(), 2);
    QCOMPARE(open[1][0].toString(), QStringLiteral("SO-1"));

    // A histogram drill names the bucket by its label.
    KpiDrill bucket;
    bucket.kind = KpiDrill::Kind::CycleBucket;
    bucket.bucket = 1;
    m_page->setDrillResult(bucket, {});
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("kpiDrillTitle"))->text(),
             QStringLiteral("Orders completed 2026-03-02 to 2026-03-05 with a cycle time of 1-4h: 0 order(s)"));
    QCOMPARE(table->model()->rowCount(), 0);
}

void TestDashboardPage::rangePresets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const QDate today(2026, 11, 25);
    QTest::addRow("today") << int(RangePicker::Today) << today << today;
    QTest::addRow("7 days") << int(RangePicker::Last7Days) << QDate(2026, 11, 19) << today;
    QTest::addRow("30 days") << int(RangePicker::Last30Days) << QDate(2026, 10, 27) << today;
    QTest::addRow("90 days") << int(RangePicker::Last90Days) << QDate(2026, 8, 28) << today;
}

void TestDashboardPage::rangePresets()
{
    QFETCH(int, preset);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    auto* picker = m_page->findChild<RangePicker*>(QStringLiteral("kpiRangePicker"));
    QVERIFY(picker);
    picker->setToday(QDate(2026, 11, 25));
    QSignalSpy spy(m_page, &DashboardPage::rangeChanged);
    auto* combo = picker->findChild<QComboBox*>(QStringLiteral("kpiRangePreset"));
    combo->setCurrentIndex(-1);
    combo->setCurrentIndex(preset);
    Q_EMIT combo->activated(preset); // what a user's choice sends
    QCOMPARE(spy.count(), 1);
    const auto range = spy[0][0].value<KpiRange>();
    QCOMPARE(range.from, from);
    QCOMPARE(range.to, to);
    QCOMPARE(m_page->range().from, from);
    QVERIFY(!picker->findChild<QDateEdit*>(QStringLiteral("kpiRangeFrom"))->isEnabled());

    // Custom: the dates become editable; moving "from" past "to" drags "to" along.
    picker->setPreset(RangePicker::Custom);
    QCOMPARE(spy.count(), 2);
    auto* fromEdit = picker->findChild<QDateEdit*>(QStringLiteral("kpiRangeFrom"));
    QVERIFY(fromEdit->isEnabled());
    fromEdit->setDate(to.addDays(3));
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy[2][0].value<KpiRange>().from, to.addDays(3));
    QCOMPARE(spy[2][0].value<KpiRange>().to, to.addDays(3));
}

void TestDashboardPage::setRangeDoesNotEmit()
{
    auto* picker = m_page->findChild<RangePicker*>(QStringLiteral("kpiRangePicker"));
    picker->setToday(QDate(2026, 11, 25));
    QSignalSpy spy(m_page, &DashboardPage::rangeChanged);
    m_page->setRange({ QDate(2026, 11, 19), QDate(2026, 11, 25) });
    QCOMPARE(picker->preset(), RangePicker::Last7Days);
    m_page->setRange({ QDate(2026, 3, 2), QDate(2026, 3, 5) });
    QCOMPARE(picker->preset(), RangePicker::Custom);
    QCOMPARE(m_page->range().from, QDate(2026, 3, 2));
    QCOMPARE(m_page->range().to, QDate(2026, 3, 5));
    QCOMPARE(spy.count(), 0);
}

void TestDashboardPage::busyAndError()
{
    auto* busy = m_page->findChild<QLabel*>(QStringLiteral("dashboardBusy"));
    auto* message = m_page->findChild<QLabel*>(QStringLiteral("dashboardMessage"));
    QVERIFY(!busy->isVisible());
    m_page->setBusy(true);
    QVERIFY(busy->isVisible());
    QCOMPARE(barValues("throughputChart"), QList<qreal>({ 10, 12, 8, 0 })); // the old figures stay
    m_page->setBusy(false);
    QVERIFY(!busy->isVisible());

    QSignalSpy refresh(m_page, &DashboardPage::refreshRequested);
    QTest::mouseClick(m_page->findChild<QWidget*>(QStringLiteral("dashboardRefresh")), Qt::LeftButton);
    QCOMPARE(refresh.count(), 1);

    m_page->setError(QStringLiteral("Could not read the store: database is locked"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Could not read the store: database is locked"));
    m_page->setReport(test::sampleKpiReport());
    QVERIFY(!message->isVisible());
}

void TestDashboardPage::tableToggle()
{
    auto* panel = m_page->findChild<ChartPanel*>(QStringLiteral("throughputChartPanel"));
    QVERIFY(panel);
    QVERIFY(!panel->isShowingTable());
    QTest::mouseClick(m_page->findChild<QWidget*>(QStringLiteral("throughputChartToggle")), Qt::LeftButton);
    QVERIFY(panel->isShowingTable());
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("throughputChartTable"));
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->index(1, 1).data().toString(), QStringLiteral("12"));
    QCOMPARE(table->model()->index(1, 0).data().toString(), QStringLiteral("2026-03-03"));
}

void TestDashboardPage::exportPng()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dashboard.png"));
    const Status exported = m_page->exportTo(path);
    QVERIFY2(exported, qPrintable(exported.message()));
    QImage image(path);
    QVERIFY(!image.isNull());
    const QSize content = m_page->content()->size();
    QVERIFY2(content.height() > m_page->height(), "the content is taller than the page: all of it is exported");
    QCOMPARE(image.size(), content * 2);
}

void TestDashboardPage::exportPdf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dashboard.pdf"));
    const Status exported = m_page->exportTo(path);
    QVERIFY2(exported, qPrintable(exported.message()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY2(pdf.count("/Type /Page") - pdf.count("/Type /Pages") >= 2, "the tall dashboard takes several pages");
}

void TestDashboardPage::exportErrorsNameTheFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::addRow("no such folder, png") << QStringLiteral("/nonexistent-dir/kpi.png") << QString();
    QTest::addRow("no such folder, pdf") << QStringLiteral("/nonexistent-dir/kpi.pdf") << QString();
    QTest::addRow("unknown suffix") << QStringLiteral("/tmp/kpi.svg") << QStringLiteral(".png or .pdf");
}

void TestDashboardPage::exportErrorsNameTheFile()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const Status exported = m_page->exportTo(path);
    QVERIFY(!exported);
    QCOMPARE(exported.error().where, path);
    QVERIFY2(exported.message().startsWith(QStringLiteral("Could not write ") + path + QStringLiteral(": ")),
             qPrintable(exported.message()));
    QVERIFY2(exported.error().why.contains(reason), qPrintable(exported.message()));
    QVERIFY(!QFile::exists(path));
}

// 13 lanes: the worst few and "Other lanes (n)", each legend entry named, none twice, colours apart.
void TestDashboardPage::manyLanesStayLegible()
{
    m_page->setReport(test::manyLanesKpiReport());
    const auto lanes = seriesOf<QLineSeries>("laneAdherenceChart");
    QCOMPARE(lanes.size(), DashboardCharts::maxLaneLines);
    QStringList entries;
    QSet<QRgb> colours;
    for (QLegendMarker* marker : chart("laneAdherenceChart")->legend()->markers()) {
        QVERIFY2(!marker->label().trimmed().isEmpty(), "a blank legend entry");
        QVERIFY2(marker->label().size() <= DashboardCharts::categoryLabelChars + 4, qPrintable(marker->label()));
        entries << marker->label();
    }
    for (QLineSeries* series : lanes)
        colours.insert(series->pen().color().rgb());
    QCOMPARE(entries.size(), DashboardCharts::maxLaneLines);
    QCOMPARE(QSet<QString>(entries.cbegin(), entries.cend()).size(), entries.size()); // unique
    QCOMPARE(colours.size(), lanes.size()); // distinct
    QCOMPARE(entries.last(), QStringLiteral("Other lanes (7)"));
    // lane-12 has no name in the catalog: it shows its id, never a blank entry.
    QVERIFY2(!entries.contains(QString()), qPrintable(entries.join(u'|')));
    QCOMPARE(chart("laneAdherenceChart")->legend()->alignment(), Qt::AlignRight);
    // The "others" line: all other lanes' steps together, per day.
    const QList<QPointF> others = pointsNamed(lanes, QStringLiteral("Other lanes (7)"));
    QCOMPARE(others.size(), 4);
    QCOMPARE(others.last(), QPointF(3, 100)); // no steps that day
    m_page->setReport(test::sampleKpiReport()); // few lanes: all of them, no "others"
    QCOMPARE(seriesOf<QLineSeries>("laneAdherenceChart").size(), 3);
}

void TestDashboardPage::categoryLabelsAreUnique()
{
    m_page->setReport(test::manyLanesKpiReport());
    for (const char* name : { "falloutBySignatureChart", "falloutByLaneChart", "queueLoadChart" }) {
        QChart* c = chart(name);
        auto* axis
            = qobject_cast<QBarCategoryAxis*>(c->axes(qstrcmp(name, "queueLoadChart") == 0 ? Qt::Horizontal : Qt::Vertical).value(0));
        QVERIFY2(axis, name);
        QStringList seen;
        for (QString label : axis->categories()) {
            label.remove(QChar(0x200B));
            QVERIFY2(!label.isEmpty(), name);
            QVERIFY2(!seen.contains(label), qPrintable(label));
            seen << label;
        }
        QCOMPARE(seen.size(), qstrcmp(name, "queueLoadChart") == 0 ? 9 : 8); // bar charts of lanes and signatures: top 8
        // Qt Charts blanks a label with less room than its line (plus its text margins): each category has it.
        const bool across = qstrcmp(name, "queueLoadChart") != 0;
        const qreal room = (across ? c->plotArea().height() : c->plotArea().width()) / qreal(seen.size());
        const QFontMetrics metrics(axis->labelsFont());
        QVERIFY2(room >= (across ? metrics.height() + 8 : metrics.horizontalAdvance(QStringLiteral("field-\u2026gion-1"))),
                 qPrintable(QStringLiteral("%1: %2 px a category").arg(QLatin1String(name)).arg(room)));
    }
    QCOMPARE(ChartLabels::uniqueElided({ QStringLiteral("timeout calling inventory A"), QStringLiteral("timeout calling inventory B"),
                                         QStringLiteral("same"), QStringLiteral("same") },
                                       12),
             QStringList({ QStringLiteral("timeou\u2026ory A"), QStringLiteral("timeou\u2026ory B"), QStringLiteral("same"),
                           QStringLiteral("same (2)") }));
}

// The page over the sample report, to look at (FW_DASHBOARD_SCREENSHOT), and over 13 lanes at the
// laptop size 1366x768 (FW_DASHBOARD_LANES_SCREENSHOT).
void TestDashboardPage::screenshot()
{
    const QString out = qEnvironmentVariable("FW_DASHBOARD_SCREENSHOT");
    const QString lanes = qEnvironmentVariable("FW_DASHBOARD_LANES_SCREENSHOT");
    if (out.isEmpty() && lanes.isEmpty())
        QSKIP("set FW_DASHBOARD_SCREENSHOT or FW_DASHBOARD_LANES_SCREENSHOT=<file.png> to write a screenshot");
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!out.isEmpty())
        QVERIFY(m_page->content()->grab().save(out));
    if (!lanes.isEmpty()) {
        m_page->resize(1366, 768);
        m_page->setReport(test::manyLanesKpiReport());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
        QVERIFY(m_page->content()->grab().save(lanes));
    }
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
