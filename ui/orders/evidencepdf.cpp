// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "evidencepdf.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace fw {

namespace {
    QString esc(const QString& text)
    {
        return text.toHtmlEscaped();
    }

    QString utc(const QDateTime& at)
    {
        return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QStringLiteral("\u2014");
    }

    // A stored body for reading: JSON indented, anything else as it is.
    QString readableBody(const QString& text)
    {
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
        return json.isNull() ? text : QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
    }

    // A form as "name: value" lines; anything that is not a JSON object as it is.
    QString readableForm(const QString& text)
    {
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
        if (!json.isObject())
            return text;
        QStringList lines;
        const QJsonObject form = json.object();
        for (auto it = form.begin(); it != form.end(); ++it) {
            const QJsonValue value = it.value();
            const QString shown = value.isString() ? value.toString()
                : value.isBool()                   ? (value.toBool() ? EvidencePdf::tr("yes") : EvidencePdf::tr("no"))
                : value.isDouble()                 ? QString::number(value.toDouble())
                                                   : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            lines << it.key() + QStringLiteral(": ") + shown;
        }
        return lines.join(QLatin1Char('\n'));
    }

    // FIBER_INSTALLATION -> "Fiber installation" over the id in small print (rich text); words of two
    // letters stay capitals (IP_ALLOCATION -> "IP allocation").
    QString productHtml(const QString& product)
    {
        if (product.isEmpty() || product != product.toUpper())
            return product.toHtmlEscaped();
        QStringList words = product.toLower().split(QLatin1Char('_'), Qt::SkipEmptyParts);
        for (QString& word : words) {
            if (word.size() <= 2)
                word = word.toUpper();
        }
        QString name = words.join(QLatin1Char(' '));
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        return QStringLiteral("%1<br/><span class=\"note\">%2</span>").arg(name.toHtmlEscaped(), product.toHtmlEscaped());
    }

    QString row(const QStringList& cells, bool header = false)
    {
        QString html = QStringLiteral("<tr>");
        for (const QString& cell : cells)
            html += header ? QStringLiteral("<th>%1</th>").arg(cell) : QStringLiteral("<td>%1</td>").arg(cell);
        return html + QStringLiteral("</tr>");
    }

    const char* const style = "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #111; }"
                              "h1 { font-size: 20pt; margin-bottom: 2pt; } h2 { font-size: 13pt; margin-top: 14pt; }"
                              "h3 { font-size: 10pt; margin-top: 10pt; margin-bottom: 2pt; }"
                              "table.grid { border-collapse: collapse; } table.grid th { background: #e8ecf1; text-align: left; }"
                              "table.grid td, table.grid th { border: 1px solid #9aa5b1; padding: 3px; }"
                              "td.key { color: #444; padding-right: 12px; } .note { color: #444; font-size: 8pt; }"
                              "pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 7pt; white-space: pre-wrap; }";
} // namespace

QString EvidencePdf::html(const EvidenceBundle& b)
{
    const EvidenceBundle::Order& o = b.order;
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(QLatin1String(style));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Evidence of delivery")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Order %1 for revenue recognition (ASC 606 / IFRS 15): what was delivered when, "
                            "and the records that prove it.")
                             .arg(o.id)));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const auto fact = [&html](const QString& key, const QString& value) {
        html += QStringLiteral("<tr><td class=\"key\">%1</td><td><b>%2</b></td></tr>").arg(esc(key), esc(value));
    };
    fact(tr("Order"), o.id);
    fact(tr("Account"), tr("%1 (%2)").arg(o.accountName, o.accountId));
    fact(tr("State"), o.state);
    fact(tr("Ordered"), utc(o.orderedAt));
    fact(tr("Requested date"), o.requestedDate.isEmpty() ? QStringLiteral("\u2014") : o.requestedDate);
    fact(tr("Completed"), utc(o.completedAt));
    fact(tr("Billing started"), b.billing.step.isEmpty() ? tr("not yet") : utc(b.billing.at));
    fact(tr("Catalog, revision"), tr("%1, revision %2").arg(o.catalog).arg(o.revision));
    fact(tr("Generated"), utc(b.generatedAt));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2><table class=\"grid\" width=\"100%\" cellspacing=\"0\">").arg(esc(tr("Delivered when")));
    html += QStringLiteral("<tr><th width=\"25%\">%1</th><th width=\"9%\">%2</th><th width=\"7%\">%3</th><th width=\"11%\">%4</th>"
                           "<th width=\"17%\">%5</th><th width=\"17%\">%6</th><th width=\"14%\">%7</th></tr>")
                .arg(esc(tr("Delivered")), esc(tr("For items")), esc(tr("Qty")), esc(tr("Delivery group")), esc(tr("Started")),
                     esc(tr("Completed")), esc(tr("Status")));
    for (const EvidenceBundle::Delivery& d : b.deliveries)
        html += row({ productHtml(d.product), esc(d.items.join(QStringLiteral(", "))), QString::number(d.quantity), esc(d.deliveryGroup),
                      esc(utc(d.startedAt)), esc(utc(d.completedAt)), esc(d.status) });
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("The pages that follow hold the items ordered and now, the delivery confirmations (%1), the billing start, "
                            "the change orders (%2), and every callout with its request and response (%3).")
                             .arg(b.confirmations.size())
                             .arg(b.changeOrders.size())
                             .arg(b.callouts.size())));
    html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(esc(tr("Items ordered and now")));
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">");
    html += row({ esc(tr("Item")), esc(tr("Product")), esc(tr("Ordered")), esc(tr("Now")), esc(tr("Delivered")), esc(tr("Status")),
                  esc(tr("Changed by")) },
                true);
    for (const ItemPosition& i : b.items)
        html += row({ esc(i.item), esc(i.productName.isEmpty() ? i.product : i.productName), QString::number(i.quantityOrdered),
                      QString::number(i.quantityNow), QString::number(i.quantityDelivered), esc(i.status),
                      esc(i.changedBy.join(QStringLiteral(", "))) });
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Delivery confirmations")));
    if (b.confirmations.empty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None recorded.")));
    else {
        html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">");
        html += row({ esc(tr("When")), esc(tr("Confirmation")), esc(tr("Step")), esc(tr("By")), esc(tr("Recorded")) }, true);
        for (const EvidenceBundle::Confirmation& c : b.confirmations)
            html += row({ esc(utc(c.at)),
                          esc(c.kind == QLatin1String("task") ? tr("Task completed (%1)").arg(c.reference)
                                                              : tr("Signal received: %1").arg(c.reference)),
                          esc(c.stepName.isEmpty() ? c.step : c.stepName), esc(c.by),
                          QStringLiteral("<pre>%1</pre>")
                              .arg(esc(readableForm(c.data) + (c.comment.isEmpty() ? QString() : QLatin1Char('\n') + c.comment))) });
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Billing start")));
    if (b.billing.step.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Billing has not started.")));
    else
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("%1 completed at %2%3%4.")
                                 .arg(b.billing.stepName, utc(b.billing.at),
                                      b.billing.startDate.isEmpty() ? QString() : tr("; billing start date %1").arg(b.billing.startDate),
                                      b.billing.callout < 0 ? QString() : tr("; see callout %1 below").arg(b.billing.callout + 1))));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Change orders")));
    if (b.changeOrders.empty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None: the order ran as submitted.")));
    else {
        html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">");
        html += row({ esc(tr("Change order")), esc(tr("Revision")), esc(tr("State")), esc(tr("Submitted")), esc(tr("Applied")),
                      esc(tr("Reason")), esc(tr("Outcome")) },
                    true);
        for (const ChangeOrderRecord& c : b.changeOrders)
            html += row({ esc(c.id), QString::number(c.revision), esc(c.state), esc(tr("%1 by %2").arg(utc(c.submittedAt), c.submittedBy)),
                          esc(utc(c.appliedAt)), esc(c.reason), esc(c.outcome) });
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(esc(tr("Callouts: requests and responses")));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(tr("Each request the workbench sent to an external system and the answer it received, as stored. "
                            "The idempotency key identifies the request in the other system's records.")));
    int number = 0;
    for (const EvidenceBundle::Callout& c : b.callouts) {
        ++number;
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(tr("%1. %2, attempt %3: %4")
                                 .arg(number)
                                 .arg(c.stepName.isEmpty() ? c.step : c.stepName)
                                 .arg(c.attempt)
                                 .arg(c.httpStatus ? QStringLiteral("HTTP %1 %2").arg(c.httpStatus).arg(c.outcome) : c.outcome)));
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(esc(tr("Sent %1, answered %2, idempotency key %3").arg(utc(c.sentAt), utc(c.answeredAt), c.idempotencyKey)));
        html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">");
        html += row({ esc(tr("Request")), esc(tr("Response")) }, true);
        html += row({ QStringLiteral("<pre>%1</pre>").arg(esc(readableBody(c.request))),
                      QStringLiteral("<pre>%1</pre>").arg(esc(c.response.isEmpty() ? c.error : readableBody(c.response))) });
        html += QStringLiteral("</table>");
    }
    if (b.callouts.empty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    html += QStringLiteral("<p class=\"note\">%1</p></body></html>")
                .arg(esc(tr("Generated by Fulfillment Workbench from its store at %1. Times are UTC.").arg(utc(b.generatedAt))));
    return html;
}

Status EvidencePdf::write(const EvidenceBundle& bundle, const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return failure(out.errorString(), file);
    QPdfWriter writer(&out);
    writer.setTitle(tr("Evidence of delivery: order %1").arg(bundle.order.id));
    writer.setCreator(QStringLiteral("Fulfillment Workbench"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter));
    writer.setResolution(300);
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setHtml(html(bundle));
    document.print(&writer); // paginates (2 cm margins inside the page layout's 5 mm) and numbers the pages
    out.close();
    if (out.error() != QFileDevice::NoError || out.size() == 0)
        return failure(tr("the PDF could not be written: %1").arg(out.errorString()), file);
    return {};
}

} // namespace fw
