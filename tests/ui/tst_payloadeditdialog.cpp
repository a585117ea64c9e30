// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PayloadEditDialog: an edited payload after an attempt that got no answer (the system may have
// carried it out) is sent only as a confirmed new request; after a definite failure it is not asked.

#include "fallout/payloadeditdialog.h"
#include "engine/enginesnapshot.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace fw;

class TestPayloadEditDialog : public QObject {
    Q_OBJECT

    static FalloutSummary fallout(bool outcomeUnknown)
    {
        FalloutSummary c;
        c.id = 7;
        c.orderId = QStringLiteral("SO-1");
        c.stepName = QStringLiteral("Reserve");
        c.endpoint = QStringLiteral("inventory");
        c.error = QStringLiteral("no answer within 5000 ms");
        c.request = QStringLiteral("{\"order\":\"SO-1\"}");
        c.outcomeUnknown = outcomeUnknown;
        return c;
    }

private Q_SLOTS:
    void unknownOutcomeNeedsTheNewRequestBox()
    {
        PayloadEditDialog dialog(fallout(true));
        dialog.show();
        auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("newRequestCheck"));
        QVERIFY(box);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("outcomeUnknownWarning"))->text().contains(QStringLiteral("inventory")));
        dialog.setPayloadText(QStringLiteral("{\"order\": \"SO-1\", \"quantity\": 2}"));
        auto* retry = dialog.findChild<QPushButton*>(QStringLiteral("retryButton"));
        retry->click();
        QVERIFY(dialog.isVisible()); // refused until confirmed
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("payloadError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("new request")), qPrintable(error->text()));
        QVERIFY(!dialog.newRequest());
        box->setChecked(true);
        retry->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.newRequest());
        QCOMPARE(dialog.payload(), QStringLiteral("{\"order\":\"SO-1\",\"quantity\":2}"));
    }

    void definiteOutcomeAsksNothing()
    {
        PayloadEditDialog dialog(fallout(false));
        dialog.show();
        QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("newRequestCheck")));
        dialog.findChild<QPushButton*>(QStringLiteral("retryButton"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.newRequest());
    }
};

QTEST_MAIN(TestPayloadEditDialog)
#include "tst_payloadeditdialog.moc"
