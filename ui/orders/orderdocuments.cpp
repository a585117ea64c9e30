// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderdocuments.h"

#include "change/ordersummaryreader.h"
#include "evidenceexport.h"
#include "store/database.h"

#include <QAbstractTextDocumentLayout>
#include <QFutureWatcher>
#include <QGraphicsScene>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace fw {

namespace {
    struct SummaryRead {
        OrderSummaryReport report;
        QString error;
    };

    // Smallest readable print scale of the plan: scene pixels (at 96 per inch) printed at 45 %.
    constexpr qreal readableScale = 0.45;

    // Draws `source` of the scene into `target` (aspect kept, top left), through an image at about
    // 200 dpi: the scene's fonts are sized for the screen, drawn straight onto a 1200 dpi printer
    // they would come out six times too big for the boxes around them.
    void drawScenePart(QPainter& painter, QGraphicsScene* scene, const QRectF& target, const QRectF& source, int printerDpi)
    {
        const qreal scale = std::min(target.width() / source.width(), target.height() / source.height());
        const QRectF fitted(target.topLeft(), source.size() * scale);
        const qreal imageScale = std::min(1.0, 200.0 / std::max(1, printerDpi)); // printer pixels -> image pixels
        QImage image((fitted.size() * imageScale).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter imagePainter(&image);
        imagePainter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene->render(&imagePainter, QRectF(image.rect()), source, Qt::IgnoreAspectRatio);
        imagePainter.end();
        painter.drawImage(fitted, image);
    }

    void drawPlanTitle(QPainter& painter, const QRectF& area, const QString& text)
    {
        QFont font = painter.font();
        font.setPointSizeF(11);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop, text);
    }
} // namespace

OrderDocuments::OrderDocuments(QString storePath, QString orderId, QGraphicsScene* plan, QWidget* page)
    : QObject(page)
    , m_storePath(std::move(storePath))
    , m_orderId(std::move(orderId))
    , m_plan(plan)
    , m_page(page)
    , m_evidence(new EvidenceExport(this))
    , m_evidenceButton(new QPushButton(tr("E&xport Evidence\u2026"), page))
{
    m_evidenceButton->setObjectName(QStringLiteral("orderEvidenceButton"));
    m_evidenceButton->setAccessibleName(tr("Export the order's evidence of delivery"));
    m_evidenceButton->setToolTip(tr("Write what was delivered when, the delivery confirmations, the callouts that prove them, the "
                                    "billing start and the change orders to a PDF or JSON file, for revenue recognition audits"));
    connect(m_evidenceButton, &QPushButton::clicked, this, [this] {
        if (m_evidence->chooseAndStart(m_page, m_storePath, m_orderId))
            m_evidenceButton->setEnabled(false);
    });
    connect(m_evidence, &EvidenceExport::finished, this, [this](const QString& filePath, const QString& error) {
        m_evidenceButton->setEnabled(true);
        if (!error.isEmpty() && m_page->isVisible())
            QMessageBox::warning(m_page, tr("Export Evidence"), tr("The evidence could not be written: %1").arg(error));
        Q_EMIT evidenceExported(filePath, error);
    });
}

void OrderDocuments::exportEvidence(const QString& filePath)
{
    m_evidenceButton->setEnabled(false);
    m_evidence->start(m_storePath, m_orderId, filePath);
}

void OrderDocuments::printPreview()
{
    auto* watcher = new QFutureWatcher<SummaryRead>(this); // not QFuture::then: see EvidenceExport::start
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const SummaryRead read = watcher->result();
        watcher->deleteLater();
        if (!read.error.isEmpty()) {
            QMessageBox::warning(m_page, tr("Print"), tr("The order summary could not be read: %1").arg(read.error));
            return;
        }
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageOrientation(QPageLayout::Landscape);
        printer.setDocName(tr("Order %1").arg(m_orderId));
        QPrintPreviewDialog dialog(&printer, m_page);
        dialog.setObjectName(QStringLiteral("orderPrintPreview"));
        dialog.setWindowTitle(tr("Print Order %1").arg(m_orderId));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [this, report = read.report](QPrinter* target) { print(target, report, m_plan); });
        Q_EMIT previewReady();
        dialog.exec();
    });
    watcher->setFuture(QtConcurrent::run([storePath = m_storePath, orderId = m_orderId] {
        Database database(storePath); // this pool thread's connection
        const Result<OrderSummaryReport> report = readOrderSummaryReport(database.connection(), orderId);
        return report ? SummaryRead { *report, {} } : SummaryRead { {}, report.message() };
    }));
}

QString OrderDocuments::summaryHtml(const OrderSummaryReport& s)
{
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><body style=\"font-size: 9pt\"><h2>%1</h2>").arg(esc(tr("Order %1").arg(s.orderId)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 \u00b7 %2 \u00b7 revision %3%4")
                             .arg(s.account, s.state)
                             .arg(s.revision)
                             .arg(s.cancelled ? tr(" \u00b7 cancelled") : QString())));
    const auto table = [&html, &esc](const QStringList& header, const std::vector<QStringList>& rows) {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        for (const QString& h : header)
            html += QStringLiteral("<th align=\"left\" bgcolor=\"#e8ecf1\">%1</th>").arg(esc(h));
        html += QStringLiteral("</tr>");
        for (const QStringList& row : rows) {
            html += QStringLiteral("<tr>");
            for (const QString& cell : row)
                html += QStringLiteral("<td>%1</td>").arg(esc(cell));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    };
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Items: ordered and now")));
    std::vector<QStringList> items;
    for (const ItemPosition& i : s.items)
        items.push_back({ i.item, i.productName.isEmpty() ? i.product : i.productName, i.deliveryGroup, QString::number(i.quantityOrdered),
                          QString::number(i.quantityNow), i.status, i.changedBy.join(QStringLiteral(", ")) });
    table({ tr("Item"), tr("Product"), tr("Delivery group"), tr("Ordered"), tr("Now"), tr("Status"), tr("Changed by") }, items);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Delivery groups (split paths)")));
    std::vector<QStringList> splits;
    for (const SplitPath& p : s.splits)
        splits.push_back({ p.group, p.address, p.requestedDate, p.items.join(QStringLiteral(", ")),
                           tr("%1 of %2 steps").arg(p.stepsDone).arg(p.steps), p.status });
    table({ tr("Group"), tr("Address"), tr("Requested"), tr("Items"), tr("Progress"), tr("Status") }, splits);
    if (!s.billing.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Consolidated billing: %1").arg(s.billing)));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Change orders")));
    std::vector<QStringList> changes;
    for (const ChangeOrderRecord& c : s.changeOrders)
        changes.push_back(
            { c.id, QString::number(c.revision), c.state, c.submittedBy, c.submittedAt.toUTC().toString(Qt::ISODate), c.outcome });
    if (changes.empty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    else
        table({ tr("Change order"), tr("Revision"), tr("State"), tr("Submitted by"), tr("Submitted (UTC)"), tr("Outcome") }, changes);
    return html + QStringLiteral("</body></html>");
}

bool OrderDocuments::print(QPrinter* printer, const OrderSummaryReport& summary, QGraphicsScene* plan)
{
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const QRectF page(QPointF(0, 0), printer->pageLayout().paintRectPixels(printer->resolution()).size());
    // The summary, paginated.
    QTextDocument document;
    document.documentLayout()->setPaintDevice(printer);
    document.setHtml(summaryHtml(summary));
    document.setPageSize(page.size());
    const int pages = std::max(1, document.pageCount());
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            printer->newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        document.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
        painter.restore();
    }
    if (!plan || plan->sceneRect().isEmpty())
        return painter.end();
    // The plan graph: the whole of it on one page, then readable tiles when that is too small to read.
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QRectF source = plan->sceneRect();
    const qreal titleHeight = printer->resolution() * 0.35;
    const QRectF area(0, titleHeight, page.width(), page.height() - titleHeight);
    printer->newPage();
    drawPlanTitle(painter, page, tr("Plan of order %1").arg(summary.orderId));
    drawScenePart(painter, plan, area, source, printer->resolution());
    const qreal fit = std::min(area.width() / source.width(), area.height() / source.height());
    const qreal readable = readableScale * printer->resolution() / 96.0;
    if (fit < readable) {
        const QSizeF tile(area.width() / readable, area.height() / readable); // in scene units
        const int columns = int(std::ceil(source.width() / tile.width()));
        const int rows = int(std::ceil(source.height() / tile.height()));
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                printer->newPage();
                drawPlanTitle(painter, page,
                              tr("Plan of order %1, part %2 of %3 (row %4, column %5)")
                                  .arg(summary.orderId)
                                  .arg(row * columns + column + 1)
                                  .arg(rows * columns)
                                  .arg(row + 1)
                                  .arg(column + 1));
                const QRectF part = QRectF(source.left() + column * tile.width(), source.top() + row * tile.height(), tile.width(),
                                           tile.height())
                                        .intersected(source); // the last row and column end with the graph
                drawScenePart(painter, plan, QRectF(area.topLeft(), part.size() * readable), part, printer->resolution());
            }
        }
    }
    return painter.end();
}

} // namespace fw
