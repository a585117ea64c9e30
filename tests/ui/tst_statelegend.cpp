// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The plan graph's legend names every step state, the point-of-no-return sign and, while shown, the
// critical path; on a narrow graph its entries wrap onto more rows instead of being cut (issue 19).

#include "plan/statelegend.h"

#include <QTest>

using namespace fw;

class TestStateLegend : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void entriesWrapInsteadOfBeingCut_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("criticalPath");
        QTest::addRow("wide") << 4000 << false;
        QTest::addRow("wide, critical path") << 4000 << true;
        QTest::addRow("an order page at 1366 px") << 780 << true;
        QTest::addRow("narrow") << 300 << true;
    }
    void entriesWrapInsteadOfBeingCut()
    {
        QFETCH(int, width);
        QFETCH(bool, criticalPath);
        StateLegend legend;
        legend.setCriticalPathShown(criticalPath);
        const std::vector<StateLegend::Entry> entries = legend.entries(width);
        QCOMPARE(int(entries.size()), 9 + 1 + (criticalPath ? 1 : 0));
        QStringList labels;
        int rows = 0;
        int lastTop = -1;
        for (const StateLegend::Entry& entry : entries) {
            QVERIFY2(!entry.label.isEmpty(), "an entry without a name");
            labels << entry.label;
            QVERIFY2(entry.rect.right() < width, qPrintable(entry.label)); // never past the right edge
            if (entry.rect.top() != lastTop) {
                ++rows;
                lastTop = entry.rect.top();
            }
        }
        QVERIFY(labels.contains(StateLegend::pointOfNoReturnLabel()));
        QCOMPARE(labels.contains(StateLegend::criticalPathLabel()), criticalPath);
        QCOMPARE(legend.heightForWidth(width), entries.back().rect.bottom() + 1);
        if (width >= legend.sizeHint().width())
            QCOMPARE(rows, 1);
        else
            QVERIFY(rows > 1);
    }
};

QTEST_MAIN(TestStateLegend)
#include "tst_statelegend.moc"
