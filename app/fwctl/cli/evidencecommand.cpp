// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fwctl evidence ORDER [--json FILE|-]: an order's evidence bundle for revenue-recognition audits
// (docs/exports.md): what was delivered when, the confirmations and callouts that prove it, when
// billing started, and the change orders.

#include "cli.h"

#include "common/clock.h"
#include "report/evidencebuilder.h"
#include "report/evidencejson.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace fw::cli {

namespace {
    QString evidenceCliTime(const QDateTime& at)
    {
        return at.isValid() ? toStoreTime(at) : QStringLiteral("-");
    }

    void printEvidence(const EvidenceBundle& b)
    {
        const EvidenceBundle::Order& o = b.order;
        out() << "order " << o.id << " (" << o.accountName << ", " << o.accountId << "): " << o.state << ", revision " << o.revision
              << '\n';
        out() << "  ordered " << evidenceCliTime(o.orderedAt) << "  completed " << evidenceCliTime(o.completedAt) << '\n';
        out() << "delivered:\n";
        for (const EvidenceBundle::Delivery& d : b.deliveries)
            out() << "  " << d.line.leftJustified(16) << d.product.leftJustified(20) << QString::number(d.quantity).rightJustified(5)
                  << "  " << evidenceCliTime(d.startedAt) << "  " << evidenceCliTime(d.completedAt) << "  " << d.status << '\n';
        out() << "delivery confirmations:\n";
        for (const EvidenceBundle::Confirmation& c : b.confirmations)
            out() << "  " << evidenceCliTime(c.at) << "  " << c.kind.leftJustified(7) << c.reference.leftJustified(18) << "by "
                  << (c.by.isEmpty() ? QStringLiteral("?") : c.by) << "  " << c.stepName << '\n';
        int answered = 0;
        for (const EvidenceBundle::Callout& c : b.callouts)
            answered += c.outcome == QLatin1String("success") ? 1 : 0;
        out() << "callouts: " << b.callouts.size() << " attempts, " << answered << " successful (--json for requests and responses)\n";
        if (b.billing.step.isEmpty())
            out() << "billing start: not started\n";
        else
            out() << "billing start: " << evidenceCliTime(b.billing.at) << "  " << b.billing.stepName
                  << (b.billing.startDate.isEmpty() ? QString() : QStringLiteral("  (start date %1)").arg(b.billing.startDate)) << '\n';
        for (const ChangeOrderRecord& c : b.changeOrders)
            out() << "change order " << c.id << " r" << c.revision << ": " << c.state << "  " << c.outcome << '\n';
    }
} // namespace

int runEvidence(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ORDER"), QStringLiteral("The order."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the bundle as JSON to FILE ('-': standard output)."),
                                  QStringLiteral("FILE"));
    parser.addOption(json);
    if (const auto stop = parseArguments(parser, arguments,
                                         QStringLiteral("An order's evidence for revenue-recognition audits (ASC 606 / IFRS 15): "
                                                        "its items, what was delivered when, the delivery confirmations, the "
                                                        "callout requests and responses that prove them, the billing start and the "
                                                        "change orders. The workbench writes the same bundle as a PDF."),
                                         1))
        return *stop;
    const QString command = arguments.value(0);
    const auto database = openStore(StoreAccess::Read);
    if (!database)
        return Failure;
    const QString orderId = parser.positionalArguments().value(0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto bundle = buildEvidenceBundle(database->connection(), orderId, now);
    if (!bundle) { // an archived order's evidence comes from the archive
        bool failed = false;
        if (const auto archive = archiveHolding(command, *database, orderId, failed))
            bundle = buildEvidenceBundle(archive->connection(), orderId, now);
        if (failed)
            return Failure;
    }
    if (!bundle) {
        err() << command << ": " << bundle.message() << '\n';
        return BadInput;
    }
    if (!parser.isSet(json)) {
        printEvidence(*bundle);
        return Ok;
    }
    const QByteArray text = QByteArray::fromStdString(evidenceToJson(*bundle).dump(2)) + '\n';
    const QString file = parser.value(json);
    if (file == QLatin1String("-")) {
        out() << QString::fromUtf8(text);
        return Ok;
    }
    QSaveFile save(file);
    if (!save.open(QIODevice::WriteOnly) || save.write(text) != text.size() || !save.commit()) {
        err() << command << ": cannot write " << file << ": " << save.errorString() << '\n';
        return Failure;
    }
    out() << "wrote the evidence of order " << orderId << " to " << file << '\n';
    return Ok;
}

} // namespace fw::cli
