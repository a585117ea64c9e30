// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The evidence bundle of the telecom sample run to completion against fw-stubs: what an auditor
// needs to see that the order was delivered before billing started (the delivery confirmations,
// the callouts that prove them, the billing start), from the builder and from `fwctl evidence`.
// FW_EVIDENCE_JSON and FW_EVIDENCE_TEXT name files to keep fwctl's JSON and text output in.

#include "commandline.h"
#include "completedsample.h"
#include "report/evidencebuilder.h"
#include "report/evidencejson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace fw;

class TestEvidenceBundle : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<Database> m_database;
    EvidenceBundle m_bundle;

    int fwctl(const QStringList& arguments, QString* output = nullptr, QString* errors = nullptr)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code = cli::runCommandLine(QStringList { QStringLiteral("fwctl"), QStringLiteral("--db"), m_store } + arguments,
                                             &outStream, &errStream);
        if (output)
            *output = out;
        if (errors)
            *errors = err;
        return code;
    }

    const EvidenceBundle::Confirmation* confirmation(const QString& kind, const QString& stepSuffix) const
    {
        for (const EvidenceBundle::Confirmation& c : m_bundle.confirmations)
            if (c.kind == kind && c.step.endsWith(stepSuffix))
                return &c;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = m_dir.filePath(QStringLiteral("telecom.db"));
        const Status completed = test::completeTelecomSample(m_store);
        QVERIFY2(completed, qPrintable(completed.message()));
        m_database = std::make_unique<Database>(m_store);
        QVERIFY(m_database->openStore());
        const QDateTime at = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        auto bundle = buildEvidenceBundle(m_database->connection(), QStringLiteral("SO-10001"), at);
        QVERIFY2(bundle, qPrintable(bundle.message()));
        m_bundle = std::move(*bundle);
        QCOMPARE(m_bundle.generatedAt, at);
    }

    void orderAndItems()
    {
        QCOMPARE(m_bundle.order.id, QStringLiteral("SO-10001"));
        QCOMPARE(m_bundle.order.accountId, QStringLiteral("ACC-DE-20451"));
        QCOMPARE(m_bundle.order.accountName, QStringLiteral("Hansen & Partner Architekten"));
        QCOMPARE(m_bundle.order.state, QStringLiteral("completed"));
        QVERIFY(m_bundle.order.completedAt.isValid());
        QCOMPARE(m_bundle.order.orderedAt, QDateTime(QDate(2026, 11, 23), QTime(8, 15), Qt::UTC));
        QCOMPARE(m_bundle.items.size(), 4u);
        QCOMPARE(m_bundle.items[0].item, QStringLiteral("1"));
    }

    // Every line was delivered, with when its work started and finished, in that order.
    void everyLineDeliveredWithItsDates()
    {
        QVERIFY(!m_bundle.deliveries.empty());
        for (const EvidenceBundle::Delivery& d : m_bundle.deliveries) {
            QVERIFY2(d.status == QLatin1String("delivered"), qPrintable(d.line + QLatin1Char(' ') + d.status));
            QVERIFY2(d.startedAt.isValid() && d.completedAt.isValid(), qPrintable(d.line));
            QVERIFY2(d.startedAt <= d.completedAt, qPrintable(d.line));
            QVERIFY(d.completedAt <= m_bundle.order.completedAt);
        }
    }

    // The carrier's delivered signal released the pause; the technician confirmed the installation.
    void deliveryConfirmations()
    {
        const EvidenceBundle::Confirmation* delivered = confirmation(QStringLiteral("signal"), QStringLiteral("router-delivered"));
        QVERIFY(delivered);
        QCOMPARE(delivered->reference, QStringLiteral("router-delivered"));
        QCOMPARE(delivered->by, QStringLiteral("carrier"));
        QCOMPARE(delivered->stepName, QStringLiteral("Wait for router delivery"));
        const EvidenceBundle::Confirmation* installed = confirmation(QStringLiteral("task"), QStringLiteral("install-complete"));
        QVERIFY(installed);
        QCOMPARE(installed->by, QStringLiteral("tech"));
        QVERIFY2(installed->data.contains(QStringLiteral("\"routerOnline\":true")), qPrintable(installed->data));
        QVERIFY(confirmation(QStringLiteral("task"), QStringLiteral("schedule-technician")));
        QVERIFY(delivered->at <= installed->at); // by time
    }

    // The shipment's callout: the request sent and the carrier's answer with the tracking number.
    void calloutsProveTheShipment()
    {
        bool shipped = false;
        for (const EvidenceBundle::Callout& c : m_bundle.callouts) {
            if (!c.step.endsWith(QLatin1String("ship-router")) || c.outcome != QLatin1String("success"))
                continue;
            shipped = true;
            QCOMPARE(c.httpStatus / 100, 2);
            QVERIFY(!c.idempotencyKey.isEmpty());
            QVERIFY2(c.request.contains(QStringLiteral("Speicherstadt 12")), qPrintable(c.request));
            QVERIFY2(c.response.contains(QStringLiteral("trackingNumber")), qPrintable(c.response));
            QVERIFY(c.sentAt.isValid() && c.answeredAt >= c.sentAt);
        }
        QVERIFY(shipped);
    }

    // Billing started after the installation: the billing system's callout and the start date.
    void billingStart()
    {
        const EvidenceBundle::BillingStart& billing = m_bundle.billing;
        QVERIFY2(billing.step.endsWith(QLatin1String("start-monthly-billing")), qPrintable(billing.step));
        QCOMPARE(billing.stepName, QStringLiteral("Start monthly billing"));
        QVERIFY(!billing.startDate.isEmpty());
        QVERIFY(billing.callout >= 0);
        const EvidenceBundle::Callout& call = m_bundle.callouts[std::size_t(billing.callout)];
        QVERIFY(call.step == billing.step);
        QVERIFY2(call.request.contains(QStringLiteral("\"startDate\":\"") + billing.startDate), qPrintable(call.request));
        QVERIFY2(call.response.contains(QStringLiteral("subscriptionId")), qPrintable(call.response));
        const EvidenceBundle::Confirmation* installed = confirmation(QStringLiteral("task"), QStringLiteral("install-complete"));
        QVERIFY(installed && installed->at <= billing.at);
        QVERIFY(m_bundle.changeOrders.empty());
    }

    void json()
    {
        const nlohmann::json json = evidenceToJson(m_bundle);
        QVERIFY(json["format"] == "fulfillment-workbench/evidence-bundle");
        QVERIFY(json["order"]["id"] == "SO-10001");
        QVERIFY(json["order"]["account"]["id"] == "ACC-DE-20451");
        QCOMPARE(json["deliveryConfirmations"].size(), std::size_t(m_bundle.confirmations.size()));
        QVERIFY(json["billingStart"]["startDate"] == m_bundle.billing.startDate.toStdString());
        // Bodies that are JSON are embedded as JSON, not as strings.
        const auto& call = json["callouts"][std::size_t(m_bundle.billing.callout)];
        QVERIFY(call["request"].is_object());
        QVERIFY(call["response"]["subscriptionId"].is_string());
        QVERIFY(json["changeOrders"].is_array());
    }

    void fwctlEvidence()
    {
        QString out;
        QString err;
        QCOMPARE(fwctl({ QStringLiteral("evidence"), QStringLiteral("SO-10001") }, &out, &err), 0);
        if (const QString keep = qEnvironmentVariable("FW_EVIDENCE_TEXT"); !keep.isEmpty()) { // to look at
            QFile text(keep);
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write(out.toUtf8());
        }
        QVERIFY2(out.contains(QStringLiteral("billing start: ")) && out.contains(QStringLiteral("Start monthly billing")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("router-delivered")), qPrintable(out));

        QCOMPARE(
            fwctl({ QStringLiteral("evidence"), QStringLiteral("SO-10001"), QStringLiteral("--json"), QStringLiteral("-") }, &out, &err),
            0);
        const nlohmann::json printed = nlohmann::json::parse(out.toStdString(), nullptr, false);
        QVERIFY2(printed.is_object(), qPrintable(out.left(200)));
        QVERIFY(printed["billingStart"]["startDate"] == m_bundle.billing.startDate.toStdString());

        const QString keep = qEnvironmentVariable("FW_EVIDENCE_JSON"); // to look at, or to check against the schema
        const QString file = keep.isEmpty() ? m_dir.filePath(QStringLiteral("evidence.json")) : keep;
        QCOMPARE(fwctl({ QStringLiteral("evidence"), QStringLiteral("SO-10001"), QStringLiteral("--json"), file }, &out, &err), 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const nlohmann::json saved = nlohmann::json::parse(written.readAll().toStdString(), nullptr, false);
        QVERIFY(saved["order"]["id"] == "SO-10001");
        QCOMPARE(saved["deliveryConfirmations"].size(), std::size_t(m_bundle.confirmations.size()));

        QCOMPARE(fwctl({ QStringLiteral("evidence"), QStringLiteral("SO-404") }, &out, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("unknown order 'SO-404'")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceBundle)
#include "tst_evidencebundle.moc"
